package se.samverkan.domain;

import java.util.List;

/**
 * Rows (counties or branches) × forum types. A cell counts the forums of that type in the row's counties and the
 * current IF Metall seats in them (for a branch row: the seats representing that branch).
 */
public record CoverageMatrix(List<ForumType> types, List<Row> rows) {

    public CoverageMatrix {
        types = List.copyOf(types);
        rows = List.copyOf(rows);
    }

    /** One row: a county (key = its code) or a branch (key = its id). */
    public record Row(String key, String label, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The forums of one type in the row, and how many current union seats they hold. */
    public record Cell(String forumType, List<Long> forumIds, int unionSeats) {
        public Cell {
            forumIds = List.copyOf(forumIds);
        }

        public State state() {
            return forumIds.isEmpty() ? State.NO_FORUM : unionSeats == 0 ? State.GAP : State.COVERED;
        }
    }

    /** No forum of the type; forums but no union seat (a gap); at least one union seat. */
    public enum State { NO_FORUM, GAP, COVERED }
}
