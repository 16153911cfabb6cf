package dev.coexist.operator.subresources;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A request path of the subresource API, parsed. Pure.
 *
 * @param kind what the path addresses
 * @param version the API version ({@code v1}/{@code v1alpha3}), empty for non-versioned paths
 * @param namespace the namespace of a namespaced path, else empty
 * @param resource {@code virtualmachines}, {@code virtualmachineinstances} or {@code
 *     expand-vm-spec}, else empty
 * @param name the object's name, else empty
 * @param subresource the subresource ({@code start}, {@code vnc/screenshot}, ...), else empty
 */
public record SubresourcePath(
    Kind kind, String version, String namespace, String resource, String name, String subresource) {

  /** What a path addresses. */
  public enum Kind {
    /** {@code /}. */
    ROOT,
    /** {@code /apis}. */
    APIS,
    /** {@code /apis/subresources.kubevirt.io}. */
    GROUP,
    /** {@code /apis/subresources.kubevirt.io/<version>}. */
    RESOURCES,
    /** {@code /apis/subresources.kubevirt.io/<version>/{version,healthz,guestfs}}. */
    VERSION_INFO,
    /** {@code /healthz}, {@code /readyz}. */
    HEALTH,
    /** {@code /openapi/v2}, {@code /openapi/v3}. */
    OPENAPI,
    /** {@code .../namespaces/<ns>/<resource>/<name>/<subresource>}. */
    OBJECT,
    /** {@code .../namespaces/<ns>/expand-vm-spec}. */
    NAMESPACE_ACTION
  }

  /** The VirtualMachine resource. */
  public static final String VMS = "virtualmachines";

  /** The VirtualMachineInstance resource. */
  public static final String VMIS = "virtualmachineinstances";

  private static final String PREFIX = "/apis/" + Discovery.GROUP;

  /** Parses a path (without query); empty when this server does not serve it. */
  public static Optional<SubresourcePath> parse(String rawPath) {
    String path = rawPath.length() > 1 && rawPath.endsWith("/") ? strip(rawPath) : rawPath;
    switch (path) {
      case "/":
        return Optional.of(simple(Kind.ROOT, ""));
      case "/apis":
        return Optional.of(simple(Kind.APIS, ""));
      case "/healthz":
      case "/readyz":
        return Optional.of(simple(Kind.HEALTH, ""));
      case "/openapi/v2":
      case "/openapi/v3":
        return Optional.of(simple(Kind.OPENAPI, ""));
      case PREFIX:
        return Optional.of(simple(Kind.GROUP, ""));
      default:
        break;
    }
    if (!path.startsWith(PREFIX + "/")) {
      return Optional.empty();
    }
    String[] parts = path.substring(PREFIX.length() + 1).split("/", -1);
    String version = parts[0];
    if (!Discovery.VERSIONS.contains(version)) {
      return Optional.empty();
    }
    if (parts.length == 1) {
      return Optional.of(simple(Kind.RESOURCES, version));
    }
    if (parts.length == 2 && isVersionInfo(parts[1])) {
      return Optional.of(new SubresourcePath(Kind.VERSION_INFO, version, "", parts[1], "", ""));
    }
    return namespaced(version, parts);
  }

  private static Optional<SubresourcePath> namespaced(String version, String[] parts) {
    if (parts.length < 4 || !"namespaces".equals(parts[1]) || parts[2].isEmpty()) {
      return Optional.empty();
    }
    String ns = parts[2];
    if (parts.length == 4 && "expand-vm-spec".equals(parts[3])) {
      return Optional.of(new SubresourcePath(Kind.NAMESPACE_ACTION, version, ns, parts[3], "", ""));
    }
    if (parts.length < 6 || parts[4].isEmpty() || parts[5].isEmpty()) {
      return Optional.empty();
    }
    String resource = parts[3];
    if (!VMS.equals(resource) && !VMIS.equals(resource)) {
      return Optional.empty();
    }
    String sub = String.join("/", Arrays.copyOfRange(parts, 5, parts.length));
    return Optional.of(new SubresourcePath(Kind.OBJECT, version, ns, resource, parts[4], sub));
  }

  private static boolean isVersionInfo(String s) {
    return "version".equals(s) || "healthz".equals(s) || "guestfs".equals(s);
  }

  private static String strip(String p) {
    String s = p;
    while (s.length() > 1 && s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static SubresourcePath simple(Kind kind, String version) {
    return new SubresourcePath(kind, version, "", "", "", "");
  }

  /**
   * Whether any client may read this path without a SubjectAccessReview (KubeVirt's {@code
   * noAuthEndpoints}: discovery, health, version, openapi).
   */
  public boolean needsNoAuthorization() {
    return kind != Kind.OBJECT && kind != Kind.NAMESPACE_ACTION;
  }

  /**
   * The first segment of the subresource, which is what RBAC names ({@code vnc} for {@code
   * vnc/screenshot}, {@code portforward} for {@code portforward/22/tcp}).
   */
  public String rbacSubresource() {
    int slash = subresource.indexOf('/');
    return slash < 0 ? subresource : subresource.substring(0, slash);
  }

  /**
   * The RBAC verb of an HTTP method on this path (Kubernetes' request verb mapping), empty for an
   * unknown method.
   */
  public Optional<String> rbacVerb(String httpMethod) {
    boolean named = !name.isEmpty();
    switch (httpMethod.toUpperCase(Locale.ROOT)) {
      case "POST":
        return Optional.of("create");
      case "GET":
      case "HEAD":
        return Optional.of(named ? "get" : "list");
      case "PUT":
        return Optional.of("update");
      case "PATCH":
        return Optional.of("patch");
      case "DELETE":
        return Optional.of(named ? "delete" : "deletecollection");
      default:
        return Optional.empty();
    }
  }
}
