package se.samverkan.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Anna Lindqvist   | Anna Lindkvist",
            "Anna Lindqvist   | anna  lindqvist",
            "Åsa Öberg        | Asa Oberg",
            "Martin Johansson | Martin Johanson",
            "Karin Svensson   | Karin Svenson"})
    void nearIdenticalNamesScoreAboveTheThreshold(String a, String b) {
        assertThat(NameSimilarity.score(a, b)).isGreaterThanOrEqualTo(NameSimilarity.THRESHOLD);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Anna Lindqvist   | Anna Berg",
            "Karin Svensson   | Kerstin Nilsson",
            "Erik Ek          | Eva Ekström"})
    void differentPeopleScoreBelowTheThreshold(String a, String b) {
        assertThat(NameSimilarity.score(a, b)).isLessThan(NameSimilarity.THRESHOLD);
    }

    @Test
    void jaroWinklerMatchesTheTextbookExample() {
        assertThat(NameSimilarity.jaroWinkler("martha", "marhta")).isCloseTo(0.961, org.assertj.core.data.Offset.offset(0.001));
    }
}
