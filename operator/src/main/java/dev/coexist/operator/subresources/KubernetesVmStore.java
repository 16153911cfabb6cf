package dev.coexist.operator.subresources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.List;
import java.util.Optional;

/** {@link VmStore} on the Kubernetes API through fabric8. */
public final class KubernetesVmStore implements VmStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KubernetesClient client;

  /** Uses this client (the operator's own identity). */
  public KubernetesVmStore(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public Optional<VirtualMachine> vm(String namespace, String name) {
    return Optional.ofNullable(
        client.resources(VirtualMachine.class).inNamespace(namespace).withName(name).get());
  }

  @Override
  public Optional<VirtualMachineInstance> vmi(String namespace, String name) {
    return Optional.ofNullable(
        client.resources(VirtualMachineInstance.class).inNamespace(namespace).withName(name).get());
  }

  @Override
  public void patch(
      Target target, String namespace, String name, List<PatchOp> ops, boolean dryRun) {
    if (ops.isEmpty()) {
      return;
    }
    String body;
    try {
      body = JSON.writeValueAsString(ops);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("serializing a JSON patch of " + namespace + "/" + name, e);
    }
    PatchContext.Builder ctx = new PatchContext.Builder().withPatchType(PatchType.JSON);
    if (dryRun) {
      ctx.withDryRun(List.of(LifecycleOptions.DRY_RUN_ALL));
    }
    try {
      switch (target) {
        case VM:
          vmResource(namespace, name).patch(ctx.build(), body);
          break;
        case VM_STATUS:
          vmResource(namespace, name).subresource("status").patch(ctx.build(), body);
          break;
        default:
          client
              .resources(VirtualMachineInstance.class)
              .inNamespace(namespace)
              .withName(name)
              .patch(ctx.build(), body);
          break;
      }
    } catch (KubernetesClientException e) {
      if (isConflict(e)) {
        throw new PatchConflictException(e.getMessage(), e);
      }
      throw e;
    }
  }

  private Resource<VirtualMachine> vmResource(String namespace, String name) {
    return client.resources(VirtualMachine.class).inNamespace(namespace).withName(name);
  }

  /**
   * A failed {@code test} comes back as 409, or as 422 "the server rejected our request" without
   * field causes (a 422 with causes is a validation error of the patched object and stays one).
   */
  private static boolean isConflict(KubernetesClientException e) {
    String m = String.valueOf(e.getMessage());
    boolean noCauses =
        e.getStatus() == null
            || e.getStatus().getDetails() == null
            || e.getStatus().getDetails().getCauses() == null
            || e.getStatus().getDetails().getCauses().isEmpty();
    return e.getCode() == 409
        || e.getCode() == 404
        || (e.getCode() == 422 && noCauses)
        || m.contains("test operation does not apply");
  }

  @Override
  public boolean deleteLauncherPods(String namespace, VirtualMachineInstance vmi) {
    List<Pod> pods =
        client
            .pods()
            .inNamespace(namespace)
            .withLabel(KubevirtNames.LABEL_CREATED_BY, vmi.getMetadata().getUid())
            .withField("status.phase", "Running")
            .list()
            .getItems();
    for (Pod p : pods) {
      client
          .pods()
          .inNamespace(namespace)
          .withName(p.getMetadata().getName())
          .withGracePeriod(1)
          .delete();
    }
    return !pods.isEmpty();
  }
}
