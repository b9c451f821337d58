package se.samverkan.ui.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import se.samverkan.domain.NetworkEdge;
import se.samverkan.domain.NetworkNode;
import se.samverkan.domain.PartyRef;
import se.samverkan.service.Messages;
import se.samverkan.service.network.NetworkGraph;
import se.samverkan.service.network.NetworkMapData;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;
import se.samverkan.ui.common.Theme;

/**
 * Frame-time harness for the network map (not a test): opens the real map view on a generated network (default 2,000
 * nodes, 6,000 edges), waits for the layout, then drives pan (first half) and zoom in/out around the centre (second
 * half) once per pulse and records the pulse-to-pulse times with an AnimationTimer, plus the time the map spends
 * recording its drawing. Run with app/bench/map/measure.sh (Xvfb, -Dprism.order=sw).
 */
public final class MapFrameBench extends Application {

    static int nodes = 2000;
    static int edges = 6000;
    static double seconds = 6;

    public static void main(String[] args) {
        if (args.length > 0) {
            nodes = Integer.parseInt(args[0]);
        }
        if (args.length > 1) {
            edges = Integer.parseInt(args[1]);
        }
        if (args.length > 2) {
            seconds = Double.parseDouble(args[2]);
        }
        launch(MapFrameBench.class);
    }

    /** A seeded random network: a fifth organisations, the rest people working at them, ties mostly near each other. */
    static NetworkMapData generate(int n, int m, LocalDate today) {
        Random random = new Random(7);
        String[] types = {"REGION", "MUNICIPALITY", "COMPANY", "COMPANY", "UNION", "UNIVERSITY", "PES", "PARTY", "OTHER"};
        List<NetworkNode> list = new ArrayList<>();
        int orgs = Math.max(1, n / 5);
        for (int i = 0; i < orgs; i++) {
            String type = types[random.nextInt(types.length)];
            list.add(new NetworkNode(PartyRef.organisation(i + 1), "Organisation " + i, type,
                    type.equals("REGION") || type.equals("MUNICIPALITY") || type.equals("PES"), "07", null, null, null));
        }
        for (int i = orgs; i < n; i++) {
            int org = random.nextInt(orgs);
            list.add(new NetworkNode(PartyRef.person(i + 1), "Person " + i, list.get(org).actorType(),
                    list.get(org).publicActor(), "07", null, (long) (i % 12), (long) (org + 1)));
        }
        List<NetworkEdge> ties = new ArrayList<>();
        for (int e = 0; e < m; e++) {
            int a = random.nextInt(n);
            // most ties stay within a neighbourhood, as real networks cluster
            int b = random.nextDouble() < 0.8 ? Math.floorMod(a + random.nextInt(41) - 20, n) : random.nextInt(n);
            if (a == b) {
                b = (a + 1) % n;
            }
            LocalDate since = today.minusDays(random.nextInt(3000));
            LocalDate last = random.nextBoolean() ? today.minusDays(random.nextInt(700)) : null;
            ties.add(new NetworkEdge(e + 1, list.get(a).ref(), list.get(b).ref(), "KNOWS", 1 + random.nextInt(5), since,
                    null, null, last));
        }
        return new NetworkMapData(new NetworkGraph(list, ties), List.of(), List.of(), null, List.of(), List.of(), List.of(),
                Map.of());
    }

    @Override
    public void start(Stage stage) {
        LocalDate today = LocalDate.of(2026, 3, 10);
        NetworkMapData data = generate(nodes, edges, today);
        if (!Boolean.getBoolean("skipLoadTiming")) {
            long t0 = System.nanoTime();
            MapModel probe = new MapModel(data, today);
            long t1 = System.nanoTime();
            probe.layout(f -> { }, () -> false);
            long t2 = System.nanoTime();
            System.out.printf("graph %d nodes / %d distinct edges: model + betweenness %.0f ms, layout %.0f ms%n",
                    probe.size(), data.graph().edges().size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }

        var messages = Messages.of(Messages.SWEDISH);
        var errors = new ErrorMessages(messages);
        var tasks = new BackgroundTasks(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "map-bench");
            t.setDaemon(true);
            return t;
        }), Throwable::printStackTrace);
        var theme = new Theme(false);
        var model = new NetworkMapViewModel(() -> data, null, tasks, errors, messages, () -> today);
        var view = new NetworkMapView(model, messages, new SimpleBooleanProperty(false), ref -> { });
        var scene = new Scene(view.root(), 1280, 800);
        theme.style(scene);
        stage.setScene(scene);
        stage.show();
        model.load();
        model.frameProperty().addListener((obs, was, now) -> {
            if (now != null && was == null) {
                Platform.runLater(() -> drive(view.canvas()));
            }
        });
    }

    private void drive(MapCanvas canvas) {
        canvas.fit();
        long[] stamps = new long[(int) (seconds * 200)];
        double[] paints = new double[stamps.length];
        int[] count = {0};
        long[] start = {0};
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (start[0] == 0) {
                    start[0] = now;
                }
                double t = (now - start[0]) / 1e9;
                if (t < seconds / 2) {
                    canvas.viewport().pan(Math.cos(t * 3) * 12, Math.sin(t * 2) * 8);
                } else {
                    canvas.viewport().zoomAt(Math.sin(t * 2.5) > 0 ? 1.03 : 1 / 1.03, canvas.getWidth() / 2,
                            canvas.getHeight() / 2);
                }
                long p0 = System.nanoTime();
                canvas.paint();
                paints[count[0]] = (System.nanoTime() - p0) / 1e6;
                stamps[count[0]++] = now;
                if (t >= seconds || count[0] == stamps.length) {
                    stop();
                    report(stamps, paints, count[0]);
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start();
    }

    private static void report(long[] stamps, double[] paints, int count) {
        double[] frames = new double[count - 1];
        for (int i = 1; i < count; i++) {
            frames[i - 1] = (stamps[i] - stamps[i - 1]) / 1e6;
        }
        double total = (stamps[count - 1] - stamps[0]) / 1e9;
        Arrays.sort(frames);
        double[] sortedPaints = Arrays.copyOf(paints, count);
        Arrays.sort(sortedPaints);
        System.out.printf("frames %d in %.1f s: mean %.1f fps; frame time p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                count - 1, total, (count - 1) / total, pct(frames, 50), pct(frames, 95), frames[frames.length - 1]);
        System.out.printf("map paint (recording the drawing) p50 %.1f ms, p95 %.1f ms%n", pct(sortedPaints, 50),
                pct(sortedPaints, 95));
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Launcher for the classpath (a main class that extends Application fails from a plain jar). */
    public static final class Main {
        public static void main(String[] args) {
            MapFrameBench.main(args);
        }
    }
}
