package se.samverkan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBackAndNoTemporaryFileIsLeft() throws Exception {
        var file = new SettingsFile(dir);
        file.save(new WindowSettings(10, 20, 1000, 700, false, true, "en"));

        assertThat(file.load()).isEqualTo(new WindowSettings(10, 20, 1000, 700, false, true, "en"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.properties");
        }
    }

    @Test
    void aMissingOrGarbledFileGivesTheDefaults() throws Exception {
        var file = new SettingsFile(dir);
        assertThat(file.load()).isEqualTo(WindowSettings.DEFAULT);

        Files.writeString(file.path(), "window.width=abc\nwindow.height=12\ntheme=dark\nlanguage=klingon\n");
        WindowSettings loaded = file.load();
        assertThat(loaded.width()).isEqualTo(WindowSettings.DEFAULT.width());
        assertThat(loaded.height()).isEqualTo(WindowSettings.DEFAULT.height());
        assertThat(loaded.dark()).isTrue();
        assertThat(loaded.hasLanguage()).isFalse();
    }
}
