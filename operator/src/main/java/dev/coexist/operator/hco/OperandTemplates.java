package dev.coexist.operator.hco;

import dev.coexist.operator.ModelJson;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifests the operator creates for the HyperConverged CR, as typed objects: {@code
 * deploy/base/handler/} (virt-handler's DaemonSet, ServiceAccount, ClusterRole and binding) and
 * {@code deploy/base/subresources/service.yaml}, packaged into the operator jar under {@code
 * /operands/} (operator/pom.xml). {@link HandlerModel} fills in namespace, owner, image and env.
 *
 * @param handlerDaemonSet the DaemonSet
 * @param handlerServiceAccount its ServiceAccount
 * @param handlerClusterRole its ClusterRole
 * @param handlerClusterRoleBinding the binding of the two
 * @param subresourcesService the subresource API's Service
 */
public record OperandTemplates(
    DaemonSet handlerDaemonSet,
    ServiceAccount handlerServiceAccount,
    ClusterRole handlerClusterRole,
    ClusterRoleBinding handlerClusterRoleBinding,
    Service subresourcesService) {

  private static final KubernetesSerialization JSON = ModelJson.SHARED;

  /** Reads the templates from the classpath. */
  public static OperandTemplates fromClasspath() {
    List<HasMetadata> handler = new ArrayList<>();
    handler.addAll(read("/operands/handler/rbac.yaml"));
    handler.addAll(read("/operands/handler/daemonset.yaml"));
    List<HasMetadata> subresources = read("/operands/subresources/service.yaml");
    return new OperandTemplates(
        one(handler, DaemonSet.class),
        one(handler, ServiceAccount.class),
        one(handler, ClusterRole.class),
        one(handler, ClusterRoleBinding.class),
        one(subresources, Service.class));
  }

  private static List<HasMetadata> read(String resource) {
    try (InputStream in = OperandTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the operator's classpath");
      }
      Object parsed = JSON.unmarshal(in);
      if (parsed instanceof List<?> list) {
        return list.stream().map(HasMetadata.class::cast).toList();
      }
      return List.of((HasMetadata) parsed);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
  }

  private static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> type) {
    List<T> found = objects.stream().filter(type::isInstance).map(type::cast).toList();
    if (found.size() != 1) {
      throw new IllegalStateException(
          "expected one " + type.getSimpleName() + " in the operand templates, found " + found);
    }
    return found.get(0);
  }
}
