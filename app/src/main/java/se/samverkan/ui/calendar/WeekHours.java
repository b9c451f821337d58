package se.samverkan.ui.calendar;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.Pane;
import se.samverkan.domain.CalendarEvent;

/**
 * One day of the week view's hour grid: timed events placed by their start and end, side by side where they overlap
 * (a double booking is seen, not only read), hour lines behind them. An event without an end is drawn an hour long,
 * as the double-booking check assumes.
 */
final class WeekHours extends Pane {

    /** Pixels per hour of the grid. */
    static final double HOUR = 46;
    private final int firstHour;
    private final List<Placed> placed = new ArrayList<>();

    /** An event's chip with the minutes it spans and its lane among the events it overlaps. */
    private record Placed(Button chip, int from, int to, int lane, int lanes) {
    }

    WeekHours(int firstHour, int lastHour, List<CalendarEvent> timed, java.util.function.Function<CalendarEvent, Button> chip) {
        this.firstHour = firstHour;
        getStyleClass().add("calendar-hours");
        for (int h = firstHour; h <= lastHour; h++) {
            var line = new Pane();
            line.getStyleClass().add(h == firstHour ? "calendar-hour-first" : "calendar-hour-line");
            line.setManaged(false);
            line.setUserData(h);
            getChildren().add(line);
        }
        setPrefHeight((lastHour - firstHour) * HOUR);
        setMinHeight((lastHour - firstHour) * HOUR);
        layOut(timed, chip);
    }

    /** Lanes by the greedy rule: each event takes the first lane free at its start; a group of overlaps shares a width. */
    private void layOut(List<CalendarEvent> timed, java.util.function.Function<CalendarEvent, Button> chip) {
        List<CalendarEvent> sorted = new ArrayList<>(timed);
        sorted.sort(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::id));
        List<int[]> group = new ArrayList<>();
        List<Button> groupChips = new ArrayList<>();
        List<Integer> laneEnds = new ArrayList<>();
        int groupEnd = -1;
        for (CalendarEvent e : sorted) {
            int from = minutes(e.start());
            int to = Math.max(from + 15, e.end() == null ? Math.min(from + 60, 24 * 60) : minutes(e.end()));
            if (from >= groupEnd && !group.isEmpty()) {
                close(group, groupChips, laneEnds.size());
                group.clear();
                groupChips.clear();
                laneEnds.clear();
            }
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > from) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(to);
            } else {
                laneEnds.set(lane, to);
            }
            group.add(new int[] {from, to, lane});
            Button b = chip.apply(e);
            b.setWrapText(true);
            b.setManaged(false);
            // the warning icon above the text, so a narrow chip gives the title its whole width
            b.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            groupChips.add(b);
            getChildren().add(b);
            groupEnd = Math.max(groupEnd, to);
        }
        close(group, groupChips, laneEnds.size());
    }

    private void close(List<int[]> group, List<Button> chips, int lanes) {
        for (int i = 0; i < group.size(); i++) {
            int[] g = group.get(i);
            placed.add(new Placed(chips.get(i), g[0], g[1], g[2], lanes));
        }
    }

    private static int minutes(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        for (Node n : getChildren()) {
            if (n.getUserData() instanceof Integer hour) {
                n.resizeRelocate(0, (hour - firstHour) * HOUR, width, 1);
            }
        }
        for (Placed p : placed) {
            double laneWidth = (width - 4) / p.lanes();
            double y = (p.from() - firstHour * 60) * HOUR / 60;
            double h = (p.to() - p.from()) * HOUR / 60;
            p.chip().resizeRelocate(2 + p.lane() * laneWidth, y + 1, laneWidth - 2, Math.max(18, h - 2));
        }
    }
}
