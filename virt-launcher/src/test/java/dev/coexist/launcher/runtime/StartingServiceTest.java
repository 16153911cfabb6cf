package dev.coexist.launcher.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.launcher.domain.Domain;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.Os;
import dev.coexist.launcher.domain.ScaledInteger;
import dev.coexist.launcher.libvirt.FakeLibvirtConnection;
import dev.coexist.launcher.network.PortPolicy;
import dev.coexist.launcher.volumes.CachedContainerDisks;
import dev.coexist.launcher.volumes.DiskImages;
import dev.coexist.launcher.volumes.VolumeLocations;
import dev.coexist.launcher.volumes.VolumeResolver;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's service while libvirtd starts, over the fake libvirt. */
class StartingServiceTest {
  @TempDir Path dir;

  private final FakeLibvirtConnection libvirt = new FakeLibvirtConnection();
  private final AtomicInteger plans = new AtomicInteger();
  private final ExecutorService handler = Executors.newSingleThreadExecutor();
  private VmiRuntime runtime;

  @AfterEach
  void stop() {
    handler.shutdownNow();
    if (runtime != null) {
      runtime.close();
    }
  }

  private DomainPlanner planner() {
    RuntimeSettings settings =
        new RuntimeSettings(dir, PortPolicy.loopbackEphemeral(), Duration.ofSeconds(1));
    return new DomainPlanner(
        new VolumeResolver(
            new VolumeLocations(dir, dir, null, false),
            new CachedContainerDisks(dir),
            new DiskImages()),
        (vmi, volumes) -> {
          plans.incrementAndGet();
          return new DomainBuilder()
              .type("qemu")
              .name(vmi.getMetadata().getNamespace() + "_" + vmi.getMetadata().getName())
              .memory(ScaledInteger.mib(32))
              .vcpu(Domain.Vcpu.of(1))
              .osType(new Os.Type("x86_64", "pc", "hvm"))
              .build();
        },
        settings);
  }

  private VmiRuntime newRuntime(DomainPlanner planner) {
    runtime =
        new VmiRuntime(
            libvirt,
            planner,
            new RuntimeSettings(dir, PortPolicy.loopbackEphemeral(), Duration.ofSeconds(1)));
    return runtime;
  }

  private static VirtualMachineInstance vmi(String name) {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    ObjectMeta m = new ObjectMeta();
    m.setName(name);
    m.setNamespace("ns");
    m.setUid("00000000-0000-0000-0000-000000000001");
    vmi.setMetadata(m);
    vmi.setSpec(new VirtualMachineInstanceSpec());
    return vmi;
  }

  @Test
  void beforeLibvirtIsUpThereIsNoDomain() {
    StartingService s = new StartingService(planner());
    assertThat(s.status()).isEqualTo(DomainStatus.absent());
    assertThatThrownBy(s::kill)
        .isInstanceOfSatisfying(
            CommandFailure.class, e -> assertThat(e.reason()).isEqualTo(ErrorReason.NO_DOMAIN));
    assertThatThrownBy(s::stats)
        .isInstanceOfSatisfying(
            CommandFailure.class, e -> assertThat(e.reason()).isEqualTo(ErrorReason.NO_DOMAIN));
  }

  @Test
  void anEarlySyncIsPlannedAtOnceAndStartedWhenLibvirtIsUp() throws Exception {
    DomainPlanner planner = planner();
    StartingService s = new StartingService(planner);
    List<DomainEvent> events = new CopyOnWriteArrayList<>();
    AutoCloseable watch = s.watch(events::add);
    CompletableFuture<DomainStatus> sync =
        CompletableFuture.supplyAsync(() -> s.sync(vmi("vm1")), handler);
    await().atMost(Duration.ofSeconds(10)).until(() -> plans.get() == 1);
    assertThat(sync).as("waits for libvirtd").isNotDone();
    assertThat(libvirt.xml("ns_vm1")).isNull();
    s.ready(newRuntime(planner));
    DomainStatus started = sync.get();
    assertThat(started.state()).isEqualTo(DomainState.RUNNING);
    assertThat(libvirt.xml("ns_vm1")).contains("<name>ns_vm1</name>");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(events).anySatisfy(e -> assertThat(e.event()).isEqualTo("STARTED")));
    watch.close();
    assertThat(s.sync(vmi("vm1")).state()).isEqualTo(DomainState.RUNNING);
    assertThat(plans).as("a running domain is not planned again").hasValue(1);
    assertThat(s.kill().state()).isEqualTo(DomainState.SHUT_OFF);
  }

  @Test
  void aBadVmiFailsAtOnceWithoutWaitingForLibvirt() {
    StartingService s = new StartingService(planner());
    VirtualMachineInstance noName = vmi("x");
    noName.getMetadata().setName(null);
    assertThatThrownBy(() -> s.sync(noName))
        .isInstanceOfSatisfying(
            CommandFailure.class, e -> assertThat(e.reason()).isEqualTo(ErrorReason.INVALID_SPEC));
  }

  @Test
  void aWaitingSyncFailsWhenLibvirtDoesNotStart() {
    StartingService s = new StartingService(planner());
    CompletableFuture<DomainStatus> sync =
        CompletableFuture.supplyAsync(() -> s.sync(vmi("vm1")), handler);
    await().atMost(Duration.ofSeconds(10)).until(() -> plans.get() == 1);
    s.failed(new IllegalStateException("libvirtd exited"));
    assertThat(sync)
        .failsWithin(Duration.ofSeconds(10))
        .withThrowableThat()
        .havingCause()
        .isInstanceOfSatisfying(
            CommandFailure.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ErrorReason.RUNTIME_ERROR);
              assertThat(e.getMessage()).contains("libvirtd exited");
            });
    assertThatThrownBy(s::kill).isInstanceOf(CommandFailure.class);
  }

  @Test
  void aWatchClosedBeforeLibvirtIsUpHearsNothing() throws Exception {
    DomainPlanner planner = planner();
    StartingService s = new StartingService(planner);
    List<DomainEvent> closed = new CopyOnWriteArrayList<>();
    List<DomainEvent> open = new CopyOnWriteArrayList<>();
    s.watch(closed::add).close();
    s.watch(open::add);
    s.ready(newRuntime(planner));
    s.sync(vmi("vm1"));
    await().atMost(Duration.ofSeconds(10)).until(() -> !open.isEmpty());
    assertThat(closed).isEmpty();
  }
}
