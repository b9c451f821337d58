package se.samverkan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.MapPin;
import se.samverkan.domain.NetworkSeat;
import se.samverkan.domain.PartyRef;
import se.samverkan.service.Workspace;

class NetworkMapRepositoryTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private long org;
    private long ada;
    private long forum;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-map".toCharArray());
        workspace.inTransaction(s -> {
            var f = new StoreFixture(s);
            org = f.organisation("Region Testlän", "REGION", null);
            ada = f.person("Ada", "Exempelsson", null, org, null);
            forum = f.forum("Industriråd Testlän", "INDUSTRY_COUNCIL");
            f.seat(forum, ada, "ORDINARY", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
            return null;
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<MapPin> pins() {
        return workspace.read(s -> s.networkMap().pins());
    }

    private Optional<Long> me() {
        return workspace.read(s -> s.networkMap().me());
    }

    @Test
    void aPinIsSavedMovedAndRemovedForPeopleAndOrganisations() {
        workspace.inTransaction(s -> {
            s.networkMap().pin(PartyRef.person(ada), 10, 20);
            s.networkMap().pin(PartyRef.organisation(org), -5, 7.5);
            s.networkMap().pin(PartyRef.person(ada), 11, 21);
            return null;
        });
        assertThat(pins()).containsExactly(
                new MapPin(PartyRef.person(ada), 11, 21), new MapPin(PartyRef.organisation(org), -5, 7.5));

        workspace.inTransaction(s -> {
            s.networkMap().unpin(PartyRef.person(ada));
            return null;
        });
        assertThat(pins()).containsExactly(new MapPin(PartyRef.organisation(org), -5, 7.5));
    }

    @Test
    void aPinGoesWithItsPerson() {
        workspace.inTransaction(s -> {
            s.networkMap().pin(PartyRef.person(ada), 1, 2);
            s.people().delete(ada);
            return null;
        });
        assertThat(pins()).isEmpty();
    }

    @Test
    void jagIsRememberedChangedForgottenAndAudited() {
        assertThat(me()).isEmpty();
        workspace.inTransaction(s -> {
            s.networkMap().setMe(ada);
            return null;
        });
        assertThat(me()).contains(ada);
        workspace.inTransaction(s -> {
            s.networkMap().setMe(null);
            return null;
        });
        assertThat(me()).isEmpty();
        int audited = workspace.read(s -> s.dsl().fetchCount(se.samverkan.store.jooq.Tables.AUDIT_ENTRY,
                se.samverkan.store.jooq.Tables.AUDIT_ENTRY.ENTITY.eq("app_meta")));
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void jagFollowsAMergedPersonAndIsForgottenWithADeletedOne() {
        long bo = workspace.inTransaction(s -> {
            long id = new StoreFixture(s).person("Bo", "Testberg", null, null, null);
            s.networkMap().setMe(id);
            return id;
        });
        workspace.inTransaction(s -> s.people().mergeInto(s.people().find(ada).orElseThrow(), bo));
        assertThat(me()).contains(ada);

        workspace.inTransaction(s -> {
            s.people().delete(ada);
            return null;
        });
        assertThat(me()).isEmpty();
    }

    @Test
    void seatsCarryTheForumNameAndTheTerm() {
        List<NetworkSeat> seats = workspace.read(s -> s.network().seats());
        assertThat(seats).containsExactly(
                new NetworkSeat(ada, forum, "Industriråd Testlän", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
    }
}
