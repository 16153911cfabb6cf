package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.Memory;
import dev.coexist.crds.kubevirt.v1.ResourceRequirements;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.ScaledInteger;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Guest memory: {@code memory.guest}, else the memory request, else the limit (KubeVirt's order),
 * rounded up to whole KiB. Hotplug ({@code maxGuest}) and hugepages are not supported.
 */
final class MemoryConfigurator implements DomainConfigurator {
  private static final String MEMORY = "spec.domain.memory";
  private static final BigDecimal KIB = BigDecimal.valueOf(1024);

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    Optional<Memory> memory = VmiParts.domain(vmi).map(DomainSpec::getMemory);
    memory.ifPresent(m -> checkUnsupported(m, problems));
    Optional<ResourceRequirements> resources = VmiParts.domain(vmi).map(DomainSpec::getResources);

    String field = MEMORY + ".guest";
    Quantity guest = memory.map(Memory::getGuest).orElse(null);
    if (guest == null) {
      field = "spec.domain.resources.requests.memory";
      guest =
          resources.map(ResourceRequirements::getRequests).map(r -> r.get("memory")).orElse(null);
    }
    if (guest == null) {
      field = "spec.domain.resources.limits.memory";
      guest = resources.map(ResourceRequirements::getLimits).map(r -> r.get("memory")).orElse(null);
    }
    if (guest == null) {
      problems.invalid(MEMORY + ".guest", "required (or spec.domain.resources.requests.memory)");
      return;
    }
    Optional<Long> kib = kib(guest, field, problems);
    kib.ifPresent(
        k -> {
          domain.memory(ScaledInteger.kib(k));
          domain.currentMemory(ScaledInteger.kib(k));
        });
    Quantity maxGuest = memory.map(Memory::getMaxGuest).orElse(null);
    if (maxGuest != null) {
      Optional<Long> max = kib(maxGuest, MEMORY + ".maxGuest", problems);
      if (max.isPresent() && !max.equals(kib)) {
        problems.unsupported(MEMORY + ".maxGuest");
      }
    }
  }

  /** The quantity in KiB, rounded up; empty (and a problem) when it is not a positive size. */
  static Optional<Long> kib(Quantity quantity, String field, Problems problems) {
    BigDecimal bytes;
    try {
      bytes = Quantity.getAmountInBytes(quantity);
    } catch (IllegalArgumentException | ArithmeticException e) {
      problems.invalid(field, "not a memory quantity: \"" + quantity + "\"");
      return Optional.empty();
    }
    if (bytes.signum() <= 0) {
      problems.invalid(field, "must be positive, got " + quantity);
      return Optional.empty();
    }
    BigInteger kib = bytes.divide(KIB, 0, RoundingMode.CEILING).toBigInteger();
    if (kib.bitLength() > 62) {
      problems.invalid(field, "too large: " + quantity);
      return Optional.empty();
    }
    return Optional.of(kib.longValue());
  }

  private static void checkUnsupported(Memory memory, Problems problems) {
    problems.rejectUnknownFields(MEMORY, memory);
    if (memory.getHugepages() != null) {
      problems.unsupported(MEMORY + ".hugepages");
    }
  }
}
