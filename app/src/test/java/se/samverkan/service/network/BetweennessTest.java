package se.samverkan.service.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
}
