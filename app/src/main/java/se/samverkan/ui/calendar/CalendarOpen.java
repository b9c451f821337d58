package se.samverkan.ui.calendar;

import se.samverkan.domain.CalendarEvent;
import se.samverkan.domain.CalendarEventKind;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;

/** What clicking an event opens in the detail pane: the workshop itself, or the forum a meeting belongs to. */
public final class CalendarOpen {

    private CalendarOpen() {
    }

    public static SearchHit hit(CalendarEvent event) {
        return event.kind() == CalendarEventKind.WORKSHOP
                ? new SearchHit(SearchKind.WORKSHOP, event.id(), "", "")
                : new SearchHit(SearchKind.FORUM, event.ownerId(), "", "");
    }
}
