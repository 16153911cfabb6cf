package dev.coexist.operator.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.operator.subresources.AccessReviewer;
import dev.coexist.operator.subresources.ApiResponse;
import dev.coexist.operator.subresources.ApiStatus;
import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIGroupBuilder;
import io.fabric8.kubernetes.api.model.APIResourceBuilder;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.APIResourceListBuilder;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscovery;
import io.fabric8.kubernetes.api.model.ServerAddressByClientCIDR;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code upload.cdi.kubevirt.io/v1beta1}: discovery and {@code POST
 * namespaces/{ns}/uploadtokenrequests} (CDI's UploadTokenRequest: {@code spec.pvcName} in, {@code
 * status.token} out). The subresource API server authenticates the front proxy and reviews {@code
 * create} on {@code uploadtokenrequests} ({@link #attributes}) before {@link #create}.
 */
public final class UploadTokenApi {
  /** The API group. */
  public static final String GROUP = "upload.cdi.kubevirt.io";

  /** The version. */
  public static final String VERSION = "v1beta1";

  /** The resource. */
  public static final String RESOURCE = "uploadtokenrequests";

  /** The kind. */
  public static final String KIND = "UploadTokenRequest";

  private static final String PREFIX = "/apis/" + GROUP;
  private static final Pattern CREATE =
      Pattern.compile(
          "^/apis/"
              + Pattern.quote(GROUP)
              + "/"
              + VERSION
              + "/namespaces/([a-z0-9]([-a-z0-9]*[a-z0-9])?)/"
              + RESOURCE
              + "/?$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final UploadTokens tokens;

  /** Issues tokens with this signer. */
  public UploadTokenApi(UploadTokens tokens) {
    this.tokens = tokens;
  }

  /** Whether the path belongs to this group. */
  public static boolean owns(String path) {
    return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
  }

  /** The discovery answer for {@code /apis/upload.cdi.kubevirt.io[/v1beta1]}, if it is one. */
  public static Optional<ApiResponse> discovery(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (p.equals(PREFIX)) {
      return Optional.of(ApiResponse.json(200, group()));
    }
    if (p.equals(PREFIX + "/" + VERSION)) {
      return Optional.of(ApiResponse.json(200, resourceList()));
    }
    return Optional.empty();
  }

  /** The APIGroup document. */
  public static APIGroup group() {
    GroupVersionForDiscovery v = new GroupVersionForDiscovery(GROUP + "/" + VERSION, VERSION);
    return new APIGroupBuilder()
        .withApiVersion("v1")
        .withKind("APIGroup")
        .withName(GROUP)
        .withVersions(v)
        .withPreferredVersion(v)
        .withServerAddressByClientCIDRs(new ServerAddressByClientCIDR("0.0.0.0/0", ""))
        .build();
  }

  /** The APIResourceList of {@code v1beta1}. */
  public static APIResourceList resourceList() {
    return new APIResourceListBuilder()
        .withApiVersion("v1")
        .withKind("APIResourceList")
        .withGroupVersion(GROUP + "/" + VERSION)
        .withResources(
            new APIResourceBuilder()
                .withName(RESOURCE)
                .withSingularName("uploadtokenrequest")
                .withNamespaced(true)
                .withKind(KIND)
                .withVerbs(List.of("create"))
                .build())
        .build();
  }

  /**
   * What RBAC must allow for this request: {@code create} on {@code uploadtokenrequests} in the
   * namespace; empty when the path or method is not the create endpoint.
   */
  public static Optional<AccessReviewer.Attributes> attributes(String method, String path) {
    Matcher m = CREATE.matcher(path);
    if (!m.matches() || !"POST".equals(method)) {
      return Optional.empty();
    }
    return Optional.of(
        new AccessReviewer.Attributes(GROUP, m.group(1), "create", VERSION, RESOURCE, "", ""));
  }

  /** Answers a request that is neither discovery nor an authorized create. */
  public static ApiResponse notServed(String method, String path) {
    if (CREATE.matcher(path).matches()) {
      return ApiResponse.of(ApiStatus.methodNotAllowed(method, RESOURCE + "." + GROUP));
    }
    return ApiResponse.of(ApiStatus.pathNotFound(path));
  }

  /** 403 in kube-apiserver's words. */
  public static io.fabric8.kubernetes.api.model.Status forbidden(
      String user, AccessReviewer.Attributes a) {
    return ApiStatus.forbidden(
        RESOURCE + "." + GROUP,
        "",
        "User \""
            + user
            + "\" cannot create resource \""
            + RESOURCE
            + "\" in API group \""
            + GROUP
            + "\" in the namespace \""
            + a.namespace()
            + "\"");
  }

  /** {@code POST …/namespaces/{ns}/uploadtokenrequests}, already authorized. */
  public ApiResponse create(String path, byte[] body, Instant now) {
    Matcher m = CREATE.matcher(path);
    if (!m.matches()) {
      return ApiResponse.of(ApiStatus.pathNotFound(path));
    }
    String namespace = m.group(1);
    JsonNode req;
    try {
      req = JSON.readTree(body);
    } catch (IOException e) {
      return ApiResponse.of(ApiStatus.badRequest("the body is not JSON: " + e.getMessage()));
    }
    if (req == null || !req.isObject()) {
      return ApiResponse.of(ApiStatus.badRequest("the body must be an UploadTokenRequest object"));
    }
    String pvc = req.path("spec").path("pvcName").asText("");
    if (pvc.isEmpty()) {
      return ApiResponse.of(
          ApiStatus.badRequest("spec.pvcName: Required value: the PVC to upload to"));
    }
    String token = tokens.issue(namespace, pvc, now);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("name", req.path("metadata").path("name").asText("token-for-" + pvc));
    meta.put("namespace", namespace);
    meta.put(
        "creationTimestamp",
        DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("apiVersion", GROUP + "/" + VERSION);
    out.put("kind", KIND);
    out.put("metadata", meta);
    out.put("spec", Map.of("pvcName", pvc));
    out.put("status", Map.of("token", token));
    return ApiResponse.json(201, out);
  }
}
