package dev.coexist.operator.vmi.model;

import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Objects;

/**
 * What the launcher pod model needs to know beyond the VMI: images, overhead and timings.
 *
 * @param launcherImage the image running {@code virt-launcher serve} in the {@code compute}
 *     container
 * @param imagePullPolicy the pull policy of the launcher image (IfNotPresent or Never for local
 *     images)
 * @param memoryOverhead added to the guest memory for the pod's memory request (libvirtd, QEMU, the
 *     launcher JVM)
 * @param cpuRequest the compute container's CPU request
 * @param gracePeriodMarginSeconds added to the VMI's terminationGracePeriodSeconds for the pod, so
 *     the launcher can finish an ACPI shutdown before the kubelet kills it
 * @param useKvm mount /dev/kvm (hostPath); false on nodes in emulation (TCG)
 * @param privileged run the compute container privileged (libvirtd + QEMU need it for now)
 */
public record LauncherPodConfig(
    String launcherImage,
    String imagePullPolicy,
    Quantity memoryOverhead,
    Quantity cpuRequest,
    long gracePeriodMarginSeconds,
    boolean useKvm,
    boolean privileged) {

  /** Default grace period of a VMI that sets none (KubeVirt's default). */
  public static final long DEFAULT_VMI_GRACE_PERIOD_SECONDS = 30;

  public LauncherPodConfig {
    Objects.requireNonNull(launcherImage, "launcherImage");
    Objects.requireNonNull(imagePullPolicy, "imagePullPolicy");
    Objects.requireNonNull(memoryOverhead, "memoryOverhead");
    Objects.requireNonNull(cpuRequest, "cpuRequest");
    if (gracePeriodMarginSeconds < 0) {
      throw new IllegalArgumentException("gracePeriodMarginSeconds must be >= 0");
    }
  }
}
