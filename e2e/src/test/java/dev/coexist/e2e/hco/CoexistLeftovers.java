package dev.coexist.e2e.hco;

import dev.coexist.crds.cdi.v1beta1.Cdi;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a coexist installation is still in the cluster: the objects labelled as coexist's or
 * HCO's (ClusterRoles, bindings, webhook registrations, APIServices, CDI), coexist's kube-system
 * RoleBindings and any {@code kubevirt.io} pod. Empty after {@code hack/undeploy.sh}.
 */
final class CoexistLeftovers {
  /** APIService objects (apiregistration.k8s.io/v1), for generic-resource calls. */
  static final ResourceDefinitionContext API_SERVICES =
      new ResourceDefinitionContext.Builder()
          .withGroup("apiregistration.k8s.io")
          .withVersion("v1")
          .withPlural("apiservices")
          .withKind("APIService")
          .withNamespaced(false)
          .build();

  private CoexistLeftovers() {}

  /** One line per object left ("Kind name"). */
  static List<String> list(KubernetesClient client) {
    List<String> left = new ArrayList<>();
    for (String selector :
        List.of(
            "app.kubernetes.io/part-of=coexist",
            "app.kubernetes.io/managed-by=hco-operator",
            "app.kubernetes.io/part-of=hyperconverged-cluster")) {
      client.rbac().clusterRoles().withLabelSelector(selector).list().getItems().stream()
          .map(o -> "ClusterRole " + o.getMetadata().getName())
          .forEach(left::add);
      client.rbac().clusterRoleBindings().withLabelSelector(selector).list().getItems().stream()
          .map(o -> "ClusterRoleBinding " + o.getMetadata().getName())
          .forEach(left::add);
      client
          .admissionRegistration()
          .v1()
          .validatingWebhookConfigurations()
          .withLabelSelector(selector)
          .list()
          .getItems()
          .stream()
          .map(o -> "ValidatingWebhookConfiguration " + o.getMetadata().getName())
          .forEach(left::add);
      client
          .genericKubernetesResources(API_SERVICES)
          .withLabelSelector(selector)
          .list()
          .getItems()
          .stream()
          .map(o -> "APIService " + o.getMetadata().getName())
          .forEach(left::add);
      client.resources(Cdi.class).withLabelSelector(selector).list().getItems().stream()
          .map(o -> "CDI " + o.getMetadata().getName())
          .forEach(left::add);
    }
    client.rbac().roleBindings().inNamespace("kube-system").list().getItems().stream()
        .filter(b -> b.getMetadata().getName().startsWith("coexist-"))
        .map(o -> "RoleBinding kube-system/" + o.getMetadata().getName())
        .forEach(left::add);
    client.pods().inAnyNamespace().withLabel("kubevirt.io").list().getItems().stream()
        .map(Pod::getMetadata)
        .map(m -> "Pod " + m.getNamespace() + "/" + m.getName())
        .forEach(left::add);
    return left;
  }
}
