package se.samverkan.ui.network;

import java.util.Map;
import se.samverkan.domain.NetworkNode;

/**
 * The map's colour families: the 18 actor types folded into six groups a legend can show and an eye can tell apart.
 * A person takes the group of the organisation they work at.
 */
enum ActorGroup {
    PUBLIC("#3b82c4", "#5aa2e6"),
    EDUCATION("#2a9d6f", "#3fbf8a"),
    LABOUR("#d0433a", "#f0665c"),
    BUSINESS("#d9822b", "#f0a04b"),
    POLITICS("#8b5cc7", "#ab82e6"),
    OTHER("#7a8591", "#9aa4b0");

    private static final Map<String, ActorGroup> BY_TYPE = Map.ofEntries(
            Map.entry("REGION", PUBLIC), Map.entry("MUNICIPALITY", PUBLIC), Map.entry("COUNTY_BOARD", PUBLIC),
            Map.entry("PES", PUBLIC), Map.entry("ESF_COUNCIL", PUBLIC), Map.entry("GROWTH_AGENCY", PUBLIC),
            Map.entry("ADULT_EDUCATION", EDUCATION), Map.entry("VOCATIONAL_COLLEGE", EDUCATION),
            Map.entry("UNIVERSITY", EDUCATION), Map.entry("TECH_COLLEGE", EDUCATION),
            Map.entry("LO", LABOUR), Map.entry("UNION", LABOUR), Map.entry("TRANSITION_FUND", LABOUR),
            Map.entry("COMPANY", BUSINESS), Map.entry("EMPLOYER_ORG", BUSINESS), Map.entry("IUC", BUSINESS),
            Map.entry("PARTY", POLITICS));

    private final String light;
    private final String dark;

    /** Colours chosen to keep about 3:1 contrast against both Primer backgrounds (light #ffffff, dark #0d1117). */
    ActorGroup(String light, String dark) {
        this.light = light;
        this.dark = dark;
    }

    String colour(boolean darkTheme) {
        return darkTheme ? dark : light;
    }

    String messageKey() {
        return "ui.map.group." + name();
    }

    static ActorGroup of(NetworkNode node) {
        return ofType(node.actorType());
    }

    static ActorGroup ofType(String actorType) {
        return actorType == null ? OTHER : BY_TYPE.getOrDefault(actorType, OTHER);
    }
}
