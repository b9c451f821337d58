package se.samverkan.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneAndEmailValidationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "070-123 45 67      | 070-123 45 67",
            "0701234567         | 070-123 45 67",
            "+46 70 123 45 67   | 070-123 45 67",
            "+46701234567       | 070-123 45 67",
            "0046 70-123 45 67  | 070-123 45 67",
            "08-123 456 78      | 08-123 456 78",
            "0812345678         | 08-123 456 78",
            "08-12 34 56        | 08-12 34 56",
            "031-12 34 56       | 031-12 34 56",
            "031123456          | 031-12 34 56",
            "036-10 20 30       | 036-10 20 30",
            "0480-123 45        | 0480-123 45",
            "(0480) 12 34 56    | 0480-12 34 56"})
    void swedishPhoneNumbersAreStoredInOneReadableForm(String typed, String stored) {
        assertThat(PhoneNumbers.normalise(typed)).contains(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12345", "070-123 45", "070 123 45 67 8", "abc", "+47 22 12 34 56",
            "0701234abc", "7012345678"})
    void otherTextIsNotAPhoneNumber(String typed) {
        assertThat(PhoneNumbers.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "anna.lind@example.se        | true",
            "a@b.se                      | true",
            "förnamn.efternamn@kommun.se | true",
            " anna@example.test          | true",
            "anna.example.se             | false",
            "anna@example                | false",
            "anna@@example.se            | false",
            "anna lind@example.se        | false",
            "anna@example.s              | false",
            "@example.se                 | false"})
    void emailAddressesAreCheckedForTypingMistakes(String email, boolean valid) {
        assertThat(EmailAddresses.valid(email)).isEqualTo(valid);
    }
}
