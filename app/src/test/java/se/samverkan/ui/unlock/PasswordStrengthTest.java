package se.samverkan.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordStrengthTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            '',                         NONE
            abc,                        WEAK
            abcdefgh,                   WEAK
            abcdefgh1,                  FAIR
            Abcdefgh1,                  FAIR
            Abcdefgh1!,                 STRONG
            en lång mening om tåg,      STRONG
            """)
    void ratesLengthAndMixOfCharacters(String password, PasswordStrength expected) {
        assertThat(PasswordStrength.of(password)).isEqualTo(expected);
    }
}
