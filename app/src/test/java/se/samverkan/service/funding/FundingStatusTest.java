package se.samverkan.service.funding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundingStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(textBlock = """
            IDEA,     APPLIED,  true
            IDEA,     GRANTED,  false
            APPLIED,  GRANTED,  true
            APPLIED,  REJECTED, true
            APPLIED,  IDEA,     true
            GRANTED,  RUNNING,  true
            GRANTED,  APPLIED,  false
            RUNNING,  CLOSED,   true
            RUNNING,  IDEA,     false
            CLOSED,   RUNNING,  false
            CLOSED,   CLOSED,   true
            REJECTED, IDEA,     true
            REJECTED, GRANTED,  false
            """)
    void movesFollowTheProjectsLife(FundingStatus from, FundingStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }
}
