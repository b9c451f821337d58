package se.samverkan.service.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.samverkan.domain.RecordDetail;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;
import se.samverkan.service.Workspace;

/** The global search of the top bar, and opening what it found. Safe to call from several background threads. */
public final class SearchService {

    public static final int LIMIT_PER_KIND = 10;
    /** One letter matches nearly everything; searching starts at two. */
    public static final int MIN_LENGTH = 2;

    private final Workspace workspace;
    private final Locale locale;
    private Indexes indexes;

    /** The in-memory indexes and the workspace change they were built at. */
    private record Indexes(long version, NameIndex people, NameIndex organisations) {
    }

    public SearchService(Workspace workspace, Locale locale) {
        this.workspace = workspace;
        this.locale = locale;
    }

    /** Builds the indexes ahead of the first search (worth calling in the background after unlocking). */
    public void prepare() {
        indexes();
    }

    public List<SearchHit> search(String text) {
        String q = text == null ? "" : text.strip();
        if (q.length() < MIN_LENGTH) {
            return List.of();
        }
        Indexes now = indexes();
        List<Long> personIds = now.people().find(q, LIMIT_PER_KIND);
        List<Long> organisationIds = now.organisations().find(q, LIMIT_PER_KIND);
        return workspace.read(session -> {
            var repository = session.search(locale);
            List<SearchHit> hits = new ArrayList<>(repository.peopleByIds(personIds));
            hits.addAll(repository.organisationsByIds(organisationIds));
            hits.addAll(repository.searchForumsAndWorkshops(q, LIMIT_PER_KIND));
            return hits;
        });
    }

    public Optional<RecordDetail> detail(SearchKind kind, long id) {
        return workspace.read(session -> session.search(locale).detail(kind, id));
    }

    /** The indexes, rebuilt when the workspace has changed since they were built. */
    private synchronized Indexes indexes() {
        long version = workspace.changeCount();
        if (indexes == null || indexes.version() != version) {
            indexes = workspace.read(session -> new Indexes(version,
                    NameIndex.of(session.search(locale).personNameKeys()),
                    NameIndex.of(session.search(locale).organisationNameKeys())));
        }
        return indexes;
    }
}
