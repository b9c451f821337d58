package se.samverkan.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BetweennessTest {

    @Test
    void theMiddleOfAChainLiesOnEveryPathThroughIt() {
        // 0 - 1 - 2 - 3: node 1 is on paths 0-2, 0-3; node 2 on 0-3, 1-3
        double[] score = Betweenness.of(4, new int[] {0, 1, 2}, new int[] {1, 2, 3});
        assertThat(score[0]).isZero();
        assertThat(score[1]).isCloseTo(score[2], within(1e-12)).isGreaterThan(0);
        assertThat(score[3]).isZero();
    }

    @Test
    void theBrokerBetweenTwoGroupsComesFirst() {
        var f = new MapFixture();
        var a = f.person(1, "A", null, null, null);
        var b = f.person(2, "B", null, null, null);
        var broker = f.person(3, "Förmedlaren", null, null, null);
        var c = f.person(4, "C", null, null, null);
        var d = f.person(5, "D", null, null, null);
        LocalDate since = LocalDate.of(2020, 1, 1);
        f.edge(a, b, 3, since, null);
        f.edge(a, broker, 3, since, null);
        f.edge(b, broker, 3, since, null);
        f.edge(broker, c, 3, since, null);
        f.edge(broker, d, 3, since, null);
        f.edge(c, d, 3, since, null);
        var m = f.model();
        assertThat(m.brokers.get(0)).isEqualTo(m.indexOf(broker));
    }
}
