package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Cpu;
import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.ResourceRequirements;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * The guest's CPU topology as KubeVirt derives it: the given sockets, cores and threads (each
 * defaulting to 1); with none given, one socket per CPU of the resource limit (or request), rounded
 * up.
 */
record CpuTopology(int sockets, int cores, int threads) {
  private static final String CPU = "spec.domain.cpu";

  int vcpus() {
    return sockets * cores * threads;
  }

  /** The topology; invalid values are reported to {@code problems} (when not null) as 1. */
  static CpuTopology of(VirtualMachineInstance vmi, Problems problems) {
    Optional<Cpu> cpu = VmiParts.domain(vmi).map(DomainSpec::getCpu);
    Integer sockets = cpu.map(Cpu::getSockets).orElse(null);
    Integer cores = cpu.map(Cpu::getCores).orElse(null);
    Integer threads = cpu.map(Cpu::getThreads).orElse(null);
    if (sockets == null && cores == null && threads == null) {
      return new CpuTopology(fromResources(vmi, problems), 1, 1);
    }
    return new CpuTopology(
        positive(sockets, CPU + ".sockets", problems),
        positive(cores, CPU + ".cores", problems),
        positive(threads, CPU + ".threads", problems));
  }

  private static int positive(Integer value, String field, Problems problems) {
    if (value == null) {
      return 1;
    }
    if (value < 1) {
      if (problems != null) {
        problems.invalid(field, "must be at least 1, got " + value);
      }
      return 1;
    }
    return value;
  }

  private static int fromResources(VirtualMachineInstance vmi, Problems problems) {
    Optional<ResourceRequirements> resources = VmiParts.domain(vmi).map(DomainSpec::getResources);
    String field = "spec.domain.resources.limits.cpu";
    Quantity cpu =
        resources.map(ResourceRequirements::getLimits).map(m -> m.get("cpu")).orElse(null);
    if (cpu == null) {
      field = "spec.domain.resources.requests.cpu";
      cpu =
          resources
              .map(ResourceRequirements::getRequests)
              .map((Map<String, Quantity> m) -> m.get("cpu"))
              .orElse(null);
    }
    if (cpu == null) {
      return 1;
    }
    try {
      BigDecimal amount = Quantity.getAmountInBytes(cpu);
      if (amount.signum() <= 0) {
        throw new IllegalArgumentException("not positive");
      }
      return amount.setScale(0, RoundingMode.CEILING).intValueExact();
    } catch (IllegalArgumentException | ArithmeticException e) {
      if (problems != null) {
        problems.invalid(field, "not a positive CPU quantity: \"" + cpu + "\"");
      }
      return 1;
    }
  }
}
