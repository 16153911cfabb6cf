package dev.coexist.operator.hco;

import dev.coexist.crds.cdi.v1beta1.CdiConditionType;
import dev.coexist.crds.cdi.v1beta1.CdiPhase;
import dev.coexist.crds.cdi.v1beta1.CdiStatus;
import dev.coexist.crds.kubevirt.v1.KubeVirtConditionType;
import dev.coexist.crds.kubevirt.v1.KubeVirtPhase;
import dev.coexist.crds.kubevirt.v1.KubeVirtStatus;
import dev.coexist.crds.model.Condition;
import dev.coexist.operator.Conditions;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import java.time.Instant;
import java.util.List;

/**
 * Pure builders of the operands' statuses from what actually runs: the KubeVirt CR follows the
 * virt-handler DaemonSet (the compute components coexist runs per node), the CDI CR follows this
 * operator (CDI's controllers run in it, so the process writing the status is the proof).
 */
public final class ComponentStatuses {

  private ComponentStatuses() {}

  /** The handler DaemonSet's rollout, reduced to what the statuses need. */
  public record Rollout(boolean present, int desired, int available, boolean complete) {

    /** A missing DaemonSet. */
    public static final Rollout MISSING = new Rollout(false, 0, 0, false);

    /** The rollout state of a DaemonSet (null: missing). */
    public static Rollout of(DaemonSet ds) {
      if (ds == null) {
        return MISSING;
      }
      DaemonSetStatus s = ds.getStatus();
      if (s == null) {
        return new Rollout(true, 0, 0, false);
      }
      int desired = n(s.getDesiredNumberScheduled());
      int available = n(s.getNumberAvailable());
      long gen = ds.getMetadata().getGeneration() == null ? 0 : ds.getMetadata().getGeneration();
      long observed = s.getObservedGeneration() == null ? -1 : s.getObservedGeneration();
      boolean complete =
          observed >= gen
              && n(s.getUpdatedNumberScheduled()) == desired
              && available == desired
              && n(s.getNumberUnavailable()) == 0;
      return new Rollout(true, desired, available, complete);
    }

    private static int n(Integer i) {
      return i == null ? 0 : i;
    }
  }

  /** The KubeVirt CR's status for a handler rollout state. */
  public static KubeVirtStatus kubeVirt(
      KubeVirtStatus previous, Rollout handler, String version, Long generation, Instant now) {
    List<Condition> old = previous == null ? null : previous.getConditions();
    Conditions c = new Conditions(old, now, generation);
    String available = KubeVirtConditionType.AVAILABLE.value();
    String progressing = KubeVirtConditionType.PROGRESSING.value();
    String degraded = KubeVirtConditionType.DEGRADED.value();
    if (!handler.present()) {
      c.set(available, Condition.FALSE, "HandlerMissing", "the virt-handler DaemonSet is missing")
          .set(progressing, Condition.TRUE, "Deploying", "waiting for the virt-handler DaemonSet")
          .set(degraded, Condition.FALSE, "Deploying", "");
    } else if (handler.desired() == 0 && handler.complete()) {
      c.set(available, Condition.FALSE, "NoHandlerNodes", "virt-handler runs on no node")
          .set(progressing, Condition.FALSE, "AllComponentsReady", "")
          .set(degraded, Condition.TRUE, "NoHandlerNodes", "virt-handler runs on no node");
    } else {
      String counts =
          handler.available() + "/" + handler.desired() + " virt-handler pods available";
      boolean up =
          handler.available() > 0
              && (handler.available() == handler.desired() || !handler.complete());
      c.set(
              available,
              up ? Condition.TRUE : Condition.FALSE,
              up ? "AllComponentsReady" : "HandlerNotAvailable",
              counts)
          .set(
              progressing,
              handler.complete() ? Condition.FALSE : Condition.TRUE,
              handler.complete() ? "AllComponentsReady" : "DeploymentInProgress",
              handler.complete() ? "" : "virt-handler rollout in progress: " + counts)
          .set(
              degraded,
              handler.complete() && !up ? Condition.TRUE : Condition.FALSE,
              handler.complete() && !up ? "HandlerNotAvailable" : "AllComponentsReady",
              handler.complete() && !up ? counts : "");
    }
    KubeVirtStatus s = new KubeVirtStatus();
    s.setConditions(c.build());
    boolean deployed = handler.present() && handler.complete() && handler.available() > 0;
    s.setPhase(deployed ? KubeVirtPhase.DEPLOYED : KubeVirtPhase.DEPLOYING);
    s.setOperatorVersion(version);
    s.setTargetKubeVirtVersion(version);
    s.setObservedKubeVirtVersion(deployed ? version : observedVersion(previous));
    s.setObservedGeneration(generation);
    return s;
  }

  /** The CDI CR's status: this operator runs CDI's controllers. */
  public static CdiStatus cdi(CdiStatus previous, String version, Long generation, Instant now) {
    Conditions c =
        new Conditions(previous == null ? null : previous.getConditions(), now, generation);
    c.set(
            CdiConditionType.AVAILABLE.value(),
            Condition.TRUE,
            "Running",
            "CDI controllers run in the coexist operator")
        .set(CdiConditionType.PROGRESSING.value(), Condition.FALSE, "Running", "")
        .set(CdiConditionType.DEGRADED.value(), Condition.FALSE, "Running", "");
    CdiStatus s = new CdiStatus();
    s.setConditions(c.build());
    s.setPhase(CdiPhase.DEPLOYED);
    s.setOperatorVersion(version);
    s.setTargetVersion(version);
    s.setObservedVersion(version);
    return s;
  }

  private static String observedVersion(KubeVirtStatus previous) {
    return previous == null ? null : previous.getObservedKubeVirtVersion();
  }
}
