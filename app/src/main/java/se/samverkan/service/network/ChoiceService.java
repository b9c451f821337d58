package se.samverkan.service.network;

import java.util.Locale;
import se.samverkan.domain.FilterChoices;
import se.samverkan.service.Workspace;

/** What the people and organisation lists and forms offer to choose from, read in one go. */
public final class ChoiceService {

    private final Workspace workspace;
    private final Locale locale;

    public ChoiceService(Workspace workspace, Locale locale) {
        this.workspace = workspace;
        this.locale = locale;
    }

    public FilterChoices choices() {
        return workspace.read(s -> {
            var organisations = s.organisations(locale);
            return new FilterChoices(organisations.actorTypes(), s.reference().counties(),
                    s.reference().municipalities(), s.branches().all(), s.people().forumChoices(),
                    organisations.choices());
        });
    }
}
