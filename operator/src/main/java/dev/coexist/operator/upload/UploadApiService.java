package dev.coexist.operator.upload;

import dev.coexist.operator.subresources.ApiService;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The APIService {@code v1beta1.upload.cdi.kubevirt.io}: the same Service and CA as {@code
 * subresources.kubevirt.io} (one aggregated server serves both groups), but another Service port
 * ({@value #SERVICE_PORT}): kube-apiserver caches legacy discovery per Service <em>and port</em>,
 * so two APIServices on one port would show only one group's resources to kubectl. Pure.
 */
public final class UploadApiService {
  /** The Service port (to the same target port as the subresources APIServices' 443). */
  public static final int SERVICE_PORT = 8443;

  private UploadApiService() {}

  /** The desired APIService. */
  public static ApiService desired(
      String namespace, String serviceName, int servicePort, String caPem) {
    ApiService a = new ApiService();
    a.setMetadata(
        new ObjectMetaBuilder()
            .withName(UploadTokenApi.VERSION + "." + UploadTokenApi.GROUP)
            .withLabels(
                Map.of(
                    "app.kubernetes.io/part-of",
                    "coexist",
                    "app.kubernetes.io/component",
                    "upload"))
            .build());
    a.setSpec(
        new ApiService.Spec(
            UploadTokenApi.GROUP,
            UploadTokenApi.VERSION,
            new ApiService.ServiceReference(namespace, serviceName, servicePort),
            Base64.getEncoder().encodeToString(caPem.getBytes(StandardCharsets.US_ASCII)),
            1000,
            15,
            null));
    return a;
  }
}
