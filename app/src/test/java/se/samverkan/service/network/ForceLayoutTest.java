package se.samverkan.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForceLayoutTest {

    /** Two clusters of ten, each a ring, joined by one edge. */
    private static ForceLayout twoClusters(long seed) {
        int[] from = new int[21];
        int[] to = new int[21];
        double[] w = new double[21];
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 10; i++) {
                from[c * 10 + i] = c * 10 + i;
                to[c * 10 + i] = c * 10 + (i + 1) % 10;
                w[c * 10 + i] = 3;
            }
        }
        from[20] = 0;
        to[20] = 10;
        w[20] = 1;
        return new ForceLayout(20, from, to, w, seed);
    }

    private static double distance(ForceLayout l, int a, int b) {
        return Math.hypot(l.x(a) - l.x(b), l.y(a) - l.y(b));
    }

    @Test
    void relatedNodesEndUpCloserThanUnrelatedOnes() {
        ForceLayout layout = twoClusters(7);
        layout.run(200, p -> { }, () -> false);
        double within = 0;
        double across = 0;
        for (int i = 0; i < 10; i++) {
            within += distance(layout, i, (i + 1) % 10);
            across += distance(layout, i, 10 + i);
        }
        assertThat(within / 10).isLessThan(across / 10 / 2);
    }

    @Test
    void theSameSeedGivesTheSameLayout() {
        ForceLayout a = twoClusters(42);
        ForceLayout b = twoClusters(42);
        a.run(50, p -> { }, () -> false);
        b.run(50, p -> { }, () -> false);
        for (int i = 0; i < 20; i++) {
            assertThat(a.x(i)).isEqualTo(b.x(i));
            assertThat(a.y(i)).isEqualTo(b.y(i));
        }
    }

    @Test
    void aPinnedNodeStaysWhereTheUserPutIt() {
        ForceLayout layout = twoClusters(1);
        layout.pin(3, 500, -250);
        layout.run(100, p -> { }, () -> false);
        assertThat(layout.x(3)).isEqualTo(500);
        assertThat(layout.y(3)).isEqualTo(-250);
    }

    @Test
    void cancellingStopsBeforeTheFirstStepAndReportsDone() {
        ForceLayout layout = twoClusters(5);
        double x0 = layout.x(0);
        double[] last = {0};
        layout.run(100, p -> last[0] = p, () -> true);
        assertThat(layout.x(0)).isEqualTo(x0);
        assertThat(last[0]).isEqualTo(1.0);
    }

    @Test
    void nodesOnTheSameSpotAreSeparatedWithoutNaN() {
        ForceLayout layout = new ForceLayout(3, new int[] {0}, new int[] {1}, new double[] {5}, 3);
        layout.place(0, 10, 10);
        layout.place(1, 10, 10);
        layout.place(2, 10, 10);
        layout.run(5, p -> { }, () -> false);
        for (int i = 0; i < 3; i++) {
            assertThat(layout.x(i)).isFinite();
            assertThat(layout.y(i)).isFinite();
        }
        assertThat(distance(layout, 0, 1)).isPositive();
        assertThat(distance(layout, 1, 2)).isPositive();
    }
}
