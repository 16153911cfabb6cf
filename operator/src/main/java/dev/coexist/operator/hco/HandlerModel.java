package dev.coexist.operator.hco;

import dev.coexist.crds.hco.v1beta1.HyperConverged;
import dev.coexist.crds.kubevirt.v1.KubeVirt;
import dev.coexist.operator.ModelJson;
import dev.coexist.operator.subresources.ApiService;
import dev.coexist.operator.subresources.ApiServiceRegistration;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pure builders of the virt-handler DaemonSet, its ServiceAccount and RBAC, and the subresource
 * API's Service and APIServices, from the {@link OperandTemplates} and the configuration.
 * Namespaced ones get an owner reference to the HyperConverged CR; cluster-scoped ones carry the
 * operand labels and are removed by the controller's cleanup.
 */
public final class HandlerModel {

  /** The handler's env forcing software emulation (KubeVirt's {@code useEmulation}). */
  public static final String ENV_USE_EMULATION = "COEXIST_USE_EMULATION";

  private static final KubernetesSerialization JSON = ModelJson.SHARED;

  private HandlerModel() {}

  /** The handler's ServiceAccount. */
  public static ServiceAccount serviceAccount(
      OperandTemplates t, HyperConverged hco, HcoConfig config) {
    ServiceAccount sa = JSON.clone(t.handlerServiceAccount());
    own(sa, hco, config, "compute");
    return sa;
  }

  /** The handler's ClusterRole. */
  public static ClusterRole clusterRole(OperandTemplates t) {
    ClusterRole role = JSON.clone(t.handlerClusterRole());
    label(role, "compute");
    return role;
  }

  /** The binding of the handler's ClusterRole to its ServiceAccount in the install namespace. */
  public static ClusterRoleBinding clusterRoleBinding(OperandTemplates t, HcoConfig config) {
    ClusterRoleBinding b = JSON.clone(t.handlerClusterRoleBinding());
    label(b, "compute");
    b.getSubjects().forEach(s -> s.setNamespace(config.namespace()));
    return b;
  }

  /**
   * The virt-handler DaemonSet: the template's with this namespace and owner, the configured image,
   * pull policy and kubelet pods dir, the operand env copied from the operator, and {@value
   * #ENV_USE_EMULATION}{@code =true} when the KubeVirt CR says {@code useEmulation}.
   */
  public static DaemonSet daemonSet(
      OperandTemplates t, HyperConverged hco, HcoConfig config, KubeVirt kubeVirt) {
    DaemonSet ds = JSON.clone(t.handlerDaemonSet());
    ds.getMetadata().setName(config.handlerDaemonSet());
    own(ds, hco, config, "compute");
    OperandConfig op = config.operands();
    var pod = ds.getSpec().getTemplate().getSpec();
    for (Volume v : pod.getVolumes()) {
      if ("pods".equals(v.getName()) && v.getHostPath() != null) {
        v.getHostPath().setPath(op.podsDir());
      }
    }
    Container c = pod.getContainers().get(0);
    c.setImage(op.handlerImage());
    c.setImagePullPolicy(op.handlerPullPolicy());
    Map<String, String> extra = new TreeMap<>(op.env());
    if (useEmulation(kubeVirt)) {
      extra.put(ENV_USE_EMULATION, "true");
    }
    List<EnvVar> env = new ArrayList<>();
    for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
      if (!extra.containsKey(e.getName())) {
        env.add(e);
      }
    }
    extra.forEach((k, v) -> env.add(new EnvVar(k, v, null)));
    c.setEnv(env);
    return ds;
  }

  /** The subresource API's Service (selecting the operator pods). */
  public static Service subresourcesService(
      OperandTemplates t, HyperConverged hco, HcoConfig config, String name) {
    Service s = JSON.clone(t.subresourcesService());
    s.getMetadata().setName(name);
    own(s, hco, config, "subresources");
    return s;
  }

  /** The APIServices of {@code subresources.kubevirt.io} with the CA bundle. */
  public static List<ApiService> apiServices(HcoConfig config, String service, String caPem) {
    List<ApiService> out = ApiServiceRegistration.desired(config.namespace(), service, 443, caPem);
    out.forEach(a -> label(a, "subresources"));
    return out;
  }

  /** Whether the KubeVirt CR asks for software emulation. */
  static boolean useEmulation(KubeVirt kv) {
    return kv != null
        && kv.getSpec() != null
        && kv.getSpec().getConfiguration() != null
        && kv.getSpec().getConfiguration().getDeveloperConfiguration() != null
        && Boolean.TRUE.equals(
            kv.getSpec().getConfiguration().getDeveloperConfiguration().getUseEmulation());
  }

  private static void own(HasMetadata o, HyperConverged hco, HcoConfig config, String component) {
    o.getMetadata().setNamespace(config.namespace());
    label(o, component);
    OwnerReference ref =
        new OwnerReferenceBuilder()
            .withApiVersion(HyperConverged.API_VERSION)
            .withKind(HyperConverged.KIND)
            .withName(hco.getMetadata().getName())
            .withUid(hco.getMetadata().getUid())
            .withController(true)
            .withBlockOwnerDeletion(true)
            .build();
    o.getMetadata().setOwnerReferences(List.of(ref));
  }

  private static void label(HasMetadata o, String component) {
    Map<String, String> labels = new TreeMap<>();
    if (o.getMetadata().getLabels() != null) {
      labels.putAll(o.getMetadata().getLabels());
    }
    labels.putAll(OperandModel.labels(component));
    o.getMetadata().setLabels(labels);
  }
}
