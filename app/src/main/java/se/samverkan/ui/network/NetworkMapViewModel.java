package se.samverkan.ui.network;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.NetworkNode;
import se.samverkan.domain.PartyRef;
import se.samverkan.io.PngFile;
import se.samverkan.service.Messages;
import se.samverkan.service.network.NetworkMapData;
import se.samverkan.service.network.NetworkMapService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/**
 * The network map's state: the loaded and laid-out network, the filter, the frame to draw, the selected and hovered
 * node, the highlighted introduction path. Loading and layout run in the background with progress; cancelling stops
 * the layout where it is and shows that. Projection (filter → frame) is cheap and runs on the FX thread.
 */
public final class NetworkMapViewModel {

    private final Supplier<NetworkMapData> loader;
    private final NetworkMapService service;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private final Messages messages;
    private final Supplier<LocalDate> today;

    private final ObjectProperty<MapModel> model = new SimpleObjectProperty<>();
    private final ObjectProperty<MapFrame> frame = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty changeText = new SimpleStringProperty("");
    private final AtomicBoolean cancelLayout = new AtomicBoolean();

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final BooleanProperty compare = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> compareFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<ActorFilter> group = new SimpleObjectProperty<>();
    private final StringProperty county = new SimpleStringProperty();
    private final StringProperty municipality = new SimpleStringProperty();
    private final ObjectProperty<Long> branch = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> forum = new SimpleObjectProperty<>();
    private final IntegerProperty minStrength = new SimpleIntegerProperty(1);
    private final ObjectProperty<LocalDate> inTouchSince = new SimpleObjectProperty<>();
    private final IntegerProperty egoDepth = new SimpleIntegerProperty(0);
    private final BooleanProperty sizeByBetweenness = new SimpleBooleanProperty();

    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final IntegerProperty hovered = new SimpleIntegerProperty(-1);
    private final ObservableList<Integer> path = FXCollections.observableArrayList();
    private final ObjectProperty<Long> me = new SimpleObjectProperty<>();

    public NetworkMapViewModel(NetworkMapService service, BackgroundTasks tasks, ErrorMessages errors, Messages messages,
                               Supplier<LocalDate> today) {
        this(service::load, service, tasks, errors, messages, today);
    }

    /** With another source of the network (the frame-time harness draws a generated one). */
    NetworkMapViewModel(Supplier<NetworkMapData> loader, NetworkMapService service, BackgroundTasks tasks,
                        ErrorMessages errors, Messages messages, Supplier<LocalDate> today) {
        this.service = service;
        this.loader = loader;
        this.tasks = tasks;
        this.errors = errors;
        this.messages = messages;
        this.today = today;
        date.set(today.get());
        compareFrom.set(today.get().minusYears(1));
        ChangeListener<Object> reproject = (obs, was, now) -> project();
        List.of(date, compare, compareFrom, group, county, municipality, branch, forum, minStrength, inTouchSince, egoDepth)
                .forEach(p -> p.addListener(reproject));
        selected.addListener((obs, was, now) -> {
            if (egoDepth.get() > 0) {
                project();
            }
        });
    }

    /** Loads the network and lays it out in the background; the map shows when the layout is done (or cancelled). */
    public void load() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        cancelLayout.set(false);
        error.set("");
        LocalDate now = today.get();
        tasks.runWithProgress(p -> {
            p.update(0.02, null);
            MapModel loaded = new MapModel(loader.get(), now);
            p.update(0.15, null);
            double[][] positions = loaded.layout(f -> p.update(0.15 + 0.85 * f, null), cancelLayout::get);
            loaded.apply(positions);
            return loaded;
        }).onSuccess(loaded -> {
            selected.set(-1);
            hovered.set(-1);
            path.clear();
            me.set(loaded.data.me());
            model.set(loaded);
            project();
        }).onError(e -> error.set(errors.describe(e)))
                .andFinally(() -> busy.set(false))
                .start()
                .progressProperty().addListener((obs, was, now2) -> progress.set(now2.doubleValue()));
    }

    /** Lays the shown network out again around the pinned nodes. */
    public void relayout() {
        MapModel current = model.get();
        if (current == null || busy.get()) {
            return;
        }
        busy.set(true);
        cancelLayout.set(false);
        tasks.runWithProgress(p -> current.layout(f -> p.update(f, null), cancelLayout::get))
                .onSuccess(positions -> {
                    current.apply(positions);
                    frame.set(null);
                    project();
                }).onError(e -> error.set(errors.describe(e)))
                .andFinally(() -> busy.set(false))
                .start()
                .progressProperty().addListener((obs, was, now) -> progress.set(now.doubleValue()));
    }

    /** Stops the running layout; the map shows the positions reached so far. */
    public void cancel() {
        cancelLayout.set(true);
    }

    MapFilter filter() {
        PartyRef center = null;
        MapModel m = model.get();
        if (m != null && selected.get() >= 0) {
            center = m.nodes[selected.get()].ref();
        }
        return new MapFilter(date.get(), compare.get() ? compareFrom.get() : null, group.get(), county.get(),
                municipality.get(), branch.get(), forum.get(), minStrength.get(), inTouchSince.get(), center,
                egoDepth.get());
    }

    void project() {
        MapModel m = model.get();
        if (m == null || date.get() == null) {
            return;
        }
        MapFrame f = MapProjection.project(m, filter());
        frame.set(f);
        changeText.set(compare.get() ? messages.get("ui.map.compare.counts", f.added, f.cooled) : "");
    }

    /** The first node whose name contains the text (names that start with it first), or -1. */
    int find(String text) {
        MapModel m = model.get();
        MapFrame f = frame.get();
        if (m == null || f == null || text == null || text.isBlank()) {
            return -1;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        int contains = -1;
        for (int i = 0; i < m.size(); i++) {
            String label = m.nodes[i].label().toLowerCase(Locale.ROOT);
            if (!f.visible[i]) {
                continue;
            }
            if (label.startsWith(needle)) {
                return i;
            }
            if (contains < 0 && label.contains(needle)) {
                contains = i;
            }
        }
        return contains;
    }

    /** Selects a node (the view opens its record in the detail pane); returns its party. */
    PartyRef open(int node) {
        selected.set(node);
        return node < 0 ? null : model.get().nodes[node].ref();
    }

    /** A dragged node stays where it was dropped: pinned here and remembered. */
    void dropped(int node) {
        MapModel m = model.get();
        m.pinned[node] = true;
        PartyRef ref = m.nodes[node].ref();
        double x = m.x[node];
        double y = m.y[node];
        write(() -> service.pin(ref, x, y));
    }

    /** "Lossa": the node is no longer pinned; the next layout places it. */
    void unpin(int node) {
        MapModel m = model.get();
        m.pinned[node] = false;
        PartyRef ref = m.nodes[node].ref();
        write(() -> service.unpin(ref));
    }

    /** Marks the selected person as "Jag". */
    void setMe(int node) {
        MapModel m = model.get();
        if (node < 0 || !m.nodes[node].ref().isPerson()) {
            return;
        }
        long id = m.nodes[node].ref().id();
        me.set(id);
        write(() -> service.setMe(id));
    }

    /** A small write in the background; a failure shows under the map. */
    private void write(Runnable work) {
        tasks.run(() -> {
            work.run();
            return null;
        }).onError(e -> error.set(errors.describe(e))).start();
    }

    /** The introduction chain from one node to another through the network on the shown date; empty if none. */
    List<Integer> introduce(int from, int to) {
        MapModel m = model.get();
        List<Integer> chain = new ArrayList<>();
        if (m != null && from >= 0 && to >= 0 && from != to) {
            m.graph.asOf(date.get()).introductionPath(m.nodes[from].ref(), m.nodes[to].ref())
                    .ifPresent(refs -> refs.forEach(r -> chain.add(m.indexOf(r))));
        }
        path.setAll(chain);
        return chain;
    }

    /** The hover card: name, type, organisation, relationships shown, last contact. */
    String summary(int node) {
        MapModel m = model.get();
        NetworkNode n = m.nodes[node];
        String type = n.actorType() == null ? "" : m.data.actorTypeNames().getOrDefault(n.actorType(), n.actorType());
        String kind = messages.get(n.ref().isPerson() ? "ui.map.summary.person" : "ui.map.summary.organisation");
        StringBuilder text = new StringBuilder(n.label()).append('\n')
                .append(type.isEmpty() ? kind : kind + " · " + type);
        if (n.publicActor()) {
            text.append(" · ").append(messages.get("ui.map.summary.public"));
        }
        if (n.organisationId() != null) {
            int org = m.indexOf(PartyRef.organisation(n.organisationId()));
            if (org >= 0) {
                text.append('\n').append(messages.get("ui.map.summary.worksAt", m.nodes[org].label()));
            }
        }
        MapFrame f = frame.get();
        text.append('\n').append(messages.get("ui.map.summary.relationships", f == null ? 0 : f.degree[node]));
        LocalDate last = m.lastContact(node);
        text.append('\n').append(last == null ? messages.get("ui.map.summary.noContact")
                : messages.get("ui.map.summary.lastContact", last.toString()));
        return text.toString();
    }

    /** Writes a snapshot (ARGB pixels) as a PNG file in the background. */
    void export(Path file, int width, int height, int[] argb, Consumer<Path> done) {
        tasks.run(() -> {
            PngFile.write(file, width, height, argb);
            return file;
        }).onSuccess(done).onError(e -> error.set(errors.describe(e))).start();
    }

    ObjectProperty<MapModel> modelProperty() {
        return model;
    }

    ObjectProperty<MapFrame> frameProperty() {
        return frame;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty changeTextProperty() {
        return changeText;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public BooleanProperty compareProperty() {
        return compare;
    }

    public ObjectProperty<LocalDate> compareFromProperty() {
        return compareFrom;
    }

    ObjectProperty<ActorFilter> groupProperty() {
        return group;
    }

    public StringProperty countyProperty() {
        return county;
    }

    public StringProperty municipalityProperty() {
        return municipality;
    }

    public ObjectProperty<Long> branchProperty() {
        return branch;
    }

    public ObjectProperty<Long> forumProperty() {
        return forum;
    }

    public IntegerProperty minStrengthProperty() {
        return minStrength;
    }

    public ObjectProperty<LocalDate> inTouchSinceProperty() {
        return inTouchSince;
    }

    public IntegerProperty egoDepthProperty() {
        return egoDepth;
    }

    public BooleanProperty sizeByBetweennessProperty() {
        return sizeByBetweenness;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public IntegerProperty hoveredProperty() {
        return hovered;
    }

    public ObservableList<Integer> path() {
        return path;
    }

    public ObjectProperty<Long> meProperty() {
        return me;
    }

    Messages messages() {
        return messages;
    }

    LocalDate today() {
        return today.get();
    }
}
