package se.samverkan.service.network;

import java.time.LocalDate;
import java.util.List;
import se.samverkan.domain.NetworkEdge;

/**
 * How the network changed between two dates.
 *
 * @param added  relationships that began after {@code earlier} and had begun by {@code later}
 * @param cooled relationships that were warm on {@code earlier} and had gone cold by {@code later}
 */
public record NetworkChange(LocalDate earlier, LocalDate later, List<NetworkEdge> added, List<NetworkEdge> cooled) {

    public NetworkChange {
        added = List.copyOf(added);
        cooled = List.copyOf(cooled);
    }
}
