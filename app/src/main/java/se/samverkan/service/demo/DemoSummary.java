package se.samverkan.service.demo;

import java.time.Duration;

/** How many records of each kind a demo fill wrote, and how long it took. */
public record DemoSummary(int branches, int people, int organisations, int relationships, int interactions, int forums,
                          int seats, int workshops, int targets, int outcomes, int demands, int fundingProjects,
                          Duration took) {

    /** Counts only (never personal data), for the audit trail and the log. */
    public String describe() {
        return "Demodata: " + branches + " avdelningar, " + people + " personer, " + organisations + " organisationer, "
                + relationships + " relationer, " + interactions + " kontakter, " + forums + " forum, " + seats
                + " platser, " + workshops + " workshoppar, " + targets + " mål, " + outcomes + " utfall, " + demands
                + " krav, " + fundingProjects + " projekt";
    }
}
