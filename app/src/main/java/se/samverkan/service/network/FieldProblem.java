package se.samverkan.service.network;

/** What can be wrong with a field of a network use case; each has the text a form shows next to the field. */
public enum FieldProblem {
    REQUIRED("ui.validation.required"),
    TOO_LONG("ui.validation.tooLong"),
    OUT_OF_RANGE("ui.validation.outOfRange"),
    TOO_FAR_AHEAD("ui.validation.tooFarAhead"),
    IN_THE_FUTURE("ui.validation.inTheFuture"),
    SAME_PARTY("ui.validation.sameParty"),
    BEFORE_START("ui.validation.beforeStart"),
    STATUS_CHANGE("ui.workshop.validation.statusChange"),
    DEMAND_STATUS_CHANGE("ui.demands.validation.statusChange"),
    FUNDING_STATUS_CHANGE("ui.funding.validation.statusChange"),
    NOT_INVITED("ui.workshop.validation.notInvited"),
    END_BEFORE_START("ui.workshop.validation.endBeforeStart"),
    END_WITHOUT_START("ui.validation.endWithoutStart"),
    NOT_A_TIME("ui.validation.notATime"),
    SPLIT_OVER_TOTAL("ui.validation.splitOverTotal"),
    UNIT_IN_USE("ui.validation.unitInUse"),
    WHOLE_KRONOR("ui.validation.wholeKronor");

    private final String messageKey;

    FieldProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
