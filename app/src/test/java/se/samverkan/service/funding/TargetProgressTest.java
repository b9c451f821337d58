package se.samverkan.service.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.domain.FundingTarget;

class TargetProgressTest {

    static final String SKANE = "12";
    static final String BLEKINGE = "10";

    @Test
    void companiesByCountySumToTheProjectsTargetWithProgress() {
        // seed 004: 100 companies, 70 in Skåne and 30 in Blekinge
        var targets = List.of(
                new FundingTarget("COMPANIES", SKANE, null, null, 70, null, null, 35),
                new FundingTarget("COMPANIES", BLEKINGE, null, null, 30, null, null, 6),
                new FundingTarget("PARTICIPANTS", null, null, null, 1500, null, null, 300));
        var sums = TargetProgress.byMeasure(targets);
        assertThat(sums).extracting(TargetProgress.Sum::measure).containsExactly("COMPANIES", "PARTICIPANTS");
        assertThat(sums.get(0).target()).isEqualTo(100);
        assertThat(sums.get(0).outcome()).isEqualTo(41);
        assertThat(sums.get(0).progress().getAsDouble()).isCloseTo(0.41, within(1e-9));
        assertThat(TargetProgress.progress(targets.get(0)).getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(TargetProgress.progress(targets.get(1)).getAsDouble()).isCloseTo(0.2, within(1e-9));
        assertThat(sums.get(0).targetWomen()).isNull();
    }

    @Test
    void participantsOfWhomWomenGiveProgressByGender() {
        // seed 003: 250 participants of whom 75 women
        var participants = new FundingTarget("PARTICIPANTS", null, 75, null, 250, 30, 90, null);
        assertThat(TargetProgress.targetTotal(participants)).isEqualTo(250);
        assertThat(TargetProgress.outcomeTotal(participants)).isEqualTo(120);
        assertThat(TargetProgress.progress(participants).getAsDouble()).isCloseTo(0.48, within(1e-9));
        assertThat(TargetProgress.womenProgress(participants).getAsDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(TargetProgress.menProgress(participants)).isEmpty();
    }

    @Test
    void womenAndMenBySummedCountyRows() {
        var targets = List.of(new FundingTarget("PARTICIPANTS", SKANE, 40, 60, null, 10, 20, null),
                new FundingTarget("PARTICIPANTS", BLEKINGE, 20, 30, null, 5, null, 12));
        var sum = TargetProgress.byMeasure(targets).get(0);
        assertThat(sum.target()).isEqualTo(150);
        assertThat(sum.outcome()).isEqualTo(42);
        assertThat(sum.targetWomen()).isEqualTo(60);
        assertThat(sum.targetMen()).isEqualTo(90);
        assertThat(sum.outcomeWomen()).isEqualTo(15);
        assertThat(sum.outcomeMen()).isEqualTo(20);
    }

    @Test
    void noTargetOrNoOutcomeMeansUnknownProgress() {
        assertThat(TargetProgress.progress(new FundingTarget("SMES", null, null, null, 25, null, null, null))).isEmpty();
        assertThat(TargetProgress.progress(new FundingTarget("SMES", null, null, null, 0, null, null, 3))).isEmpty();
    }
}
