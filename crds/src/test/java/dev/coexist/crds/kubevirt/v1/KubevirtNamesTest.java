package dev.coexist.crds.kubevirt.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KubevirtNamesTest {

  @Test
  void launcherPodNamesAndLabelsAreKubevirts() {
    assertThat(KubevirtNames.launcherPodGenerateName("vm-tiny"))
        .isEqualTo("virt-launcher-vm-tiny-");
    assertThat(KubevirtNames.launcherPodLabels("vm-tiny", "uid-1", Optional.of("vm-tiny")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "kubevirt.io", "virt-launcher",
                "kubevirt.io/created-by", "uid-1",
                "kubevirt.io/domain", "vm-tiny",
                "vm.kubevirt.io/name", "vm-tiny"));
    assertThat(KubevirtNames.launcherPodLabels("vmi", "uid-2", Optional.empty()))
        .doesNotContainKey("vm.kubevirt.io/name");
    assertThat(KubevirtNames.launcherPodSelector("uid-1"))
        .containsEntry("kubevirt.io/created-by", "uid-1");
  }

  @Test
  void vmiNameOfLauncherPod() {
    Map<String, String> labels =
        KubevirtNames.launcherPodLabels("vm-a", "uid-1", Optional.of("vm-a"));

    assertThat(KubevirtNames.vmiNameOfLauncherPod(labels)).contains("vm-a");
    assertThat(KubevirtNames.vmiNameOfLauncherPod(Map.of("app", "web"))).isEmpty();
    assertThat(KubevirtNames.vmiNameOfLauncherPod(null)).isEmpty();
  }

  @Test
  void badInputNamesTheField() {
    assertThatThrownBy(() -> KubevirtNames.launcherPodGenerateName(""))
        .hasMessageContaining("metadata.name");
    assertThatThrownBy(() -> KubevirtNames.launcherPodLabels("vm", null, Optional.empty()))
        .hasMessageContaining("metadata.uid");
  }

  @Test
  void enumsSpeakTheApiValues() {
    assertThat(RunStrategy.fromValue("RerunOnFailure")).contains(RunStrategy.RERUN_ON_FAILURE);
    assertThat(RunStrategy.fromValue("Sometimes")).isEmpty();
    assertThat(VirtualMachineInstancePhase.UNSET.value()).isEmpty();
    assertThat(VirtualMachinePrintableStatus.CRASH_LOOP_BACK_OFF.value())
        .isEqualTo("CrashLoopBackOff");
    assertThat(DiskBus.fromValue("floppy")).isEmpty();
  }
}
