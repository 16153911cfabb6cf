package dev.coexist.handler.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.handler.vmi.TestVmis;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConsoleTargetsTest {
  static final String POD_UID = "6f1c2d3e-0000-4000-8000-000000000001";
  final MapClusterView view = new MapClusterView();
  final ConsoleTargets targets = new ConsoleTargets(view, Path.of("/pods"), "node-1");

  VirtualMachineInstance add(VirtualMachineInstancePhase phase, boolean withPod) {
    VirtualMachineInstance vmi = TestVmis.vmi("ns", "vm").phase(phase, "node-1").build();
    view.put(vmi);
    if (withPod) {
      view.put(TestVmis.launcherPod(vmi, POD_UID, "10.88.0.9"));
    }
    return vmi;
  }

  @Test
  void aRunningVmiWithItsLauncherPodResolvesToThePodsSockets() {
    VirtualMachineInstance vmi = add(VirtualMachineInstancePhase.RUNNING, true);
    ConsoleTargets.Target t = targets.resolve("ns", "vm").target().orElseThrow();
    assertThat(t.uid()).isEqualTo(vmi.getMetadata().getUid());
    Path dir = Path.of("/pods", POD_UID, "volumes/kubernetes.io~empty-dir/sockets");
    assertThat(t.sockets().serial()).isEqualTo(dir.resolve("serial.sock"));
    assertThat(t.sockets().vnc()).isEqualTo(dir.resolve("vnc.sock"));
    assertThat(t.sockets().command()).isEqualTo(dir.resolve("cmd.sock"));
  }

  @Test
  void aVmiNotOnThisNodeIs404() {
    ConsoleTargets.Refusal r = targets.resolve("ns", "ghost").refusal().orElseThrow();
    assertThat(r.code()).isEqualTo(404);
    assertThat(r.message()).contains("ns/ghost").contains("node-1");
  }

  @Test
  void aVmiThatIsNotRunningIs409NamingThePhase() {
    add(VirtualMachineInstancePhase.SCHEDULED, true);
    ConsoleTargets.Refusal r = targets.resolve("ns", "vm").refusal().orElseThrow();
    assertThat(r.code()).isEqualTo(409);
    assertThat(r.message()).contains("not running").contains("Scheduled");
  }

  @Test
  void aRunningVmiWithoutALauncherPodHereIs409() {
    add(VirtualMachineInstancePhase.RUNNING, false);
    ConsoleTargets.Refusal r = targets.resolve("ns", "vm").refusal().orElseThrow();
    assertThat(r.code()).isEqualTo(409);
    assertThat(r.message()).contains("no launcher pod");
  }
}
