package se.samverkan.cli;

import java.util.Arrays;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.WorkspaceException;

/** Opens and creates the workspace for a command, turning failures into the CLI's messages and exit statuses. */
final class WorkspaceAccess {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkspaceAccess.class);

    private WorkspaceAccess() {
    }

    static Workspace open(SamverkanCli root) {
        Messages messages = root.messages();
        var dir = root.resolvedDataDir();
        if (!Workspace.exists(dir)) {
            throw new CliException(ExitCode.CANNOT_OPEN, messages.get("error.not_found") + " (" + dir + ")");
        }
        char[] password = root.passwords().read(messages.get("cli.password.prompt"), null, messages::get);
        try {
            return Workspace.open(dir, password);
        } catch (WorkspaceException e) {
            throw cannotOpen(messages, e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    static Workspace create(SamverkanCli root) {
        Messages messages = root.messages();
        var dir = root.resolvedDataDir();
        if (Workspace.exists(dir)) {
            throw new CliException(ExitCode.BAD_INPUT, messages.get("error.already_exists") + " (" + dir + ")");
        }
        char[] password = root.passwords().read(messages.get("cli.password.new"), messages.get("cli.password.repeat"), messages::get);
        try {
            return Workspace.create(dir, password);
        } catch (WorkspaceException e) {
            throw cannotOpen(messages, e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    static CliException cannotOpen(Messages messages, WorkspaceException e) {
        // The detail (never personal data: paths and error codes only) goes to the log, the short message to the user.
        LOG.warn("Could not open the workspace: {}", e.getMessage(), e);
        int code = e.reason() == WorkspaceException.Reason.ALREADY_EXISTS ? ExitCode.BAD_INPUT : ExitCode.CANNOT_OPEN;
        return new CliException(code, messages.get(e.messageKey()));
    }
}
