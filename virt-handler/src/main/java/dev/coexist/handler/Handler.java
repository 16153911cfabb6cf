package dev.coexist.handler;

import dev.coexist.handler.launcher.InotifySocketArrivals;
import dev.coexist.handler.launcher.LauncherConnector;
import dev.coexist.handler.launcher.LauncherSockets;
import dev.coexist.handler.metrics.HandlerMetrics;
import dev.coexist.handler.node.KvmDecision;
import dev.coexist.handler.node.KvmProbe;
import dev.coexist.handler.node.NodeLabeler;
import dev.coexist.handler.node.Virtualization;
import dev.coexist.handler.probes.HealthServer;
import dev.coexist.handler.vmi.ApiVmiStatusWriter;
import dev.coexist.handler.vmi.ClusterView;
import dev.coexist.handler.vmi.KeyedWorkQueue;
import dev.coexist.handler.vmi.LauncherWatches;
import dev.coexist.handler.vmi.SyncResult;
import dev.coexist.handler.vmi.SyncSettings;
import dev.coexist.handler.vmi.VmiController;
import dev.coexist.handler.vmi.VmiKey;
import dev.coexist.handler.vmi.VmiSyncer;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running node agent: decides KVM vs emulation once and labels the node, then syncs this node's
 * VMIs with their launchers. Closing it stops the informers, the workers and the HTTP server and
 * leaves every launcher and guest running.
 */
public final class Handler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Handler.class);

  /**
   * How often a VMI whose launcher is starting looks for its command socket while the socket's
   * directory does not exist yet (the kubelet is setting up the pod's volumes): a stat() per VMI.
   * Once the directory exists, its inotify watch wakes the sync when the socket appears.
   */
  private static final Duration LAUNCHER_START_POLL = Duration.ofMillis(250);

  /** How often the handler looks for a watched socket anyway, in case a notification is lost. */
  private static final Duration LAUNCHER_SOCKET_SAFETY_POLL = Duration.ofSeconds(2);

  private final HandlerConfig config;
  private final ScheduledExecutorService timer;
  private final Virtualization virtualization;
  private final HandlerMetrics metrics;
  private final KeyedWorkQueue<VmiKey> queue;
  private final LauncherWatches watches;
  private final VmiController controller;
  private final HealthServer health;
  private final AtomicBoolean ready = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Decides and labels the node, starts the health server, the informers and the workers.
   *
   * @param connector makes launcher clients for command sockets
   */
  public Handler(
      HandlerConfig config,
      KubernetesClient client,
      KvmProbe probe,
      LauncherConnector connector,
      ScheduledExecutorService timer)
      throws IOException {
    this.config = config;
    this.timer = timer;
    LauncherSockets.of(config.podsDir(), "00000000-0000-0000-0000-000000000000");
    virtualization = KvmDecision.decide(probe.probe());
    LOG.info(
        "node {}: {} ({})", config.nodeName(), virtualization.message(), virtualization.reason());
    new NodeLabeler(client).label(config.nodeName(), virtualization);
    VmiController[] ctl = new VmiController[1];
    KeyedWorkQueue<VmiKey>[] q = newQueueHolder();
    watches =
        new LauncherWatches(
            (key, delay) -> q[0].addAfter(key, delay), InotifySocketArrivals.start());
    ctl[0] = new VmiController(client, config.nodeName(), key -> q[0].add(key));
    controller = ctl[0];
    metrics =
        new HandlerMetrics(
            config.nodeName(), virtualization, () -> controller.view().vmis(), () -> q[0].depth());
    VmiSyncer syncer =
        new VmiSyncer(
            new SyncSettings(
                config.nodeName(),
                config.podsDir(),
                virtualization,
                LAUNCHER_START_POLL,
                LAUNCHER_SOCKET_SAFETY_POLL,
                config.runningResync(),
                Duration.ofSeconds(5)),
            controller.view(),
            connector,
            new ApiVmiStatusWriter(client),
            watches,
            metrics,
            Clock.systemUTC());
    queue =
        new KeyedWorkQueue<>(
            "vmi-sync",
            config.workers(),
            key -> timed(syncer, key),
            timer,
            Duration.ofMillis(500),
            Duration.ofSeconds(60));
    q[0] = queue;
    health = new HealthServer(config.port(), metrics.registry(), this::isLive, ready::get);
    controller.start();
    queue.start();
    ready.set(true);
    LOG.info("ready; health, readiness and metrics on port {}", health.port());
  }

  @SuppressWarnings("unchecked")
  private static KeyedWorkQueue<VmiKey>[] newQueueHolder() {
    return (KeyedWorkQueue<VmiKey>[]) new KeyedWorkQueue<?>[1];
  }

  private SyncResult timed(VmiSyncer syncer, VmiKey key) {
    long start = System.nanoTime();
    SyncResult r = syncer.sync(key);
    metrics.sync(r, (System.nanoTime() - start) / 1e9);
    return r;
  }

  private boolean isLive() {
    return !closed.get() && controller.isWatching();
  }

  /** The node's decision. */
  public Virtualization virtualization() {
    return virtualization;
  }

  /** The port of the health/metrics server. */
  public int port() {
    return health.port();
  }

  /** Whether the handler has listed its VMIs and pods. */
  public boolean isReady() {
    return ready.get() && controller.hasSynced();
  }

  /** The registry {@code /metrics} serves. */
  public PrometheusRegistry metricsRegistry() {
    return metrics.registry();
  }

  /** This node's VMIs and launcher pods (the informer caches). */
  public ClusterView view() {
    return controller.view();
  }

  /** The configuration. */
  public HandlerConfig config() {
    return config;
  }

  /** For a shutdown log line. */
  Optional<String> describe() {
    return Optional.of("node " + config.nodeName() + ", " + watches.size() + " launcher watches");
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    ready.set(false);
    LOG.info("stopping ({}); launchers and guests keep running", describe().orElse(""));
    controller.close();
    queue.close();
    watches.close();
    health.close();
    LOG.info("stopped");
  }

  /** A single-threaded timer for backoffs and launcher command timeouts. */
  public static ScheduledExecutorService newTimer() {
    return Executors.newSingleThreadScheduledExecutor(
        r -> {
          Thread t = new Thread(r, "handler-timer");
          t.setDaemon(true);
          return t;
        });
  }
}
