package se.samverkan.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapGeometryTest {

    private MapModel threeInARow() {
        var f = new MapFixture();
        var a = f.org(1, "Region Testlän", "REGION", true, "07");
        var b = f.person(2, "Ada Exempel", "07", null, 1L);
        f.person(3, "Bo Prov", "12", null, null);
        f.edge(a, b, 3, null, null);
        return MapFixture.inARow(f.model());
    }

    @Test
    void hitTestFindsTheNodeUnderTheCursorAfterZoom() {
        var m = threeInARow();
        var frame = MapProjection.project(m, MapFilter.all(MapFixture.TODAY));
        var view = new Viewport();
        view.zoomAt(2.5, 400, 300);
        int target = 1;
        double sx = view.toScreenX(m.x[target]) + 3;
        double sy = view.toScreenY(m.y[target]) - 2;
        assertThat(MapGeometry.nodeAt(m, frame, view, false, sx, sy)).isEqualTo(target);
    }

    @Test
    void hitTestMissesEmptySpaceAndHiddenNodes() {
        var m = threeInARow();
        var view = new Viewport();
        var all = MapProjection.project(m, MapFilter.all(MapFixture.TODAY));
        assertThat(MapGeometry.nodeAt(m, all, view, false, 50, 0)).isEqualTo(-1);
        var county07 = MapProjection.project(m, MapFilter.all(MapFixture.TODAY).withCounty("07"));
        assertThat(MapGeometry.nodeAt(m, county07, view, false, 200, 0)).isEqualTo(-1);
        assertThat(MapGeometry.nodeAt(m, all, view, false, 200, 0)).isEqualTo(2);
    }

    @Test
    void nodesWithMoreRelationshipsAreDrawnLarger() {
        var m = threeInARow();
        var frame = MapProjection.project(m, MapFilter.all(MapFixture.TODAY));
        assertThat(MapGeometry.radius(m, frame, 0, false, 1)).isGreaterThan(MapGeometry.radius(m, frame, 2, false, 1));
    }
}
