package dev.coexist.operator.subresources;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The APIServices {@code v1.subresources.kubevirt.io} and {@code v1alpha3.subresources.kubevirt.io}
 * pointing at the operator's Service with the CA bundle: built by a pure function, applied with
 * server-side apply.
 */
public final class ApiServiceRegistration {
  /** Label on the objects coexist manages. */
  public static final Map<String, String> LABELS =
      Map.of("app.kubernetes.io/part-of", "coexist", "app.kubernetes.io/component", "subresources");

  private ApiServiceRegistration() {}

  /** The desired APIServices. */
  public static List<ApiService> desired(
      String namespace, String serviceName, int servicePort, String caPem) {
    List<ApiService> out = new ArrayList<>();
    int priority = 15;
    for (String v : Discovery.VERSIONS) {
      ApiService a = new ApiService();
      a.setMetadata(
          new ObjectMetaBuilder().withName(v + "." + Discovery.GROUP).withLabels(LABELS).build());
      a.setSpec(
          new ApiService.Spec(
              Discovery.GROUP,
              v,
              new ApiService.ServiceReference(namespace, serviceName, servicePort),
              Base64.getEncoder().encodeToString(caPem.getBytes(StandardCharsets.US_ASCII)),
              1000,
              priority,
              null));
      out.add(a);
      priority -= 5;
    }
    return out;
  }

  /** Applies them (server-side apply, field manager {@code coexist-subresources}). */
  public static void apply(KubernetesClient client, List<ApiService> services) {
    for (ApiService a : services) {
      client.resource(a).fieldManager("coexist-subresources").forceConflicts().serverSideApply();
    }
  }
}
