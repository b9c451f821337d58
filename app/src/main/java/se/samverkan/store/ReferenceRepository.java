package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.COUNTY;
import static se.samverkan.store.jooq.Tables.INDICATOR;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.POLICY_AREA;

import java.util.List;
import org.jooq.DSLContext;
import se.samverkan.domain.County;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.PolicyArea;

/** Reads the shipped geography and vocabularies (read-only: they change only with a migration or a new release). */
public final class ReferenceRepository {

    private final DSLContext dsl;

    ReferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<County> counties() {
        return dsl.selectFrom(COUNTY).orderBy(COUNTY.CODE)
                .fetch(r -> new County(r.getCode(), r.getNameSv(), r.getRegionName(), r.getRegionType(), r.getNutsCode()));
    }

    public List<Municipality> municipalities() {
        return dsl.selectFrom(MUNICIPALITY).orderBy(MUNICIPALITY.CODE)
                .fetch(r -> new Municipality(r.getCode(), r.getNameSv(), r.getCountyCode()));
    }

    /** The active indicators, in id order. */
    public List<Indicator> indicators() {
        return dsl.selectFrom(INDICATOR).where(INDICATOR.ACTIVE.isTrue()).orderBy(INDICATOR.ID)
                .fetch(ReferenceRepository::indicator);
    }

    static Indicator indicator(se.samverkan.store.jooq.tables.records.IndicatorRecord r) {
        return new Indicator(r.getId(), r.getOperationalGoalId(), r.getCode(), r.getNameSv(), r.getNameEn(),
                r.getUnit(), r.getDirection(), r.getGenderSplit(), r.getSource(), r.getDerivedRule(), r.getActive());
    }

    public List<PolicyArea> policyAreas() {
        return dsl.selectFrom(POLICY_AREA).orderBy(POLICY_AREA.CODE)
                .fetch(r -> new PolicyArea(r.getCode(), r.getNameSv(), r.getHolder(), r.getMandatory()));
    }
}
