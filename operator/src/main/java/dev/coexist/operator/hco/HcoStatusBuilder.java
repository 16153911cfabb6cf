package dev.coexist.operator.hco;

import dev.coexist.crds.hco.v1beta1.HyperConvergedConditionReason;
import dev.coexist.crds.hco.v1beta1.HyperConvergedConditionType;
import dev.coexist.crds.hco.v1beta1.HyperConvergedStatus;
import dev.coexist.crds.hco.v1beta1.OperandVersion;
import dev.coexist.crds.model.Condition;
import dev.coexist.operator.Conditions;
import io.fabric8.kubernetes.api.model.ObjectReference;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The HyperConverged status as a pure function of the components' conditions (worst wins, as HCO
 * does), the handler rollout and the previous status. Conditions keep their lastTransitionTime
 * while unchanged, so an unchanged world gives an equal status and nothing is written.
 */
public final class HcoStatusBuilder {

  /** The name of this operator in {@code status.versions}. */
  public static final String OPERATOR_VERSION_NAME = "operator";

  /** A component as the aggregation sees it. */
  public record Component(String name, List<Condition> conditions) {}

  /**
   * Everything the status is computed from.
   *
   * @param previous the current status (may be null)
   * @param generation the HyperConverged CR's metadata.generation
   * @param version this operator's version
   * @param components KubeVirt, CDI (in that order of reporting)
   * @param handlerRolloutComplete whether the handler DaemonSet's rollout is done
   * @param reconcileError why the last reconcile failed (null if it succeeded)
   * @param related the objects the operator manages
   * @param infrastructureHighlyAvailable {@link InfrastructureTopology#highlyAvailable}
   */
  public record Inputs(
      HyperConvergedStatus previous,
      Long generation,
      Instant now,
      String version,
      List<Component> components,
      boolean handlerRolloutComplete,
      String reconcileError,
      List<ObjectReference> related,
      boolean infrastructureHighlyAvailable) {}

  private HcoStatusBuilder() {}

  /** The new status. */
  public static HyperConvergedStatus build(Inputs in) {
    Worst w = new Worst();
    for (Component comp : in.components()) {
      w.add(comp);
    }
    String previousVersion = operatorVersion(in.previous()).orElse(null);
    boolean upgrading = previousVersion != null && !previousVersion.equals(in.version());
    boolean rolling = !in.handlerRolloutComplete();
    boolean settled =
        w.notAvailable == null && w.progressing == null && w.degraded == null && !rolling;
    String rollingOut = "the virt-handler DaemonSet is rolling out";
    if (upgrading && !settled) {
      // As HCO: a new operator version is an upgrade, Progressing and not Upgradeable, until
      // every component is rolled out and Available; only then status.versions moves on.
      Verdict up =
          new Verdict(
              HyperConvergedConditionReason.HCOUPGRADING.value(),
              "upgrading from "
                  + previousVersion
                  + " to "
                  + in.version()
                  + (rolling ? ": " + rollingOut : ""));
      w.progressing = up;
      w.notUpgradeable = up;
    } else if (rolling) {
      w.progressing = new Verdict(HyperConvergedConditionReason.HCOUPGRADING.value(), rollingOut);
      w.notUpgradeable =
          Optional.ofNullable(w.notUpgradeable)
              .orElse(new Verdict(HyperConvergedConditionReason.HCOUPGRADING.value(), rollingOut));
    }
    HyperConvergedStatus s = new HyperConvergedStatus();
    s.setConditions(conditions(in, w));
    String version = settled ? in.version() : previousVersion;
    s.setVersions(version == null ? null : List.of(operandVersion(version)));
    s.setRelatedObjects(in.related() == null || in.related().isEmpty() ? null : in.related());
    s.setObservedGeneration(in.generation());
    s.setSystemHealthStatus(
        w.notAvailable != null
            ? "error"
            : w.degraded != null || w.progressing != null ? "warning" : "healthy");
    if (in.previous() != null) {
      s.setDataImportSchedule(in.previous().getDataImportSchedule());
      s.setNodeInfo(in.previous().getNodeInfo());
    }
    s.setInfrastructureHighlyAvailable(in.infrastructureHighlyAvailable());
    return s;
  }

  /** The operator version recorded in a status. */
  public static Optional<String> operatorVersion(HyperConvergedStatus status) {
    if (status == null || status.getVersions() == null) {
      return Optional.empty();
    }
    return status.getVersions().stream()
        .filter(v -> OPERATOR_VERSION_NAME.equals(v.getName()))
        .map(OperandVersion::getVersion)
        .filter(Objects::nonNull)
        .findFirst();
  }

  private static List<Condition> conditions(Inputs in, Worst w) {
    Conditions c =
        new Conditions(
            in.previous() == null ? null : in.previous().getConditions(),
            in.now(),
            in.generation());
    String asExpected = HyperConvergedConditionReason.AS_EXPECTED.value();
    if (in.reconcileError() == null) {
      c.set(
          HyperConvergedConditionType.RECONCILE_COMPLETE.value(),
          Condition.TRUE,
          HyperConvergedConditionReason.RECONCILE_COMPLETED.value(),
          "Reconcile completed successfully");
    } else {
      c.set(
          HyperConvergedConditionType.RECONCILE_COMPLETE.value(),
          Condition.FALSE,
          HyperConvergedConditionReason.RECONCILING.value(),
          in.reconcileError());
    }
    set(
        c,
        HyperConvergedConditionType.AVAILABLE,
        w.notAvailable,
        Condition.FALSE,
        asExpected,
        "Reconcile completed successfully");
    set(
        c,
        HyperConvergedConditionType.PROGRESSING,
        w.progressing,
        Condition.TRUE,
        asExpected,
        "Reconcile completed successfully");
    set(
        c,
        HyperConvergedConditionType.DEGRADED,
        w.degraded,
        Condition.TRUE,
        asExpected,
        "Reconcile completed successfully");
    set(
        c,
        HyperConvergedConditionType.UPGRADEABLE,
        w.notUpgradeable,
        Condition.FALSE,
        asExpected,
        "Reconcile completed successfully");
    c.keep(HyperConvergedConditionType.TAINTED_CONFIGURATION.value());
    return c.build();
  }

  private static void set(
      Conditions c,
      HyperConvergedConditionType type,
      Verdict bad,
      String badStatus,
      String okReason,
      String okMessage) {
    String okStatus = Condition.TRUE.equals(badStatus) ? Condition.FALSE : Condition.TRUE;
    if (bad == null) {
      c.set(type.value(), okStatus, okReason, okMessage);
    } else {
      c.set(type.value(), badStatus, bad.reason(), bad.message());
    }
  }

  private static OperandVersion operandVersion(String version) {
    OperandVersion v = new OperandVersion();
    v.setName(OPERATOR_VERSION_NAME);
    v.setVersion(version);
    return v;
  }

  private record Verdict(String reason, String message) {}

  /** The first bad verdict per condition, in component order. */
  private static final class Worst {
    Verdict notAvailable;
    Verdict progressing;
    Verdict degraded;
    Verdict notUpgradeable;

    void add(Component comp) {
      String n = comp.name();
      List<Condition> cs = comp.conditions() == null ? List.of() : comp.conditions();
      if (cs.isEmpty()) {
        Verdict v = new Verdict(n + "Conditions", n + " resource has no conditions");
        notAvailable = first(notAvailable, v);
        progressing = first(progressing, v);
        notUpgradeable = first(notUpgradeable, v);
        return;
      }
      if (!is(cs, "Available", Condition.TRUE)) {
        notAvailable = first(notAvailable, verdict(n, "NotAvailable", cs, "Available"));
      }
      if (is(cs, "Progressing", Condition.TRUE)) {
        progressing = first(progressing, verdict(n, "Progressing", cs, "Progressing"));
        notUpgradeable = first(notUpgradeable, verdict(n, "Progressing", cs, "Progressing"));
      }
      if (is(cs, "Degraded", Condition.TRUE)) {
        degraded = first(degraded, verdict(n, "Degraded", cs, "Degraded"));
      }
    }

    private static Verdict verdict(String comp, String suffix, List<Condition> cs, String type) {
      String msg =
          cs.stream()
              .filter(c -> type.equals(c.getType()))
              .map(Condition::getMessage)
              .filter(m -> m != null && !m.isEmpty())
              .findFirst()
              .orElse(comp + " is not " + type.toLowerCase(Locale.ROOT));
      return new Verdict(comp + suffix, comp + ": " + msg);
    }

    private static boolean is(List<Condition> cs, String type, String status) {
      return cs.stream().anyMatch(c -> type.equals(c.getType()) && status.equals(c.getStatus()));
    }

    private static Verdict first(Verdict have, Verdict next) {
      return have != null ? have : next;
    }
  }
}
