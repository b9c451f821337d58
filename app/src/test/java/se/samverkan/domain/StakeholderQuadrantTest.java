package se.samverkan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StakeholderQuadrantTest {

    @ParameterizedTest(name = "influence {0}, interest {1} → {2}")
    @CsvSource(textBlock = """
            5, 5, MANAGE_CLOSELY
            4, 4, MANAGE_CLOSELY
            4, 3, KEEP_SATISFIED
            5, 1, KEEP_SATISFIED
            3, 4, KEEP_INFORMED
            1, 5, KEEP_INFORMED
            3, 3, MONITOR
            1, 1, MONITOR
            """)
    void aQuadrantIsHighFromFourOnBothScales(int influence, int interest, StakeholderQuadrant expected) {
        assertThat(StakeholderQuadrant.of(influence, interest)).isEqualTo(expected);
    }
}
