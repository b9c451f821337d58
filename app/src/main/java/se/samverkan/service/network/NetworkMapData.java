package se.samverkan.service.network;

import java.util.List;
import java.util.Map;
import se.samverkan.domain.Branch;
import se.samverkan.domain.County;
import se.samverkan.domain.MapPin;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.NetworkSeat;

/**
 * Everything the network map shows, read in one go: the graph (every relationship, also ended ones, so the date
 * slider can go back), the forum seats, the remembered pins, "Jag", and the names for the filters.
 *
 * @param me             the person the coordinator marked as themselves, or null
 * @param actorTypeNames actor type code to its name in the window's language
 */
public record NetworkMapData(NetworkGraph graph, List<NetworkSeat> seats, List<MapPin> pins, Long me,
                             List<County> counties, List<Municipality> municipalities, List<Branch> branches,
                             Map<String, String> actorTypeNames) {

    public NetworkMapData {
        seats = List.copyOf(seats);
        pins = List.copyOf(pins);
        counties = List.copyOf(counties);
        municipalities = List.copyOf(municipalities);
        branches = List.copyOf(branches);
        actorTypeNames = Map.copyOf(actorTypeNames);
    }
}
