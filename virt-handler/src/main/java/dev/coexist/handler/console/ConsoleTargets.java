package dev.coexist.handler.console;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.handler.launcher.LauncherSockets;
import dev.coexist.handler.vmi.ClusterView;
import dev.coexist.handler.vmi.VmiKey;
import io.fabric8.kubernetes.api.model.Pod;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the launcher sockets of a VMI on this node, from the handler's informer caches: the VMI,
 * its launcher pod, the pod's {@code sockets} emptyDir. Refuses with KubeVirt-like codes what it
 * cannot serve. No I/O (the sockets may still be missing; the connector finds out).
 */
public final class ConsoleTargets {
  private final ClusterView view;
  private final Path podsDir;
  private final String nodeName;

  /** Over this node's caches and the kubelet pods dir as mounted. */
  public ConsoleTargets(ClusterView view, Path podsDir, String nodeName) {
    this.view = view;
    this.podsDir = podsDir;
    this.nodeName = nodeName;
  }

  /**
   * A VMI whose launcher can be reached.
   *
   * @param vmi the VMI
   * @param sockets its launcher's sockets
   */
  public record Target(VirtualMachineInstance vmi, LauncherSockets sockets) {
    /** The VMI's UID. */
    public String uid() {
      return vmi.getMetadata().getUid();
    }
  }

  /**
   * Why a request cannot be served.
   *
   * @param code the HTTP status
   * @param message the text for the caller
   */
  public record Refusal(int code, String message) {}

  /**
   * The launcher of a VMI, or a refusal: 404 when the VMI is not on this node, 409 when it is not
   * running or has no launcher pod here.
   */
  public Result resolve(String namespace, String name) {
    Optional<VirtualMachineInstance> found = view.vmi(new VmiKey(namespace, name));
    if (found.isEmpty()) {
      return Result.refused(
          404,
          "virtualmachineinstance "
              + namespace
              + "/"
              + name
              + " is not known to virt-handler on node "
              + nodeName);
    }
    VirtualMachineInstance vmi = found.get();
    VirtualMachineInstancePhase phase = vmi.getStatus() == null ? null : vmi.getStatus().getPhase();
    if (phase != VirtualMachineInstancePhase.RUNNING) {
      return Result.refused(
          409,
          "virtualmachineinstance "
              + namespace
              + "/"
              + name
              + " is not running (phase "
              + (phase == null ? "unset" : phase.value())
              + ")");
    }
    Optional<Pod> pod = view.launcherPod(namespace, vmi.getMetadata().getUid());
    if (pod.isEmpty()) {
      return Result.refused(
          409,
          "virtualmachineinstance "
              + namespace
              + "/"
              + name
              + " has no launcher pod on node "
              + nodeName);
    }
    try {
      return Result.of(
          new Target(vmi, LauncherSockets.of(podsDir, pod.get().getMetadata().getUid())));
    } catch (IllegalArgumentException e) {
      return Result.refused(500, e.getMessage());
    }
  }

  /**
   * A target or a refusal.
   *
   * @param target the target when found
   * @param refusal the refusal otherwise
   */
  public record Result(Optional<Target> target, Optional<Refusal> refusal) {
    static Result of(Target t) {
      return new Result(Optional.of(t), Optional.empty());
    }

    static Result refused(int code, String message) {
      return new Result(Optional.empty(), Optional.of(new Refusal(code, message)));
    }
  }
}
