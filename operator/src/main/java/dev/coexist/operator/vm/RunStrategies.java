package dev.coexist.operator.vm;

import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachineSpec;

/** The run strategy in effect: {@code runStrategy}, else the deprecated {@code running}. */
public final class RunStrategies {

  private RunStrategies() {}

  /**
   * {@code runStrategy} if set; {@code running: true} is Always and {@code running: false} Halted;
   * neither is Halted (KubeVirt's default).
   *
   * @throws IllegalArgumentException when both are set (the CRD rejects that; kept for safety)
   */
  public static RunStrategy effective(VirtualMachineSpec spec) {
    if (spec.getRunStrategy() != null && spec.getRunning() != null) {
      throw new IllegalArgumentException(
          "spec.running: mutually exclusive with spec.runStrategy (spec.running is deprecated)");
    }
    if (spec.getRunStrategy() != null) {
      return spec.getRunStrategy();
    }
    return Boolean.TRUE.equals(spec.getRunning()) ? RunStrategy.ALWAYS : RunStrategy.HALTED;
  }
}
