package se.samverkan.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Samverkan keeps its database, backups, settings and log: the per-OS user data folder unless the user
 * names another one ({@code --data-dir} or the {@code SAMVERKAN_DATA_DIR} environment variable).
 */
public final class DataDirectory {

    public static final String ENV_VARIABLE = "SAMVERKAN_DATA_DIR";
    private static final String APP_FOLDER = "Samverkan";

    private DataDirectory() {
    }

    /** The folder to use: the explicit one if given, else the environment variable, else the OS default. */
    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return osDefault(env, osName, userHome);
    }

    static Path osDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve(APP_FOLDER);
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("samverkan");
    }
}
