package dev.coexist.handler.vmi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.launcher.DomainStats;
import dev.coexist.handler.ShortTempDir;
import dev.coexist.handler.launcher.FakeLauncher;
import dev.coexist.handler.launcher.FakeLauncherClient;
import dev.coexist.handler.launcher.FakeSocketArrivals;
import dev.coexist.handler.launcher.LauncherSockets;
import dev.coexist.handler.node.Virtualization;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sync steps against the fake launcher, an in-memory cluster and a settable clock. */
class VmiSyncerTest {
  private static final String NODE = "node1";
  private static final String POD_UID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private final ShortTempDir tmp = new ShortTempDir();
  private final Path podsDir = tmp.path();
  private final Map<VmiKey, VirtualMachineInstance> vmis = new ConcurrentHashMap<>();
  private final Map<String, Pod> pods = new ConcurrentHashMap<>();
  private final FakeLauncher launcher = new FakeLauncher();
  private final List<VirtualMachineInstance> writes = new ArrayList<>();
  private final Map<VmiKey, DomainStats> stats = new ConcurrentHashMap<>();
  private final List<VmiKey> enqueued = new ArrayList<>();
  private final FakeSocketArrivals arrivals = new FakeSocketArrivals();
  private final AtomicInteger apiReads = new AtomicInteger();
  private Instant now = Instant.parse("2026-11-27T01:00:00Z");
  private VmiSyncer syncer;
  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return now;
        }

        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }
      };

  @AfterEach
  void cleanUp() {
    tmp.close();
  }

  @BeforeEach
  void setUp() {
    Virtualization tcg = new Virtualization(true, "KvmPvm", "kvm_pvm: TCG");
    ClusterView view =
        new ClusterView() {
          @Override
          public Optional<VirtualMachineInstance> vmi(VmiKey key) {
            return Optional.ofNullable(vmis.get(key));
          }

          @Override
          public Optional<Pod> launcherPod(String namespace, String vmiUid) {
            return pods.values().stream()
                .filter(
                    p ->
                        vmiUid.equals(
                            p.getMetadata().getLabels().get(KubevirtNames.LABEL_CREATED_BY)))
                .findFirst();
          }

          @Override
          public Optional<Pod> launcherPodOfVmiName(String namespace, String vmiName) {
            return pods.values().stream()
                .filter(
                    p ->
                        vmiName.equals(p.getMetadata().getLabels().get(KubevirtNames.LABEL_DOMAIN)))
                .findFirst();
          }

          @Override
          public boolean vmiGoneFromApi(VmiKey key) {
            apiReads.incrementAndGet();
            return !vmis.containsKey(key);
          }

          @Override
          public Collection<VirtualMachineInstance> vmis() {
            return vmis.values();
          }
        };
    VmiStatusWriter writer =
        (cached, desired) -> {
          VirtualMachineInstance copy = JSON.clone(vmis.get(VmiKey.of(cached)));
          var status = desired.apply(copy);
          if (status.equals(copy.getStatus())) {
            return false;
          }
          copy.setStatus(status);
          vmis.put(VmiKey.of(copy), copy);
          writes.add(copy);
          return true;
        };
    StatsSink sink =
        new StatsSink() {
          @Override
          public void put(VmiKey key, DomainStats s) {
            stats.put(key, s);
          }

          @Override
          public void remove(VmiKey key) {
            stats.remove(key);
          }
        };
    syncer =
        new VmiSyncer(
            new SyncSettings(
                NODE,
                podsDir,
                tcg,
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(30),
                Duration.ofSeconds(5)),
            view,
            socket -> new FakeLauncherClient(launcher),
            writer,
            new LauncherWatches((k, d) -> enqueued.add(k), arrivals),
            sink,
            clock);
  }

  private VmiKey schedule(VirtualMachineInstance vmi, boolean socketExists) throws Exception {
    VmiKey key = VmiKey.of(vmi);
    vmis.put(key, vmi);
    pods.put(POD_UID, TestVmis.launcherPod(vmi, POD_UID, "10.88.0.5"));
    if (socketExists) {
      Path cmd = LauncherSockets.of(podsDir, POD_UID).command();
      Files.createDirectories(cmd.getParent());
      Files.createFile(cmd);
    }
    return key;
  }

  private static VirtualMachineInstance scheduledVmi() {
    return TestVmis.vmi("ns", "vm")
        .phase(VirtualMachineInstancePhase.SCHEDULED, NODE)
        .podInterface("default", null)
        .grace(10)
        .build();
  }

  @Test
  void aScheduledVmiIsSyncedWithEmulationAndReportedRunning() throws Exception {
    VmiKey key = schedule(scheduledVmi(), true);
    SyncResult r = syncer.sync(key);
    assertThat(launcher.syncs()).isEqualTo(1);
    assertThat(launcher.lastEmulation()).isTrue();
    VirtualMachineInstance vmi = vmis.get(key);
    assertThat(vmi.getStatus().getPhase()).isEqualTo(VirtualMachineInstancePhase.RUNNING);
    assertThat(vmi.getStatus().getInterfaces().get(0).getIpAddress()).isEqualTo("10.88.0.5");
    assertThat(stats).containsKey(key);
    assertThat(r.requeueAfter()).contains(Duration.ofSeconds(30));
    syncer.sync(key);
    assertThat(launcher.syncs()).as("a running domain is never re-synced").isEqualTo(1);
    assertThat(writes).as("an unchanged status is not written again").hasSize(1);
  }

  @Test
  void aMissingSocketDirIsPolledFor() throws Exception {
    VmiKey key = schedule(scheduledVmi(), false);
    assertThat(syncer.sync(key).requeueAfter()).contains(Duration.ofSeconds(1));
    assertThat(launcher.commands()).isEmpty();
    assertThat(writes).isEmpty();
    assertThat(arrivals.pending()).isZero();
  }

  @Test
  void aMissingSocketInAnExistingDirWakesTheSyncWhenItAppears() throws Exception {
    VmiKey key = schedule(scheduledVmi(), false);
    Path cmd = LauncherSockets.of(podsDir, POD_UID).command();
    Files.createDirectories(cmd.getParent());
    assertThat(syncer.sync(key).requeueAfter())
        .as("only a safety poll while the dir is watched")
        .contains(Duration.ofSeconds(2));
    assertThat(arrivals.pending()).isEqualTo(1);
    assertThat(enqueued).isEmpty();
    Files.createFile(cmd);
    arrivals.created(cmd);
    assertThat(enqueued).containsExactly(key);
    syncer.sync(key);
    assertThat(launcher.syncs()).isEqualTo(1);
  }

  @Test
  void aVmiThatGoesAwayStopsWaitingForItsSocket() throws Exception {
    VmiKey key = schedule(scheduledVmi(), false);
    Files.createDirectories(LauncherSockets.of(podsDir, POD_UID).dir());
    syncer.sync(key);
    assertThat(arrivals.pending()).isEqualTo(1);
    vmis.remove(key);
    pods.clear();
    syncer.sync(key);
    assertThat(arrivals.pending()).isZero();
  }

  @Test
  void aRestartedHandlerAdoptsARunningDomainWithoutSync() throws Exception {
    VmiKey key = schedule(scheduledVmi(), true);
    syncer.sync(key);
    int before = launcher.commands().size();
    setUp(); // a new handler: fresh syncer, same cluster and launcher
    syncer.sync(key);
    List<String> after = launcher.commands().subList(before, launcher.commands().size());
    assertThat(after).startsWith("GET_DOMAIN").doesNotContain("SYNC", "SHUTDOWN", "KILL", "RESET");
    assertThat(launcher.syncs()).isEqualTo(1);
  }

  @Test
  void crashAndPowerOffEndTheVmi() throws Exception {
    VmiKey key = schedule(scheduledVmi(), true);
    syncer.sync(key);
    launcher.crash();
    syncer.sync(key);
    assertThat(vmis.get(key).getStatus().getPhase()).isEqualTo(VirtualMachineInstancePhase.FAILED);
    assertThat(vmis.get(key).getStatus().getReason()).isEqualTo("GuestCrashed");
    assertThat(stats).doesNotContainKey(key);
  }

  @Test
  void deletionShutsDownThenKillsAfterTheGracePeriod() throws Exception {
    VmiKey key = schedule(scheduledVmi(), true);
    syncer.sync(key);
    VirtualMachineInstance deleting = JSON.clone(vmis.get(key));
    deleting.getMetadata().setDeletionTimestamp("2026-11-27T01:00:01Z");
    vmis.put(key, deleting);
    launcher.subscribe(e -> {});
    syncer.sync(key);
    assertThat(launcher.commands()).contains("SHUTDOWN");
    assertThat(launcher.lastGrace()).isEqualTo(10);
    assertThat(vmis.get(key).getStatus().getPhase())
        .isEqualTo(VirtualMachineInstancePhase.SUCCEEDED);
    assertThat(vmis.get(key).getStatus().getReason()).isEqualTo("Stopped");
  }

  @Test
  void aVmiDeletedWithoutFinalizerStillHasItsDomainStopped() throws Exception {
    VmiKey key = schedule(scheduledVmi(), true);
    syncer.sync(key);
    vmis.remove(key);
    SyncResult r = syncer.sync(key);
    assertThat(apiReads).as("a running domain needs the API's word").hasValue(1);
    assertThat(launcher.commands()).contains("SHUTDOWN");
    assertThat(r.requeueAfter()).isPresent();
    syncer.sync(key);
    assertThat(launcher.domain().active()).isFalse();
  }

  @Test
  void aLauncherPodWhoseVmiIsNotLabelledForThisNodeYetCostsNoApiRead() throws Exception {
    VirtualMachineInstance vmi = scheduledVmi();
    VmiKey key = schedule(vmi, false);
    vmis.remove(key);
    SyncResult noSocket = syncer.sync(key);
    Path cmd = LauncherSockets.of(podsDir, POD_UID).command();
    Files.createDirectories(cmd.getParent());
    Files.createFile(cmd);
    SyncResult launcherUp = syncer.sync(key);
    assertThat(apiReads).as("no GET of the VMI while no domain runs").hasValue(0);
    assertThat(noSocket.requeueAfter())
        .as("the VMI's label or the pod's change syncs it")
        .isEmpty();
    assertThat(launcherUp.requeueAfter()).isEmpty();
    assertThat(launcher.commands()).containsExactly("GET_DOMAIN");
    vmis.put(key, vmi);
    syncer.sync(key);
    assertThat(launcher.syncs()).as("labelled, it starts").isEqualTo(1);
  }

  @Test
  void aLauncherThatTerminatedFailsARunningVmi() throws Exception {
    VmiKey key = schedule(scheduledVmi(), true);
    syncer.sync(key);
    Files.delete(LauncherSockets.of(podsDir, POD_UID).command());
    pods.get(POD_UID).getStatus().setPhase("Failed");
    syncer.sync(key);
    assertThat(vmis.get(key).getStatus().getPhase()).isEqualTo(VirtualMachineInstancePhase.FAILED);
    assertThat(vmis.get(key).getStatus().getReason()).isEqualTo("LauncherTerminated");
  }

  @Test
  void aLauncherThatExitedAfterTheGuestPoweredOffSucceedsTheVmi() throws Exception {
    VmiKey key = schedule(scheduledVmi(), true);
    syncer.sync(key);
    launcher.guestPowerOff();
    Files.delete(LauncherSockets.of(podsDir, POD_UID).command());
    pods.get(POD_UID).getStatus().setPhase("Succeeded");
    syncer.sync(key);
    assertThat(vmis.get(key).getStatus().getPhase())
        .isEqualTo(VirtualMachineInstancePhase.SUCCEEDED);
    assertThat(vmis.get(key).getStatus().getReason()).isEqualTo("GuestShutdown");
  }

  @Test
  void aComputeContainerThatEndedIsTheLauncherGoneWhileContainerDisksKeepThePodRunning()
      throws Exception {
    VmiKey key = schedule(scheduledVmi(), true);
    syncer.sync(key);
    launcher.guestPowerOff();
    Files.delete(LauncherSockets.of(podsDir, POD_UID).command());
    pods.get(POD_UID).getStatus().setPhase("Running");
    pods.get(POD_UID)
        .getStatus()
        .setContainerStatuses(
            List.of(
                new ContainerStatusBuilder()
                    .withName("compute")
                    .withNewState()
                    .withNewTerminated()
                    .withExitCode(0)
                    .endTerminated()
                    .endState()
                    .build(),
                new ContainerStatusBuilder()
                    .withName("volumerootdisk")
                    .withNewState()
                    .withNewRunning()
                    .endRunning()
                    .endState()
                    .build()));
    syncer.sync(key);
    assertThat(vmis.get(key).getStatus().getPhase())
        .isEqualTo(VirtualMachineInstancePhase.SUCCEEDED);
  }

  @Test
  void anInvalidSpecFailsTheVmiWithoutRetry() throws Exception {
    VmiKey key = schedule(scheduledVmi(), true);
    launcher.rejectSpec("spec.domain.devices.disks[0].disk.bus: unknown bus ide");
    SyncResult r = syncer.sync(key);
    assertThat(r.failed()).isFalse();
    assertThat(vmis.get(key).getStatus().getPhase()).isEqualTo(VirtualMachineInstancePhase.FAILED);
    assertThat(vmis.get(key).getStatus().getConditions())
        .anySatisfy(c -> assertThat(c.getMessage()).contains("disks[0]"));
  }
}
