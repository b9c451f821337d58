package se.samverkan.ui.network;

import se.samverkan.domain.NetworkNode;

/**
 * The map's actor filter: a whole colour group (all public bodies) or one actor type within it (only
 * Arbetsförmedlingen). A person counts as the type of the organisation they work at, as the colours do.
 *
 * @param actorType null for the whole group
 */
record ActorFilter(ActorGroup group, String actorType) {

    static ActorFilter group(ActorGroup group) {
        return new ActorFilter(group, null);
    }

    static ActorFilter type(String actorType) {
        return new ActorFilter(ActorGroup.ofType(actorType), actorType);
    }

    boolean matches(NetworkNode node) {
        return actorType == null ? ActorGroup.of(node) == group : actorType.equals(node.actorType());
    }
}
