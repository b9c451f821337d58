package se.samverkan.service.demo;

/** Thrown when the user cancelled a demo fill; the transaction rolls back, so nothing is written. */
public final class DemoCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DemoCancelledException() {
        super("demo data fill cancelled");
    }
}
