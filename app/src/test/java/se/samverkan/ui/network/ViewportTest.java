package se.samverkan.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ViewportTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            2.0, 100, 50
            0.5, 640, 400
            3.0, 0, 0
            """)
    void zoomKeepsTheMapPointUnderTheCursorInPlace(double factor, double sx, double sy) {
        var view = new Viewport();
        view.pan(30, -20);
        double mx = view.toMapX(sx);
        double my = view.toMapY(sy);
        view.zoomAt(factor, sx, sy);
        assertThat(view.toScreenX(mx)).isCloseTo(sx, within(1e-9));
        assertThat(view.toScreenY(my)).isCloseTo(sy, within(1e-9));
    }

    @Test
    void zoomStopsAtItsLimits() {
        var view = new Viewport();
        view.zoomAt(1e6, 0, 0);
        assertThat(view.scale()).isEqualTo(Viewport.MAX_SCALE);
        view.zoomAt(1e-9, 0, 0);
        assertThat(view.scale()).isEqualTo(Viewport.MIN_SCALE);
    }

    @Test
    void fitShowsTheWholeBoxInsideTheMargin() {
        var view = new Viewport();
        view.fit(-500, -100, 1500, 300, 800, 600, 40);
        assertThat(view.toScreenX(-500)).isCloseTo(40, within(1e-9));
        assertThat(view.toScreenX(1500)).isCloseTo(760, within(1e-9));
        assertThat(view.toScreenY(100)).isCloseTo(300, within(1e-9));
    }

    @Test
    void panMovesTheMapWithTheMouse() {
        var view = new Viewport();
        view.zoomAt(2, 0, 0);
        view.pan(15, 25);
        assertThat(view.toScreenX(0)).isEqualTo(15);
        assertThat(view.toScreenY(10)).isEqualTo(45);
    }
}
