package se.samverkan.io.sheets;

/**
 * Carries an exception thrown by the caller's {@link RowHandler} through the readers, so {@link SheetReader} can tell
 * it from a failure of the file and rethrow it as it was (a cancel must not become "the file is corrupt").
 */
final class CallerFailure extends RuntimeException {

    CallerFailure(RuntimeException cause) {
        super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
        return (RuntimeException) super.getCause();
    }

    /** Passes non-blank rows to the caller's handler and wraps what it throws. */
    static final class Guard implements RowHandler {
        private final RowHandler handler;
        private long rows;

        Guard(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void row(SheetRow row) {
            if (row.isBlank()) {
                return;
            }
            rows++;
            try {
                handler.row(row);
            } catch (RuntimeException e) {
                throw new CallerFailure(e);
            }
        }

        long rows() {
            return rows;
        }
    }
}
