package se.samverkan.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MapBrokersTest {

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
