package dev.coexist.operator.hco;

import java.util.Map;
import java.util.Optional;

/**
 * The HyperConverged controller's configuration, parsed once from the environment.
 *
 * @param namespace the install namespace (where the singleton, the KubeVirt CR and the handler
 *     DaemonSet live)
 * @param version this operator's version (written to {@code status.versions})
 * @param kvmEmulation HCO's {@code KVM_EMULATION}: KubeVirt's {@code useEmulation}
 * @param handlerDaemonSet the name of the virt-handler DaemonSet in {@code namespace}
 * @param operands how the operator builds the handler DaemonSet and the subresource objects
 * @param operatorDeployment this operator's own Deployment in {@code namespace}, whose {@code
 *     spec.replicas} the controller sets from the node topology ({@link InfrastructureTopology});
 *     empty: leave the replicas alone (tests running the controller in their own JVM)
 */
public record HcoConfig(
    String namespace,
    String version,
    boolean kvmEmulation,
    String handlerDaemonSet,
    OperandConfig operands,
    Optional<String> operatorDeployment) {

  /** The env naming the install namespace (the operator pod's own namespace by default). */
  public static final String ENV_NAMESPACE = "COEXIST_HCO_NAMESPACE";

  /** HCO's software-emulation switch. */
  public static final String ENV_KVM_EMULATION = "KVM_EMULATION";

  /** The env naming the handler DaemonSet. */
  public static final String ENV_HANDLER = "COEXIST_HANDLER_DAEMONSET";

  /** The env naming the operator's own Deployment; {@code none} leaves its replicas alone. */
  public static final String ENV_OPERATOR_DEPLOYMENT = "COEXIST_OPERATOR_DEPLOYMENT";

  public HcoConfig {
    if (namespace == null || namespace.isBlank()) {
      throw new IllegalArgumentException("HcoConfig.namespace: must not be empty");
    }
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("HcoConfig.version: must not be empty");
    }
    if (handlerDaemonSet == null || handlerDaemonSet.isBlank()) {
      throw new IllegalArgumentException("HcoConfig.handlerDaemonSet: must not be empty");
    }
    if (operands == null) {
      throw new IllegalArgumentException("HcoConfig.operands: must not be null");
    }
    if (operatorDeployment == null) {
      throw new IllegalArgumentException("HcoConfig.operatorDeployment: must not be null");
    }
  }

  /** Leaving the operator Deployment's replicas alone. */
  public HcoConfig(
      String namespace,
      String version,
      boolean kvmEmulation,
      String handlerDaemonSet,
      OperandConfig operands) {
    this(namespace, version, kvmEmulation, handlerDaemonSet, operands, Optional.empty());
  }

  /** Managing only the KubeVirt and CDI CRs ({@link OperandConfig#NONE}). */
  public HcoConfig(
      String namespace, String version, boolean kvmEmulation, String handlerDaemonSet) {
    this(namespace, version, kvmEmulation, handlerDaemonSet, OperandConfig.NONE);
  }

  /**
   * Parses {@value #ENV_NAMESPACE} (else {@code POD_NAMESPACE}, else {@code
   * kubevirt-hyperconverged}), {@value #ENV_KVM_EMULATION} ({@code true}/{@code false}, default
   * false), {@value #ENV_HANDLER} (default {@code virt-handler}), {@value #ENV_OPERATOR_DEPLOYMENT}
   * (default {@code coexist-operator}; {@code none}: no Deployment) and the {@link OperandConfig}.
   */
  public static HcoConfig fromEnv(String version, Map<String, String> env) {
    String ns = env.get(ENV_NAMESPACE);
    if (ns == null || ns.isBlank()) {
      ns = env.getOrDefault("POD_NAMESPACE", "kubevirt-hyperconverged");
    }
    String emu = env.getOrDefault(ENV_KVM_EMULATION, "false").trim();
    if (!"true".equalsIgnoreCase(emu) && !"false".equalsIgnoreCase(emu) && !emu.isEmpty()) {
      throw new IllegalArgumentException(
          ENV_KVM_EMULATION + ": expected true or false, got '" + emu + "'");
    }
    return new HcoConfig(
        ns,
        version,
        "true".equalsIgnoreCase(emu),
        env.getOrDefault(ENV_HANDLER, "virt-handler"),
        OperandConfig.fromEnv(env),
        operatorDeployment(env.getOrDefault(ENV_OPERATOR_DEPLOYMENT, "coexist-operator").trim()));
  }

  private static Optional<String> operatorDeployment(String name) {
    if ("none".equals(name)) {
      return Optional.empty();
    }
    if (!name.matches("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?")) {
      throw new IllegalArgumentException(
          ENV_OPERATOR_DEPLOYMENT + ": '" + name + "' is not a Deployment name (or none)");
    }
    return Optional.of(name);
  }
}
