package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Cpu;
import dev.coexist.crds.kubevirt.v1.CpuFeature;
import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.Domain;
import dev.coexist.launcher.domain.DomainBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * vCPU count, topology, model and feature policies.
 *
 * <p>Under emulation {@code host-model} and {@code host-passthrough} cannot mean the host's CPU
 * (there is no hardware virtualization to pass through); they become libvirt's {@code maximum}
 * mode, QEMU's {@code -cpu max}: every feature the emulator implements. Without a model the
 * emulated default CPU is used, and KVM gets {@code host-model} like KubeVirt.
 */
final class CpuConfigurator implements DomainConfigurator {
  private static final String CPU = "spec.domain.cpu";
  private static final List<String> POLICIES =
      List.of("force", "require", "optional", "disable", "forbid");

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    Optional<Cpu> cpu = VmiParts.domain(vmi).map(DomainSpec::getCpu);
    cpu.ifPresent(c -> checkUnsupported(c, problems));
    CpuTopology topology = CpuTopology.of(vmi, problems);
    domain.vcpu(Domain.Vcpu.of(topology.vcpus()));

    String model = cpu.map(Cpu::getModel).orElse(null);
    String mode;
    dev.coexist.launcher.domain.Cpu.Model namedModel = null;
    if (model == null || model.isEmpty()) {
      mode = ctx.emulation() ? null : "host-model";
    } else if (model.equals("host-model") || model.equals("host-passthrough")) {
      mode = ctx.emulation() ? "maximum" : model;
    } else {
      mode = "custom";
      namedModel = new dev.coexist.launcher.domain.Cpu.Model("forbid", model);
    }
    List<dev.coexist.launcher.domain.Cpu.Feature> features = new ArrayList<>();
    List<CpuFeature> requested = VmiParts.list(cpu.map(Cpu::getFeatures).orElse(null));
    for (int i = 0; i < requested.size(); i++) {
      features.add(feature(requested.get(i), CPU + ".features[" + i + "]", problems));
    }
    domain.cpu(
        new dev.coexist.launcher.domain.Cpu(
            mode,
            namedModel == null ? null : "exact",
            namedModel,
            new dev.coexist.launcher.domain.Cpu.Topology(
                topology.sockets(), topology.cores(), topology.threads()),
            features));
  }

  private static dev.coexist.launcher.domain.Cpu.Feature feature(
      CpuFeature feature, String field, Problems problems) {
    problems.rejectUnknownFields(field, feature);
    if (feature.getName() == null || feature.getName().isBlank()) {
      problems.invalid(field + ".name", "required");
    }
    String policy = Optional.ofNullable(feature.getPolicy()).orElse("require");
    if (!POLICIES.contains(policy)) {
      problems.unsupportedValue(field + ".policy", policy, POLICIES);
    }
    return new dev.coexist.launcher.domain.Cpu.Feature(policy, feature.getName());
  }

  private static void checkUnsupported(Cpu cpu, Problems problems) {
    problems.rejectUnknownFields(CPU, cpu);
    if (VmiParts.flag(cpu.getDedicatedCpuPlacement(), false)) {
      problems.unsupported(CPU + ".dedicatedCpuPlacement");
    }
    if (VmiParts.flag(cpu.getIsolateEmulatorThread(), false)) {
      problems.unsupported(CPU + ".isolateEmulatorThread");
    }
    if (cpu.getNuma() != null) {
      problems.unsupported(CPU + ".numa");
    }
    if (cpu.getRealtime() != null) {
      problems.unsupported(CPU + ".realtime");
    }
    if (cpu.getMaxSockets() != null) {
      problems.unsupported(CPU + ".maxSockets");
    }
  }
}
