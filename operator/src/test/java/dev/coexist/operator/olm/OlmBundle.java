package dev.coexist.operator.olm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds coexist's OLM bundle (registry+v1: {@code manifests/} with the ClusterServiceVersion, the
 * CRDs and the extra objects, {@code metadata/annotations.yaml}) from the same manifests {@code
 * kubectl apply -k deploy/} installs: the kustomize output of {@code deploy/base} (operator
 * Deployment → install strategy; the roles bound to its ServiceAccount → permissions and
 * clusterPermissions), the generated CRDs of {@code deploy/crds} (owned) and the samples of {@code
 * deploy/samples} ({@code alm-examples}). The namespace is OLM's to choose and is dropped.
 */
final class OlmBundle {
  static final String PACKAGE = "coexist";
  static final String CHANNEL = "stable";

  /**
   * Roles outside the install namespace that OLM cannot bind there, as cluster-wide rules limited
   * to the same object names.
   */
  static final Map<String, PolicyRule> FOREIGN_ROLES =
      Map.of(
          "kube-system/extension-apiserver-authentication-reader",
          new PolicyRuleBuilder()
              .withApiGroups("")
              .withResources("configmaps")
              .withResourceNames("extension-apiserver-authentication")
              .withVerbs("get", "list", "watch")
              .build());

  /**
   * Kinds the operator writes itself at start (the APIServices, with the caBundle only it knows); a
   * registry+v1 bundle cannot carry them as plain manifests.
   */
  static final java.util.Set<String> REGISTERED_AT_RUNTIME = java.util.Set.of("APIService");

  private static final KubernetesSerialization K8S = new KubernetesSerialization();
  private static final ObjectMapper JSON =
      new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
  private static final YAMLMapper YAML =
      (YAMLMapper)
          new YAMLMapper()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  /** What the bundle is built from. */
  record Inputs(
      String version,
      String installNamespace,
      List<HasMetadata> base,
      List<CustomResourceDefinition> crds,
      List<HasMetadata> samples) {}

  /** The bundle. */
  record Bundle(
      ClusterServiceVersion csv,
      List<CustomResourceDefinition> crds,
      List<HasMetadata> extra,
      Map<String, String> annotations) {}

  private OlmBundle() {}

  /** The CSV's name for a version. */
  static String csvName(String version) {
    return "coexist-operator.v" + version.toLowerCase(Locale.ROOT);
  }

  static Bundle build(Inputs in) {
    List<ClusterServiceVersion.DeploymentEntry> deployments = new ArrayList<>();
    Map<String, List<JsonNode>> permissions = new TreeMap<>();
    Map<String, List<JsonNode>> clusterPermissions = new TreeMap<>();
    List<HasMetadata> extra = new ArrayList<>();
    List<String> boundClusterRoles = new ArrayList<>();
    List<String> boundRoles = new ArrayList<>();
    for (HasMetadata o : in.base()) {
      if (o instanceof Deployment d) {
        deployments.add(
            new ClusterServiceVersion.DeploymentEntry(
                d.getMetadata().getName(),
                d.getMetadata().getLabels(),
                K8S.convertValue(d.getSpec(), JsonNode.class)));
      } else if (o instanceof ClusterRoleBinding b) {
        boundClusterRoles.add(b.getRoleRef().getName());
        for (String sa : serviceAccounts(b.getSubjects(), in.installNamespace())) {
          clusterPermissions
              .computeIfAbsent(sa, k -> new ArrayList<>())
              .addAll(rules(clusterRole(in.base(), b.getRoleRef().getName()).getRules()));
        }
      } else if (o instanceof RoleBinding b) {
        bindRole(in, b, permissions, clusterPermissions, boundRoles);
      } else if (!(o instanceof Namespace)
          && !(o instanceof ServiceAccount)
          && !REGISTERED_AT_RUNTIME.contains(o.getKind())) {
        extra.add(o);
      }
    }
    extra.removeIf(
        o ->
            o instanceof ClusterRole && boundClusterRoles.contains(o.getMetadata().getName())
                || o instanceof Role && boundRoles.contains(o.getMetadata().getName()));
    extra.forEach(o -> o.getMetadata().setNamespace(null));
    ClusterServiceVersion csv =
        new ClusterServiceVersion(
            "operators.coreos.com/v1alpha1",
            "ClusterServiceVersion",
            new ClusterServiceVersion.Metadata(csvName(in.version()), csvAnnotations(in)),
            spec(in, deployments, permissions, clusterPermissions));
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put("operators.operatorframework.io.bundle.mediatype.v1", "registry+v1");
    annotations.put("operators.operatorframework.io.bundle.manifests.v1", "manifests/");
    annotations.put("operators.operatorframework.io.bundle.metadata.v1", "metadata/");
    annotations.put("operators.operatorframework.io.bundle.package.v1", PACKAGE);
    annotations.put("operators.operatorframework.io.bundle.channels.v1", CHANNEL);
    annotations.put("operators.operatorframework.io.bundle.channel.default.v1", CHANNEL);
    return new Bundle(csv, in.crds(), extra, annotations);
  }

  private static void bindRole(
      Inputs in,
      RoleBinding b,
      Map<String, List<JsonNode>> permissions,
      Map<String, List<JsonNode>> clusterPermissions,
      List<String> boundRoles) {
    String ns = b.getMetadata().getNamespace();
    List<String> sas = serviceAccounts(b.getSubjects(), in.installNamespace());
    if (ns == null || ns.equals(in.installNamespace())) {
      boundRoles.add(b.getRoleRef().getName());
      Role role =
          in.base().stream()
              .filter(Role.class::isInstance)
              .map(Role.class::cast)
              .filter(r -> r.getMetadata().getName().equals(b.getRoleRef().getName()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "RoleBinding "
                              + b.getMetadata().getName()
                              + ": roleRef.name "
                              + b.getRoleRef().getName()
                              + " is not among the manifests"));
      sas.forEach(
          sa ->
              permissions
                  .computeIfAbsent(sa, k -> new ArrayList<>())
                  .addAll(rules(role.getRules())));
      return;
    }
    PolicyRule rule = FOREIGN_ROLES.get(ns + "/" + b.getRoleRef().getName());
    if (rule == null) {
      throw new IllegalArgumentException(
          "RoleBinding "
              + ns
              + "/"
              + b.getMetadata().getName()
              + ": OLM binds roles only in the install namespace and "
              + b.getRoleRef().getName()
              + " has no cluster-wide translation in OlmBundle.FOREIGN_ROLES");
    }
    sas.forEach(
        sa ->
            clusterPermissions
                .computeIfAbsent(sa, k -> new ArrayList<>())
                .addAll(rules(List.of(rule))));
  }

  private static ClusterServiceVersion.Spec spec(
      Inputs in,
      List<ClusterServiceVersion.DeploymentEntry> deployments,
      Map<String, List<JsonNode>> permissions,
      Map<String, List<JsonNode>> clusterPermissions) {
    return new ClusterServiceVersion.Spec(
        "coexist (KubeVirt, CDI and HyperConverged APIs)",
        "Runs virtual machines next to containers with KubeVirt's, CDI's and HCO's APIs: one"
            + " HyperConverged CR installs virt-handler and reports health (docs/hco.md).",
        in.version(),
        "alpha",
        "1.25.0",
        List.of("virtualization", "kubevirt", "hyperconverged"),
        new ClusterServiceVersion.Link("coexist", null),
        List.of(new ClusterServiceVersion.Link("Documentation", "https://kubevirt.io/")),
        List.of(),
        List.of(
            new ClusterServiceVersion.InstallMode("OwnNamespace", false),
            new ClusterServiceVersion.InstallMode("SingleNamespace", false),
            new ClusterServiceVersion.InstallMode("MultiNamespace", false),
            new ClusterServiceVersion.InstallMode("AllNamespaces", true)),
        new ClusterServiceVersion.Install(
            "deployment",
            new ClusterServiceVersion.InstallSpec(
                deployments, permissionList(permissions), permissionList(clusterPermissions))),
        new ClusterServiceVersion.Crds(in.crds().stream().map(OlmBundle::owned).toList()));
  }

  private static ClusterServiceVersion.CrdDescription owned(CustomResourceDefinition crd) {
    CustomResourceDefinitionVersion storage =
        crd.getSpec().getVersions().stream()
            .filter(v -> Boolean.TRUE.equals(v.getStorage()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        crd.getMetadata().getName() + ": spec.versions has no storage version"));
    String description =
        storage.getSchema() == null || storage.getSchema().getOpenAPIV3Schema() == null
            ? null
            : storage.getSchema().getOpenAPIV3Schema().getDescription();
    return new ClusterServiceVersion.CrdDescription(
        crd.getMetadata().getName(),
        storage.getName(),
        crd.getSpec().getNames().getKind(),
        crd.getSpec().getNames().getKind(),
        description);
  }

  private static Map<String, String> csvAnnotations(Inputs in) {
    ArrayNode examples = JSON.createArrayNode();
    for (HasMetadata sample : in.samples()) {
      ObjectNode tree = K8S.convertValue(sample, ObjectNode.class);
      ((ObjectNode) tree.get("metadata")).remove("namespace");
      examples.add(tree);
    }
    Map<String, String> a = new LinkedHashMap<>();
    try {
      a.put("alm-examples", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(examples));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("serialising the samples", e);
    }
    a.put("capabilities", "Basic Install");
    a.put("operatorframework.io/suggested-namespace", in.installNamespace());
    a.put("operators.operatorframework.io/builder", "coexist OlmBundle");
    return a;
  }

  private static List<ClusterServiceVersion.Permission> permissionList(
      Map<String, List<JsonNode>> bySa) {
    return bySa.entrySet().stream()
        .map(e -> new ClusterServiceVersion.Permission(e.getKey(), e.getValue()))
        .toList();
  }

  private static List<String> serviceAccounts(List<Subject> subjects, String namespace) {
    return subjects.stream()
        .filter(s -> "ServiceAccount".equals(s.getKind()))
        .filter(s -> s.getNamespace() == null || s.getNamespace().equals(namespace))
        .map(Subject::getName)
        .toList();
  }

  private static ClusterRole clusterRole(List<HasMetadata> base, String name) {
    return base.stream()
        .filter(ClusterRole.class::isInstance)
        .map(ClusterRole.class::cast)
        .filter(r -> r.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "ClusterRole " + name + " is not among the manifests"));
  }

  private static List<JsonNode> rules(List<PolicyRule> rules) {
    return rules.stream().map(r -> K8S.convertValue(r, JsonNode.class)).toList();
  }

  /** Writes the bundle into {@code dir} ({@code manifests/}, {@code metadata/}). */
  static void write(Bundle b, Path dir) throws IOException {
    Path manifests = Files.createDirectories(dir.resolve("manifests"));
    Path metadata = Files.createDirectories(dir.resolve("metadata"));
    YAML.writeValue(
        manifests.resolve(b.csv().metadata().name() + ".clusterserviceversion.yaml").toFile(),
        b.csv());
    for (CustomResourceDefinition crd : b.crds()) {
      Files.writeString(
          manifests.resolve(crd.getMetadata().getName() + ".crd.yaml"), K8S.asYaml(crd));
    }
    for (HasMetadata o : b.extra()) {
      String file =
          (o.getKind() + "_" + o.getMetadata().getName())
              .toLowerCase(Locale.ROOT)
              .replace(':', '_');
      Files.writeString(manifests.resolve(file + ".yaml"), K8S.asYaml(o));
    }
    YAML.writeValue(
        metadata.resolve("annotations.yaml").toFile(), Map.of("annotations", b.annotations()));
  }
}
