package se.samverkan.ui.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.Relationship;
import se.samverkan.domain.RelationshipHealth;
import se.samverkan.domain.RelationshipHealthStatus;

class RelationsTextsTest {

    private final RelationsTexts texts = new RelationsTexts(RelationsFixture.MESSAGES);

    @ParameterizedTest
    @CsvSource(textBlock = """
            1, ●○○○○
            3, ●●●○○
            5, ●●●●●
            """)
    void strengthReadsAsFilledAndEmptyDots(int strength, String dots) {
        assertThat(RelationsTexts.dots(strength)).isEqualTo(dots);
    }

    @Test
    void theHealthLineSaysDaysSinceContactCadenceAndStatus() {
        var health = new RelationshipHealth(PartyRef.person(1), "Ada", null, 4, 3, 60, LocalDate.of(2026, 1, 27), 42, 2, 6,
                -18, RelationshipHealthStatus.WATCH);
        assertThat(texts.healthLine(health)).isEqualTo("Senaste kontakt 42 dagar sedan · takt var 60:e dag · Bevaka");
    }

    @Test
    void aRelationshipPeriodNamesWhatIsKnown() {
        var open = new Relationship(1, 1L, null, 2L, null, "KNOWS", 3, LocalDate.of(2024, 3, 3), null, null);
        var ended = new Relationship(1, 1L, null, 2L, null, "KNOWS", 3, null, null, LocalDate.of(2026, 2, 1));
        assertThat(texts.period(open)).startsWith("sedan 3 ");
        assertThat(texts.period(ended)).startsWith("avslutad 1 ");
        assertThat(texts.owner(null)).isEqualTo("Samordnaren");
    }
}
