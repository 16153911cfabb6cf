package dev.coexist.handler.vmi;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.handler.launcher.WarmUpVmi;
import dev.coexist.handler.node.Virtualization;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs the status path of a starting VM once, on {@link WarmUpVmi}, before the handler reports
 * ready: the status computed for a running domain, the VMI copied and written as JSON and read back
 * (what {@link ApiVmiStatusWriter} does with a PUT and its response). Cold, that path cost the
 * first VMs after a handler start 1.5–3.5 s between "domain RUNNING" and "status written" while ten
 * launchers and their guests took the node (docs/performance.md, session 6). Pure apart from the
 * JIT and the serialization's caches.
 */
public final class StatusWarmUp {
  private StatusWarmUp() {}

  /** The sample VMI with the status of a running domain, after a JSON round trip. */
  public static VirtualMachineInstance run(
      KubernetesSerialization json, String nodeName, Virtualization virtualization, Instant now) {
    VirtualMachineInstance vmi = WarmUpVmi.sample();
    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withName("virt-launcher-warm-up")
            .withNamespace("warm-up")
            .endMetadata()
            .withNewStatus()
            .withPhase("Running")
            .withPodIP("10.0.0.1")
            .addNewPodIP("10.0.0.1")
            .endStatus()
            .build();
    Observation running =
        Observation.of(new DomainStatus("warm-up_warm-up", DomainState.RUNNING, "booted"), false);
    VirtualMachineInstance copy = json.clone(vmi);
    copy.setStatus(
        VmiStatusBuilder.build(
            vmi, new StatusInputs(nodeName, Optional.of(pod), running, virtualization, now)));
    return json.unmarshal(json.asJson(copy), VirtualMachineInstance.class);
  }
}
