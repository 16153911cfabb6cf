package dev.coexist.e2e.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStartFailure;
import dev.coexist.crds.model.Condition;
import dev.coexist.crds.model.OpenObject;
import dev.coexist.e2e.cluster.ClusterTest;
import dev.coexist.e2e.cluster.TestNamespace;
import dev.coexist.e2e.install.WithCoexist;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * VMs that cannot start, on the real cluster: a containerDisk image without a disk (the launcher
 * pod fails before the guest ever runs) goes to CrashLoopBackOff with a growing back-off and {@code
 * status.startFailure}; a valid KubeVirt field coexist does not model is kept in the VMI's spec and
 * reported by the launcher in the VMI's conditions; an unsupported device ({@code tpm: {}}) is
 * reported in the VM's Failure condition and the VM is not started.
 */
@ClusterTest
@WithCoexist
class VmStartFailureE2EIT {

  @Test
  void launcherThatFailsBeforeRunningGoesToCrashLoopBackOffWithGrowingBackoff(TestNamespace ns)
      throws Exception {
    Guests g = new Guests(ns.client(), ns.name());
    VirtualMachine vm = Guests.tinyVm("vm-nodisk", RunStrategy.ALWAYS);
    // A real image with no /disk: its containerDisk container (volumerootdisk) finds no disk and
    // fails, so the VMI fails before the domain ever starts.
    vm.getSpec()
        .getTemplate()
        .getSpec()
        .getVolumes()
        .get(0)
        .getContainerDisk()
        .setImage("localhost/coexist/pause:1.0");
    g.create(vm);

    // failure count → (first seen, retryAfter)
    Map<Integer, Instant[]> seen = new TreeMap<>();
    List<String> failures = new CopyOnWriteArrayList<>();
    await("three consecutive start failures")
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              VirtualMachineInstance vmi = g.vmi("vm-nodisk");
              if (vmi != null && vmi.getStatus() != null) {
                Guests.condition(vmi.getStatus().getConditions(), "Synchronized")
                    .map(Condition::getMessage)
                    .ifPresent(failures::add);
              }
              VirtualMachine now = g.vm("vm-nodisk");
              VirtualMachineStartFailure sf =
                  now.getStatus() == null ? null : now.getStatus().getStartFailure();
              if (sf != null && sf.getConsecutiveFailCount() != null) {
                seen.computeIfAbsent(
                    sf.getConsecutiveFailCount(),
                    n ->
                        new Instant[] {
                          Instant.now(),
                          OffsetDateTime.parse(sf.getRetryAfterTimestamp()).toInstant()
                        });
              }
              return seen.containsKey(3);
            });
    assertThat(g.printableStatus("vm-nodisk"))
        .isEqualTo(VirtualMachinePrintableStatus.CRASH_LOOP_BACK_OFF);
    Duration first = Duration.between(seen.get(1)[0], seen.get(1)[1]);
    Duration second = Duration.between(seen.get(2)[0], seen.get(2)[1]);
    Duration third = Duration.between(seen.get(3)[0], seen.get(3)[1]);
    assertThat(second).as("back-off grows (first %s)", first).isGreaterThan(first);
    assertThat(third).as("back-off grows (second %s)", second).isGreaterThan(second);
    assertThat(g.vm("vm-nodisk").getStatus().getStartFailure().getLastFailedVMIUID()).isNotBlank();
    assertThat(failures)
        .as("the VMI's failure names the containerDisk container and why")
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("containerDisk container volumerootdisk of volume rootdisk failed")
                    .contains("the image has no /disk directory"));
    ns.client()
        .resources(VirtualMachine.class)
        .inNamespace(ns.name())
        .withName("vm-nodisk")
        .delete();
  }

  @Test
  void unmodeledFieldIsKeptInTheVmiAndReported(TestNamespace ns) throws Exception {
    Guests g = new Guests(ns.client(), ns.name());
    VirtualMachine vm = Guests.tinyVm("vm-unmodeled", RunStrategy.ONCE);
    vm.getSpec()
        .getTemplate()
        .getSpec()
        .getDomain()
        .getDevices()
        .setAdditionalProperty("panicDevices", List.of(Map.of("model", "isa")));
    g.create(vm);

    await("VMI failed, naming the field")
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              VirtualMachineInstance vmi = g.vmi("vm-unmodeled");
              return vmi != null
                  && vmi.getStatus() != null
                  && vmi.getStatus().getPhase() == VirtualMachineInstancePhase.FAILED;
            });
    VirtualMachineInstance vmi = g.vmi("vm-unmodeled");
    assertThat(vmi.getSpec().getDomain().getDevices().getAdditionalProperties())
        .as("the unmodeled field is in the VMI's spec")
        .containsEntry("panicDevices", List.of(Map.of("model", "isa")));
    Condition sync =
        Guests.condition(vmi.getStatus().getConditions(), "Synchronized").orElseThrow();
    assertThat(sync.getStatus()).isEqualTo("False");
    assertThat(sync.getMessage()).contains("spec.domain.devices.panicDevices");
  }

  @Test
  void unsupportedTpmIsReportedAndTheVmIsNotStarted(TestNamespace ns) throws Exception {
    Guests g = new Guests(ns.client(), ns.name());
    VirtualMachine vm = Guests.tinyVm("vm-tpm", RunStrategy.ALWAYS);
    vm.getSpec().getTemplate().getSpec().getDomain().getDevices().setTpm(new OpenObject());
    g.create(vm);

    await("Failure condition naming tpm")
        .atMost(Duration.ofMinutes(1))
        .until(
            () ->
                g.vm("vm-tpm").getStatus() != null
                    && Guests.condition(g.vm("vm-tpm").getStatus().getConditions(), "Failure")
                        .map(c -> c.getMessage() != null && c.getMessage().contains("tpm"))
                        .orElse(false));
    await("not started")
        .during(Duration.ofSeconds(10))
        .atMost(Duration.ofSeconds(20))
        .until(() -> g.vmi("vm-tpm") == null);
    assertThat(g.vm("vm-tpm").getSpec().getTemplate().getSpec().getDomain().getDevices().getTpm())
        .as("tpm kept in the VM's spec by the API server")
        .isNotNull();
  }
}
