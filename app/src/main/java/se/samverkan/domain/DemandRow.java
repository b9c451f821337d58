package se.samverkan.domain;

import java.time.LocalDate;

/** One line of the demand list: the demand with its policy area, place and branch by name. */
public record DemandRow(long id, String title, String policyArea, String level, String place, String branch,
                        String status, LocalDate raisedOn, LocalDate decidedOn) {
}
