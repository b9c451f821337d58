import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import se.samverkan.domain.Period;
import se.samverkan.service.Workspace;
import se.samverkan.service.goals.GoalService;

/**
 * Times the goal dashboard of one period on an existing data folder (cold first call, then warm), and each derived
 * rule alone. Usage: measure.sh DATA_DIR [PERIOD]; the password comes from SAMVERKAN_PASSWORD.
 */
public class DashboardTiming {
    public static void main(String[] a) {
        try (Workspace ws = Workspace.open(Path.of(a[0]), System.getenv("SAMVERKAN_PASSWORD").toCharArray())) {
            var goals = new GoalService(ws, Locale.ROOT, Clock.systemDefaultZone());
            for (int i = 0; i < 6; i++) {
                long t = System.nanoTime();
                var d = goals.dashboard(Period.parse(a.length > 1 ? a[1] : "2026H2"));
                long ms = (System.nanoTime() - t) / 1_000_000;
                System.out.println("dashboard " + d.figures().size() + " figures: " + ms + " ms");
            }
            for (String rule : se.samverkan.store.DerivedFigures.RULES) {
                long t = System.nanoTime();
                ws.read(s -> s.derivedFigures().byBranch(rule, Period.parse(a.length > 1 ? a[1] : "2026H2").start(), Period.parse(a.length > 1 ? a[1] : "2026H2").end()));
                System.out.println(rule + " " + (System.nanoTime() - t) / 1_000_000 + " ms");
            }
        }
    }
}
