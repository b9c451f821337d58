package se.samverkan.ui.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverkan.service.Messages;
import se.samverkan.service.WorkspaceException;

/**
 * Turns a failure into one short, localized sentence for the user and logs it once. Expected outcomes (wrong
 * password, locked folder) are logged without a stack trace; anything else with one. Exception messages here carry
 * paths and codes, never record contents, so they are safe to log.
 */
public final class ErrorMessages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMessages.class);
    private final Messages messages;

    public ErrorMessages(Messages messages) {
        this.messages = messages;
    }

    public String describe(Throwable error) {
        Throwable cause = error;
        while (cause != null && !(cause instanceof WorkspaceException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof WorkspaceException we) {
            switch (we.reason()) {
                case WRONG_PASSWORD, LOCKED -> LOG.info("Workspace refused: {}", we.reason());
                default -> LOG.warn("Workspace failure: {}", we.reason(), we);
            }
            return messages.get(we.messageKey());
        }
        LOG.error("Unexpected failure", error);
        return messages.get("error.other");
    }
}
