package se.samverkan.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.DuplicateCandidate;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.OrganisationFilter;
import se.samverkan.service.Workspace;

class OrganisationServiceTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private OrganisationService organisations;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        organisations = new OrganisationService(workspace, Locale.ROOT);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static Organisation org(String name, String type) {
        return new Organisation(0, name, type, "06", "0680", null, "08-123 456 78", null);
    }

    @Test
    void nameAndTypeAreRequired() {
        assertThat(organisations.validate(org("", null)).errors()).containsExactly(
                new FieldError(OrganisationService.NAME, PersonValidator.REQUIRED),
                new FieldError(OrganisationService.ACTOR_TYPE, PersonValidator.REQUIRED));
    }

    @Test
    void aSimilarNameIsADuplicateOfANewOrganisation() {
        organisations.save(org("Region Jönköpings län", "REGION"));

        assertThat(organisations.duplicates(org("Region Jönköping län", "REGION")))
                .extracting(DuplicateCandidate::reason).containsExactly(DuplicateCandidate.Reason.SIMILAR_NAME);
        assertThat(organisations.duplicates(org("Jönköpings kommun", "MUNICIPALITY"))).isEmpty();
    }

    @Test
    void theListFiltersByTypeAndShowsTheTypeName() {
        organisations.save(org("Region Jönköpings län", "REGION"));
        organisations.save(org("Jönköpings kommun", "MUNICIPALITY"));

        assertThat(organisations.list(new OrganisationFilter(null, "MUNICIPALITY", null, null)))
                .singleElement().satisfies(r -> {
                    assertThat(r.name()).isEqualTo("Jönköpings kommun");
                    assertThat(r.actorTypeName()).isEqualTo("Kommun");
                    assertThat(r.municipalityName()).isEqualTo("Jönköping");
                });
    }
}
