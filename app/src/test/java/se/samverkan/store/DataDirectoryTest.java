package se.samverkan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            Linux,      /home/kim, /home/kim/.local/share/samverkan
            Mac OS X,   /Users/kim, /Users/kim/Library/Application Support/Samverkan
            """)
    void defaultFolderFollowsTheOperatingSystem(String os, String home, String expected) {
        assertThat(DataDirectory.resolve(null, Map.of(), os, home)).isEqualTo(Path.of(expected));
    }

    @Test
    void windowsUsesAppData() {
        Path dir = DataDirectory.resolve(null, Map.of("APPDATA", "C:/Users/kim/AppData/Roaming"), "Windows 11", "C:/Users/kim");
        assertThat(dir).isEqualTo(Path.of("C:/Users/kim/AppData/Roaming", "Samverkan"));
    }

    @Test
    void linuxHonoursXdgDataHome() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data/kim"), "Linux", "/home/kim"))
                .isEqualTo(Path.of("/data/kim/samverkan"));
    }

    @Test
    void explicitFolderWinsOverEnvironment() {
        assertThat(DataDirectory.resolve(Path.of("/tmp/x"), Map.of(DataDirectory.ENV_VARIABLE, "/tmp/y"), "Linux", "/home/kim"))
                .isEqualTo(Path.of("/tmp/x"));
        assertThat(DataDirectory.resolve(null, Map.of(DataDirectory.ENV_VARIABLE, "/tmp/y"), "Linux", "/home/kim"))
                .isEqualTo(Path.of("/tmp/y"));
    }
}
