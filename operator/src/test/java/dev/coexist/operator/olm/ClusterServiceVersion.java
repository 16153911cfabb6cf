package dev.coexist.operator.olm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The parts of OLM's {@code ClusterServiceVersion} (operators.coreos.com/v1alpha1) the coexist
 * bundle uses, as typed records; Kubernetes objects inside (Deployment spec, policy rules) are the
 * JSON trees of the fabric8 objects read from the kustomize output.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ClusterServiceVersion(String apiVersion, String kind, Metadata metadata, Spec spec) {

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Metadata(String name, Map<String, String> annotations) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Spec(
      String displayName,
      String description,
      String version,
      String maturity,
      String minKubeVersion,
      List<String> keywords,
      Link provider,
      List<Link> links,
      List<Maintainer> maintainers,
      List<InstallMode> installModes,
      Install install,
      Crds customresourcedefinitions) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Link(String name, String url) {}

  record Maintainer(String name, String email) {}

  record InstallMode(String type, boolean supported) {}

  record Install(String strategy, InstallSpec spec) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record InstallSpec(
      List<DeploymentEntry> deployments,
      List<Permission> permissions,
      List<Permission> clusterPermissions) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record DeploymentEntry(String name, Map<String, String> label, JsonNode spec) {}

  record Permission(String serviceAccountName, List<JsonNode> rules) {}

  record Crds(List<CrdDescription> owned) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record CrdDescription(
      String name, String version, String kind, String displayName, String description) {}
}
