package dev.coexist.operator.hco;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the operator needs to build the objects it creates for the HyperConverged CR besides the
 * KubeVirt and CDI CRs: the virt-handler DaemonSet (and its RBAC) and, when the operator serves the
 * subresource API, its Service and APIServices.
 *
 * @param handlerImage {@code COEXIST_HANDLER_IMAGE}
 * @param handlerPullPolicy {@code COEXIST_HANDLER_PULL_POLICY} (IfNotPresent, Never or Always)
 * @param podsDir {@code COEXIST_HANDLER_PODS_DIR}: the kubelet's pods dir on the nodes
 * @param env what {@code COEXIST_OPERAND_ENV} names, with this operator's own values: copied into
 *     the handler container (e.g. {@code KUBERNETES_SERVICE_HOST} on a cluster without kube-proxy)
 * @param subresourcesService the subresource API's Service name when the operator serves it ({@code
 *     COEXIST_SUBRESOURCES_ENABLED=true}), empty otherwise
 * @param subresourcesCertSecret the Secret holding the subresource API's CA ({@code ca.crt})
 * @param manageHandler whether the operator creates the handler DaemonSet and its RBAC ({@code
 *     COEXIST_HCO_MANAGE_HANDLER}, default true; false only for tests sharing a cluster with an
 *     installed coexist, which watch a stand-in DaemonSet instead)
 */
public record OperandConfig(
    String handlerImage,
    String handlerPullPolicy,
    String podsDir,
    Map<String, String> env,
    Optional<String> subresourcesService,
    String subresourcesCertSecret,
    boolean manageHandler) {

  /** The env naming the variables copied into the operands. */
  public static final String ENV_OPERAND_ENV = "COEXIST_OPERAND_ENV";

  private static final Set<String> PULL_POLICIES = Set.of("IfNotPresent", "Never", "Always");

  /** Manage nothing but the KubeVirt and CDI CRs (tests sharing a cluster). */
  public static final OperandConfig NONE =
      new OperandConfig(
          "localhost/coexist/virt-handler:latest",
          "IfNotPresent",
          "/var/lib/kubelet/pods",
          Map.of(),
          Optional.empty(),
          "coexist-subresources-certs",
          false);

  public OperandConfig {
    if (!PULL_POLICIES.contains(handlerPullPolicy)) {
      throw new IllegalArgumentException(
          "COEXIST_HANDLER_PULL_POLICY: "
              + handlerPullPolicy
              + " is not one of IfNotPresent, Never, Always");
    }
    if (handlerImage == null || handlerImage.isBlank()) {
      throw new IllegalArgumentException("COEXIST_HANDLER_IMAGE: must not be empty");
    }
    if (podsDir == null || !podsDir.startsWith("/")) {
      throw new IllegalArgumentException(
          "COEXIST_HANDLER_PODS_DIR: must be an absolute path, not " + podsDir);
    }
    env = Map.copyOf(new TreeMap<>(env));
  }

  /** Parses the environment; a variable named in {@value #ENV_OPERAND_ENV} must be set. */
  public static OperandConfig fromEnv(Map<String, String> env) {
    Map<String, String> copied = new TreeMap<>();
    String names = env.getOrDefault(ENV_OPERAND_ENV, "").trim();
    for (String name : names.isEmpty() ? new String[0] : names.split("\\s*,\\s*")) {
      String value = env.get(name);
      if (value == null) {
        throw new IllegalArgumentException(
            ENV_OPERAND_ENV + ": names " + name + ", which is not set in the operator");
      }
      copied.put(name, value);
    }
    boolean subresources =
        "true".equalsIgnoreCase(env.getOrDefault("COEXIST_SUBRESOURCES_ENABLED", "").trim());
    return new OperandConfig(
        value(env, "COEXIST_HANDLER_IMAGE", NONE.handlerImage()),
        value(env, "COEXIST_HANDLER_PULL_POLICY", NONE.handlerPullPolicy()),
        value(env, "COEXIST_HANDLER_PODS_DIR", NONE.podsDir()),
        copied,
        subresources
            ? Optional.of(value(env, "COEXIST_SUBRESOURCES_SERVICE", "coexist-subresources"))
            : Optional.empty(),
        value(env, "COEXIST_SUBRESOURCES_CERT_SECRET", NONE.subresourcesCertSecret()),
        !"false".equalsIgnoreCase(value(env, "COEXIST_HCO_MANAGE_HANDLER", "true")));
  }

  private static String value(Map<String, String> env, String name, String dflt) {
    String v = env.get(name);
    return v == null || v.isBlank() ? dflt : v.trim();
  }
}
