package se.samverkan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void posixLocaleOnLinuxCountsAsDoubtAndGivesSwedish() {
        assertThat(Messages.systemLocale(Map.of("LANG", "C.UTF-8"), "Linux", Locale.US)).isEqualTo(Messages.SWEDISH);
        assertThat(Messages.systemLocale(Map.of(), "Linux", Locale.US)).isEqualTo(Messages.SWEDISH);
        assertThat(Messages.systemLocale(Map.of("LC_ALL", "POSIX", "LANG", "en_US.UTF-8"), "Linux", Locale.US)).isEqualTo(Messages.SWEDISH);
    }

    @Test
    void anEnglishSystemGivesEnglishAndAnythingElseSwedish() {
        assertThat(Messages.systemLocale(Map.of("LANG", "en_GB.UTF-8"), "Linux", Locale.UK)).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.systemLocale(Map.of(), "Windows 11", Locale.US)).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.systemLocale(Map.of(), "Mac OS X", Locale.GERMANY)).isEqualTo(Messages.SWEDISH);
        assertThat(Messages.systemLocale(Map.of("LANG", "sv_SE.UTF-8"), "Linux", Messages.SWEDISH)).isEqualTo(Messages.SWEDISH);
    }

    @Test
    void explicitTagsWin() {
        assertThat(Messages.fromTag("en")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.fromTag("sv")).isEqualTo(Messages.SWEDISH);
        assertThat(Messages.fromTag("fi")).isEqualTo(Messages.SWEDISH);
    }

    @Test
    void placeholdersAreFilledInTheBundlesLanguage() {
        assertThat(Messages.of(Locale.ENGLISH).get("cli.init.done", "/tmp/x")).isEqualTo("New encrypted database created in /tmp/x");
        assertThat(Messages.of(Messages.SWEDISH).get("cli.init.done", "/tmp/x")).isEqualTo("Ny krypterad databas skapad i /tmp/x");
        assertThat(Messages.of(Messages.SWEDISH).get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
