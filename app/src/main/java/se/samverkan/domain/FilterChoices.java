package se.samverkan.domain;

import java.util.List;

/**
 * What the list filters and the record forms offer to choose from: actor types, counties, municipalities (each knows
 * its county), branches, forums and organisations.
 */
public record FilterChoices(List<ActorType> actorTypes, List<County> counties, List<Municipality> municipalities,
                            List<Branch> branches, List<Choice> forums, List<Choice> organisations) {

    public FilterChoices {
        actorTypes = List.copyOf(actorTypes);
        counties = List.copyOf(counties);
        municipalities = List.copyOf(municipalities);
        branches = List.copyOf(branches);
        forums = List.copyOf(forums);
        organisations = List.copyOf(organisations);
    }

    public static FilterChoices empty() {
        return new FilterChoices(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The municipalities of county {@code countyCode}; all of them when no county is chosen. */
    public List<Municipality> municipalitiesIn(String countyCode) {
        if (countyCode == null || countyCode.isBlank()) {
            return municipalities;
        }
        return municipalities.stream().filter(m -> countyCode.equals(m.countyCode())).toList();
    }
}
