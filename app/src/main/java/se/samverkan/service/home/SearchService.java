package se.samverkan.service.home;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.samverkan.domain.RecordDetail;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;
import se.samverkan.service.Workspace;

/** The global search of the top bar, and opening what it found. */
public final class SearchService {

    public static final int LIMIT_PER_KIND = 10;
    /** One letter matches nearly everything; searching starts at two. */
    public static final int MIN_LENGTH = 2;

    private final Workspace workspace;
    private final Locale locale;

    public SearchService(Workspace workspace, Locale locale) {
        this.workspace = workspace;
        this.locale = locale;
    }

    public List<SearchHit> search(String text) {
        String q = text == null ? "" : text.strip();
        if (q.length() < MIN_LENGTH) {
            return List.of();
        }
        return workspace.read(session -> session.search(locale).search(q, LIMIT_PER_KIND));
    }

    public Optional<RecordDetail> detail(SearchKind kind, long id) {
        return workspace.read(session -> session.search(locale).detail(kind, id));
    }
}
