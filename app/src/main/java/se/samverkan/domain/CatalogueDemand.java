package se.samverkan.domain;

/** An example demand from seed 002's inspiration catalogue, to adopt as a branch's own. */
public record CatalogueDemand(int id, String title, String body, String policyArea, String level) {
}
