package se.samverkan.store;

/** Run in a second JVM by {@link DatabaseTest}: tries to open the database and prints why it could not. */
public final class LockProbe {

    private LockProbe() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(java.nio.file.Path.of(args[0]), args[1].toCharArray())) {
            System.out.println("reason=OPENED");
        } catch (StoreException e) {
            System.out.println("reason=" + e.reason());
        }
    }
}
