package dev.coexist.operator.subresources;

import java.util.Map;

/**
 * The subresource server's configuration, parsed once from the environment in the operator's {@code
 * main}.
 *
 * @param enabled {@code COEXIST_SUBRESOURCES_ENABLED} (default false): serve from the operator
 *     process; the standalone {@code operator subresources} mode always serves
 * @param bindHost {@code COEXIST_SUBRESOURCES_BIND} (default {@code 0.0.0.0})
 * @param port {@code COEXIST_SUBRESOURCES_PORT} (default 8443; 0 picks a free port)
 * @param namespace {@code POD_NAMESPACE}: where the Service, the cert Secret and virt-handler live
 * @param serviceName {@code COEXIST_SUBRESOURCES_SERVICE} (default {@code coexist-subresources})
 * @param certSecret {@code COEXIST_SUBRESOURCES_CERT_SECRET} (default {@code
 *     coexist-subresources-certs})
 * @param registerApiService {@code COEXIST_SUBRESOURCES_REGISTER} (default true): create/update the
 *     APIServices with the CA bundle
 * @param handlerPort {@code COEXIST_HANDLER_CONSOLE_PORT} (default 8186)
 * @param handlerSelector {@code COEXIST_HANDLER_SELECTOR}: label selector of virt-handler pods
 *     (default {@code kubevirt.io=virt-handler})
 * @param uploadProxyPort {@code COEXIST_UPLOADPROXY_PORT} (default 8444; 0 picks a free port): the
 *     HTTPS upload proxy ({@code virtctl image-upload --uploadproxy-url https://<pod IP>:8444})
 */
public record SubresourceConfig(
    boolean enabled,
    String bindHost,
    int port,
    String namespace,
    String serviceName,
    String certSecret,
    boolean registerApiService,
    int handlerPort,
    String handlerSelector,
    int uploadProxyPort) {

  /**
   * Parses the environment.
   *
   * @throws IllegalArgumentException naming the variable that is invalid
   */
  public static SubresourceConfig fromEnv(Map<String, String> env) {
    String ns = env.getOrDefault("POD_NAMESPACE", "").trim();
    boolean enabled = bool(env, "COEXIST_SUBRESOURCES_ENABLED", false);
    if (ns.isEmpty()) {
      throw new IllegalArgumentException(
          "POD_NAMESPACE: required by the subresource API server (downward API"
              + " metadata.namespace)");
    }
    return new SubresourceConfig(
        enabled,
        env.getOrDefault("COEXIST_SUBRESOURCES_BIND", "0.0.0.0"),
        port(env, "COEXIST_SUBRESOURCES_PORT", 8443),
        ns,
        env.getOrDefault("COEXIST_SUBRESOURCES_SERVICE", "coexist-subresources"),
        env.getOrDefault("COEXIST_SUBRESOURCES_CERT_SECRET", "coexist-subresources-certs"),
        bool(env, "COEXIST_SUBRESOURCES_REGISTER", true),
        port(env, "COEXIST_HANDLER_CONSOLE_PORT", 8186),
        env.getOrDefault("COEXIST_HANDLER_SELECTOR", "kubevirt.io=virt-handler"),
        port(env, "COEXIST_UPLOADPROXY_PORT", 8444));
  }

  /** The DNS name kube-apiserver verifies the serving certificate against. */
  public String serviceDnsName() {
    return serviceName + "." + namespace + ".svc";
  }

  private static boolean bool(Map<String, String> env, String name, boolean dflt) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    if ("true".equalsIgnoreCase(v.trim()) || "false".equalsIgnoreCase(v.trim())) {
      return Boolean.parseBoolean(v.trim());
    }
    throw new IllegalArgumentException(name + ": expected true or false, got " + v);
  }

  private static int port(Map<String, String> env, String name, int dflt) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int p = Integer.parseInt(v.trim());
      if (p < 0 || p > 65535) {
        throw new IllegalArgumentException(name + ": " + p + " is not a port");
      }
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": not an integer: " + v, e);
    }
  }
}
