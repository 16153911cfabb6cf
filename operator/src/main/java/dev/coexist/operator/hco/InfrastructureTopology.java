package dev.coexist.operator.hco;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Taint;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Whether the cluster's infrastructure is highly available, and so how many operator replicas to
 * run — HCO's {@code status.infrastructureHighlyAvailable}, which it uses to pick one or two
 * replicas for the deployments it manages. Here a cluster is highly available when at least two
 * nodes can take an operator pod: not cordoned ({@code spec.unschedulable}) and without a taint of
 * effect {@code NoSchedule} or {@code NoExecute} (the operator pods tolerate none, so a
 * control-plane-only node does not count). On a single-node cluster a second replica cannot fail
 * over anywhere the first does not already run, and costs a whole JVM of memory.
 */
public final class InfrastructureTopology {

  /** Operator replicas on a highly available infrastructure. */
  public static final int HA_REPLICAS = 2;

  private static final Set<String> REPELLING = Set.of("NoSchedule", "NoExecute");

  private InfrastructureTopology() {}

  /** Whether {@code node} can take an operator pod (see the class comment). */
  public static boolean schedulable(Node node) {
    if (node.getSpec() == null) {
      return true;
    }
    if (Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
      return false;
    }
    List<Taint> taints = node.getSpec().getTaints();
    return taints == null || taints.stream().noneMatch(t -> REPELLING.contains(t.getEffect()));
  }

  /** At least two schedulable nodes. */
  public static boolean highlyAvailable(Collection<Node> nodes) {
    return nodes.stream().filter(InfrastructureTopology::schedulable).limit(2).count() >= 2;
  }

  /** The operator Deployment's replicas: {@value #HA_REPLICAS} when highly available, else 1. */
  public static int operatorReplicas(boolean highlyAvailable) {
    return highlyAvailable ? HA_REPLICAS : 1;
  }
}
