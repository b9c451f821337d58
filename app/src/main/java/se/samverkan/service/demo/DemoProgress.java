package se.samverkan.service.demo;

/** Receives the progress of a demo fill (0..1 and a message key) and can ask it to stop. */
@FunctionalInterface
public interface DemoProgress {

    /** Ignores progress and never cancels. */
    DemoProgress NONE = (fraction, stepKey) -> { };

    void update(double fraction, String stepKey);

    /** Polled between batches; true makes the fill throw {@link DemoCancelledException} and roll back. */
    default boolean cancelled() {
        return false;
    }
}
