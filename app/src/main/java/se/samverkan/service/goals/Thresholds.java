package se.samverkan.service.goals;

/**
 * Where on track ends and at risk begins, as shares of the pro-rata target (decision 0015): by default an outcome at
 * 90 % or more of what is expected by now is on track, 60–90 % at risk, below 60 % off track.
 */
public record Thresholds(double onTrack, double atRisk) {

    public static final Thresholds DEFAULT = new Thresholds(0.9, 0.6);

    public Thresholds {
        if (!(atRisk > 0 && atRisk < onTrack && onTrack <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < at risk < on track <= 1");
        }
    }
}
