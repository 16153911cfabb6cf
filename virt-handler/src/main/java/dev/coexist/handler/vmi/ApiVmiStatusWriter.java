package dev.coexist.handler.vmi;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes status with resourceVersion-checked PUTs of the whole VMI; on 409 it re-reads the VMI,
 * recomputes and tries again.
 */
public final class ApiVmiStatusWriter implements VmiStatusWriter {
  private static final Logger LOG = LoggerFactory.getLogger(ApiVmiStatusWriter.class);
  private static final int ATTEMPTS = 5;
  private final KubernetesClient client;

  /** A writer using this client. */
  public ApiVmiStatusWriter(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public boolean write(
      VirtualMachineInstance cached,
      Function<VirtualMachineInstance, VirtualMachineInstanceStatus> desired) {
    VirtualMachineInstance current = cached;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (current == null) {
        return false;
      }
      VirtualMachineInstanceStatus status = desired.apply(current);
      if (Objects.equals(status, current.getStatus())) {
        return false;
      }
      VirtualMachineInstance copy = client.getKubernetesSerialization().clone(current);
      copy.setStatus(status);
      try {
        client.resource(copy).update();
        LOG.debug("status written: phase {}", status.getPhase());
        return true;
      } catch (KubernetesClientException e) {
        if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
          throw e;
        }
        LOG.debug("conflict writing status (attempt {}), re-reading", attempt);
        current =
            client
                .resources(VirtualMachineInstance.class)
                .inNamespace(cached.getMetadata().getNamespace())
                .withName(cached.getMetadata().getName())
                .get();
      }
    }
    throw new IllegalStateException(
        "status of VMI "
            + VmiKey.of(cached)
            + " still conflicting after "
            + ATTEMPTS
            + " attempts");
  }
}
