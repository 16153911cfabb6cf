package dev.coexist.handler.vmi;

import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.Interface;
import dev.coexist.crds.kubevirt.v1.InterfaceMasquerade;
import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import dev.coexist.crds.kubevirt.v1.Network;
import dev.coexist.crds.kubevirt.v1.PodNetwork;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Test VMIs and launcher pods, built fluently. */
public final class TestVmis {
  private final VirtualMachineInstance vmi = new VirtualMachineInstance();
  private final List<Interface> ifaces = new ArrayList<>();
  private final List<Network> networks = new ArrayList<>();

  private TestVmis(String ns, String name) {
    vmi.setMetadata(
        new ObjectMetaBuilder()
            .withNamespace(ns)
            .withName(name)
            .withUid(UUID.randomUUID().toString())
            .withResourceVersion("1")
            .build());
    VirtualMachineInstanceSpec spec = new VirtualMachineInstanceSpec();
    DomainSpec domain = new DomainSpec();
    domain.setDevices(new Devices());
    spec.setDomain(domain);
    vmi.setSpec(spec);
  }

  /** A VMI with a random UID and an empty domain. */
  public static TestVmis vmi(String ns, String name) {
    return new TestVmis(ns, name);
  }

  /** Sets the phase (and node). */
  public TestVmis phase(VirtualMachineInstancePhase phase, String node) {
    VirtualMachineInstanceStatus s = new VirtualMachineInstanceStatus();
    s.setPhase(phase);
    s.setNodeName(node);
    vmi.setStatus(s);
    vmi.getMetadata().setLabels(Map.of(KubevirtNames.LABEL_NODE_NAME, node));
    return this;
  }

  /** Adds a masquerade interface on the pod network. */
  public TestVmis podInterface(String name, String mac) {
    Interface i = new Interface();
    i.setName(name);
    i.setMacAddress(mac);
    i.setMasquerade(new InterfaceMasquerade());
    ifaces.add(i);
    Network n = new Network();
    n.setName(name);
    n.setPod(new PodNetwork());
    networks.add(n);
    return this;
  }

  /** Sets the termination grace period. */
  public TestVmis grace(long seconds) {
    vmi.getSpec().setTerminationGracePeriodSeconds(seconds);
    return this;
  }

  /** Marks the VMI as being deleted. */
  public TestVmis deleting() {
    vmi.getMetadata().setDeletionTimestamp("2026-01-01T00:00:00Z");
    return this;
  }

  /** The VMI. */
  public VirtualMachineInstance build() {
    if (!ifaces.isEmpty()) {
      vmi.getSpec().getDomain().getDevices().setInterfaces(List.copyOf(ifaces));
      vmi.getSpec().setNetworks(List.copyOf(networks));
    }
    return vmi;
  }

  /** A running launcher pod of this VMI with this pod IP. */
  public static Pod launcherPod(VirtualMachineInstance vmi, String podUid, String ip) {
    return new PodBuilder()
        .withNewMetadata()
        .withNamespace(vmi.getMetadata().getNamespace())
        .withName("virt-launcher-" + vmi.getMetadata().getName() + "-abcde")
        .withUid(podUid)
        .withLabels(
            KubevirtNames.launcherPodLabels(
                vmi.getMetadata().getName(), vmi.getMetadata().getUid(), Optional.empty()))
        .endMetadata()
        .withNewStatus()
        .withPhase("Running")
        .withPodIP(ip)
        .addNewPodIP(ip)
        .endStatus()
        .build();
  }
}
