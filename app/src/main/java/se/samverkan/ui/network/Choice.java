package se.samverkan.ui.network;

/** An entry of a filter list: the value the filter takes (null for "all") and the name the list shows. */
record Choice<T>(T value, String name) {

    @Override
    public String toString() {
        return name;
    }
}
