package dev.coexist.handler.vmi;

import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.handler.launcher.LauncherClient;
import dev.coexist.handler.launcher.LauncherConnector;
import dev.coexist.handler.launcher.LauncherException;
import dev.coexist.handler.launcher.LauncherSockets;
import dev.coexist.handler.launcher.LauncherUnavailableException;
import io.fabric8.kubernetes.api.model.Pod;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One sync of one VMI, as named steps: find the launcher pod and its socket, ask the launcher for
 * the domain, start it ({@code SYNC}) only when it never ran, stop it when the VMI or pod is being
 * deleted ({@code SHUTDOWN}, then {@code KILL} after the grace period), then write the status
 * computed by {@link VmiStatusBuilder}. A running domain is never re-synced, so a restarted handler
 * re-adopts its launchers without touching the guests.
 */
public final class VmiSyncer {
  private static final Logger LOG = LoggerFactory.getLogger(VmiSyncer.class);
  private static final long DEFAULT_GRACE_SECONDS = 30;

  private final SyncSettings settings;
  private final ClusterView view;
  private final LauncherConnector connector;
  private final VmiStatusWriter writer;
  private final LauncherWatches watches;
  private final StatsSink stats;
  private final Clock clock;
  private final Map<VmiKey, Instant> shutdownSent = new ConcurrentHashMap<>();

  /** A syncer with these collaborators. */
  public VmiSyncer(
      SyncSettings settings,
      ClusterView view,
      LauncherConnector connector,
      VmiStatusWriter writer,
      LauncherWatches watches,
      StatsSink stats,
      Clock clock) {
    this.settings = settings;
    this.view = view;
    this.connector = connector;
    this.writer = writer;
    this.watches = watches;
    this.stats = stats;
    this.clock = clock;
  }

  /** Syncs the VMI with this key. */
  public SyncResult sync(VmiKey key) {
    MDC.put("vmi", key.toString());
    try {
      Optional<VirtualMachineInstance> found = view.vmi(key);
      if (found.isEmpty()) {
        return stopOrphan(key);
      }
      VirtualMachineInstance vmi = found.get();
      if (PhaseMapping.isFinal(phaseOf(vmi))) {
        forget(key);
        return SyncResult.done();
      }
      Optional<Pod> pod = view.launcherPod(key.namespace(), vmi.getMetadata().getUid());
      if (pod.isEmpty()) {
        LOG.debug("no launcher pod on this node yet");
        return SyncResult.done();
      }
      return syncWithPod(key, vmi, pod.get());
    } finally {
      MDC.remove("vmi");
    }
  }

  private SyncResult syncWithPod(VmiKey key, VirtualMachineInstance vmi, Pod pod) {
    boolean stop =
        vmi.getMetadata().getDeletionTimestamp() != null
            || pod.getMetadata().getDeletionTimestamp() != null;
    LauncherSockets sockets;
    try {
      sockets = LauncherSockets.of(settings.podsDir(), pod.getMetadata().getUid());
    } catch (IllegalArgumentException e) {
      LOG.error("VMI {}: cannot reach the launcher: {}", key, e.getMessage());
      return SyncResult.done();
    }
    boolean podTerminated = isTerminated(pod);
    if (!Files.exists(sockets.command())) {
      if (podTerminated) {
        return finishGone(key, vmi, pod, stop);
      }
      boolean watched = watches.awaitSocket(key, sockets.command());
      LOG.debug(
          "{}: waiting for the launcher socket {} (watched: {})", key, sockets.command(), watched);
      return SyncResult.after(
          watched ? settings.launcherSocketSafetyPoll() : settings.launcherStartPoll());
    }
    LauncherClient client = connector.connect(sockets.command());
    Observation obs;
    try {
      obs = observe(key, vmi, client, sockets, stop);
    } catch (LauncherUnavailableException e) {
      if (podTerminated) {
        return finishGone(key, vmi, pod, stop);
      }
      LOG.warn("VMI {}: launcher unavailable, retrying: {}", key, e.getMessage());
      return SyncResult.retry();
    } catch (LauncherException e) {
      LOG.warn("VMI {}: launcher refused a command, retrying: {}", key, e.getMessage());
      return SyncResult.retry();
    }
    writeStatus(vmi, pod, obs);
    return after(key, vmi, client, sockets, obs);
  }

  private Observation observe(
      VmiKey key,
      VirtualMachineInstance vmi,
      LauncherClient client,
      LauncherSockets sockets,
      boolean stop)
      throws LauncherException, LauncherUnavailableException {
    DomainStatus domain = client.getDomain();
    if (stop) {
      if (domain.active()) {
        domain = stopDomain(key, vmi, client);
      }
      return Observation.of(domain, true);
    }
    if (PhaseMapping.needsSync(phaseOf(vmi), domain, false)) {
      watches.ensure(key, sockets.command(), client);
      try {
        LOG.info(
            "VMI {}: starting the domain ({})",
            key,
            settings.virtualization().emulation() ? "software emulation" : "KVM");
        domain = client.sync(vmi, settings.virtualization().emulation());
        LOG.info("VMI {}: domain {} ({})", key, domain.state(), domain.reason());
      } catch (LauncherException e) {
        LOG.warn("VMI {}: sync failed: {}", key, e.getMessage());
        return Observation.of(e.domain(), false).withSyncFailure(e.reason(), e.detail());
      }
    }
    return Observation.of(domain, false);
  }

  private DomainStatus stopDomain(VmiKey key, VirtualMachineInstance vmi, LauncherClient client)
      throws LauncherException, LauncherUnavailableException {
    long grace = graceSeconds(vmi);
    Instant sent = shutdownSent.get(key);
    Instant now = clock.instant();
    if (sent == null) {
      LOG.info("VMI {}: stopping the domain: ACPI shutdown, grace period {}s", key, grace);
      shutdownSent.put(key, now);
      return client.shutdown(grace);
    }
    if (now.isAfter(killDeadline(sent, grace))) {
      LOG.info("VMI {}: grace period of {}s is over: killing the domain", key, grace);
      return client.kill();
    }
    return client.getDomain();
  }

  private SyncResult after(
      VmiKey key,
      VirtualMachineInstance vmi,
      LauncherClient client,
      LauncherSockets sockets,
      Observation obs) {
    boolean active = obs.domain().map(DomainStatus::active).orElse(false);
    if (obs.syncFailure().isPresent()) {
      return obs.syncFailure().get().reason() == ErrorReason.INVALID_SPEC
          ? SyncResult.done()
          : SyncResult.retry();
    }
    if (!active) {
      stats.remove(key);
      return SyncResult.done();
    }
    watches.ensure(key, sockets.command(), client);
    collectStats(key, client);
    if (obs.stopRequested()) {
      Instant sent = shutdownSent.getOrDefault(key, clock.instant());
      Duration left = Duration.between(clock.instant(), killDeadline(sent, graceSeconds(vmi)));
      Duration step = Duration.ofSeconds(5);
      return SyncResult.after(left.isNegative() ? Duration.ofSeconds(1) : min(left, step));
    }
    return SyncResult.after(settings.runningResync());
  }

  private void collectStats(VmiKey key, LauncherClient client) {
    try {
      client.getStats().ifPresentOrElse(s -> stats.put(key, s), () -> stats.remove(key));
    } catch (LauncherException | LauncherUnavailableException e) {
      LOG.warn("VMI {}: no stats from the launcher: {}", key, e.getMessage());
      stats.remove(key);
    }
  }

  /**
   * No VMI of this key in the cache, but maybe a launcher pod on this node: the VMI was deleted
   * without finalizer (stop the domain its pod may still run), or it is not labelled for this node
   * yet (the launcher pod is scheduled before the operator labels the VMI). Only a running domain
   * needs the API server's word that the VMI is gone, so a starting VMI costs no API reads: its
   * launcher is asked first, and the VMI's label or the pod's next change syncs it again.
   */
  private SyncResult stopOrphan(VmiKey key) {
    Optional<Pod> pod = view.launcherPodOfVmiName(key.namespace(), key.name());
    if (pod.isEmpty() || isTerminated(pod.get())) {
      forget(key);
      return SyncResult.done();
    }
    try {
      LauncherSockets sockets =
          LauncherSockets.of(settings.podsDir(), pod.get().getMetadata().getUid());
      if (!Files.exists(sockets.command())) {
        forget(key);
        return SyncResult.done();
      }
      LauncherClient client = connector.connect(sockets.command());
      DomainStatus domain = client.getDomain();
      if (!domain.active()) {
        forget(key);
        return SyncResult.done();
      }
      if (!view.vmiGoneFromApi(key)) {
        LOG.debug("VMI missing from the cache but not from the API; waiting for the informer");
        return SyncResult.after(settings.launcherStartPoll());
      }
      stopOrphanDomain(key, client);
      return SyncResult.after(Duration.ofSeconds(5));
    } catch (IllegalArgumentException | LauncherException | LauncherUnavailableException e) {
      LOG.warn(
          "VMI {}: not in this node's cache; asking or stopping its launcher failed, retrying: {}",
          key,
          e.getMessage());
      return SyncResult.retry();
    }
  }

  private void stopOrphanDomain(VmiKey key, LauncherClient client)
      throws LauncherException, LauncherUnavailableException {
    Instant sent = shutdownSent.get(key);
    if (sent == null) {
      LOG.info(
          "VMI {}: VMI deleted: stopping its domain (ACPI, grace {}s)", key, DEFAULT_GRACE_SECONDS);
      shutdownSent.put(key, clock.instant());
      client.shutdown(DEFAULT_GRACE_SECONDS);
    } else if (clock.instant().isAfter(killDeadline(sent, DEFAULT_GRACE_SECONDS))) {
      LOG.info("VMI {}: VMI deleted and grace period over: killing its domain", key);
      client.kill();
    }
  }

  private SyncResult finishGone(VmiKey key, VirtualMachineInstance vmi, Pod pod, boolean stop) {
    Observation gone = goneObservation(key, pod, stop);
    writeStatus(vmi, pod, gone);
    forget(key);
    return SyncResult.done();
  }

  /**
   * What is known of a launcher that is gone: the last event it streamed, if that showed a stopped
   * domain; else its exit (the launcher exits 0 after a clean stop, non-zero after a crash).
   */
  private Observation goneObservation(VmiKey key, Pod pod, boolean stop) {
    Optional<DomainStatus> last = watches.lastSeen(key).filter(d -> !d.active());
    if (last.isPresent()) {
      return Observation.of(last.get(), stop);
    }
    if ("Succeeded".equals(pod.getStatus().getPhase())
        || computeExit(pod).filter(code -> code == 0).isPresent()) {
      return Observation.of(new DomainStatus(null, DomainState.SHUT_OFF, "shutdown"), stop);
    }
    return new Observation(Optional.empty(), true, stop, Optional.empty());
  }

  private void writeStatus(VirtualMachineInstance vmi, Pod pod, Observation obs) {
    VmiKey key = VmiKey.of(vmi);
    Instant now = clock.instant();
    boolean written =
        writer.write(
            vmi,
            current ->
                VmiStatusBuilder.build(
                    current,
                    new StatusInputs(
                        settings.nodeName(),
                        Optional.of(pod),
                        obs,
                        settings.virtualization(),
                        now)));
    if (written) {
      LOG.info(
          "VMI {}: status written ({})",
          key,
          obs.domain().map(d -> d.state() + "/" + d.reason()).orElse("launcher gone"));
    }
  }

  private void forget(VmiKey key) {
    watches.stop(key);
    stats.remove(key);
    shutdownSent.remove(key);
  }

  private Instant killDeadline(Instant sent, long graceSeconds) {
    return sent.plusSeconds(graceSeconds).plus(settings.killMargin());
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) < 0 ? a : b;
  }

  private static long graceSeconds(VirtualMachineInstance vmi) {
    return Optional.ofNullable(vmi.getSpec())
        .map(s -> s.getTerminationGracePeriodSeconds())
        .orElse(DEFAULT_GRACE_SECONDS);
  }

  /**
   * Whether the launcher is gone: the pod ended, or its {@code compute} container did (the pod's
   * containerDisk containers keep it Running until it is deleted).
   */
  private static boolean isTerminated(Pod pod) {
    String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
    return "Succeeded".equals(phase) || "Failed".equals(phase) || computeExit(pod).isPresent();
  }

  /** The exit code of the pod's {@code compute} container, once it terminated. */
  private static Optional<Integer> computeExit(Pod pod) {
    return Optional.ofNullable(pod.getStatus())
        .map(s -> s.getContainerStatuses())
        .orElse(List.of())
        .stream()
        .filter(c -> KubevirtNames.LAUNCHER_COMPUTE_CONTAINER.equals(c.getName()))
        .map(c -> c.getState() == null ? null : c.getState().getTerminated())
        .filter(Objects::nonNull)
        .map(t -> Optional.ofNullable(t.getExitCode()).orElse(-1))
        .findFirst();
  }

  static VirtualMachineInstancePhase phaseOf(VirtualMachineInstance vmi) {
    return Optional.ofNullable(vmi.getStatus())
        .map(s -> s.getPhase())
        .orElse(VirtualMachineInstancePhase.UNSET);
  }
}
