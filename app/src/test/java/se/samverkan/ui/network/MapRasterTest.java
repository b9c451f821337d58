package se.samverkan.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapRasterTest {

    private static final int WHITE = 0xffffffff;

    @Test
    void aSolidLineColoursThePixelsAlongIt() {
        var raster = new MapRaster(20, 10);
        raster.fill(WHITE);
        raster.line(0, 5, 19, 5, 0x000000, 1, 1, false);
        assertThat(raster.at(10, 5)).isEqualTo(0xff000000);
        assertThat(raster.at(10, 2)).isEqualTo(WHITE);
    }

    @Test
    void aDashedLineLeavesGaps() {
        var raster = new MapRaster(20, 10);
        raster.fill(WHITE);
        raster.line(0, 5, 19, 5, 0x000000, 1, 1, true);
        assertThat(raster.at(2, 5)).isEqualTo(0xff000000);
        assertThat(raster.at(6, 5)).isEqualTo(WHITE);
    }

    @Test
    void linesOutsideTheBufferAreClippedAway() {
        var raster = new MapRaster(20, 10);
        raster.fill(WHITE);
        raster.line(-500, -40, 900, -30, 0x000000, 1, 3, false);
        raster.line(-5000, 5, 5000, 5, 0x000000, 1, 1, false);
        assertThat(raster.at(0, 0)).isEqualTo(WHITE);
        assertThat(raster.at(0, 5)).isEqualTo(0xff000000);
        assertThat(raster.at(19, 5)).isEqualTo(0xff000000);
    }

    @Test
    void aCircleFillsItsCentreButNotTheCornersOfItsBox() {
        var raster = new MapRaster(20, 20);
        raster.fill(WHITE);
        raster.shape(10, 10, 6, true, 0xff0000);
        assertThat(raster.at(10, 10)).isEqualTo(0xffff0000);
        assertThat(raster.at(4, 4)).isEqualTo(WHITE);
        raster.shape(10, 10, 6, false, 0x0000ff);
        assertThat(raster.at(5, 10)).isEqualTo(0xff0000ff);
    }
}
