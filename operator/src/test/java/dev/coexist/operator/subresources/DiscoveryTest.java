package dev.coexist.operator.subresources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The discovery JSON kubectl and client-go read. */
class DiscoveryTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void resourceListHasKubevirtsShape() {
    JsonNode n = JSON.valueToTree(Discovery.resourceList("v1"));
    assertThat(n.path("kind").asText()).isEqualTo("APIResourceList");
    assertThat(n.path("apiVersion").asText()).isEqualTo("v1");
    assertThat(n.path("groupVersion").asText()).isEqualTo("subresources.kubevirt.io/v1");
    JsonNode first = n.path("resources").get(0);
    assertThat(first.path("name").asText()).isEqualTo("virtualmachineinstances/vnc");
    assertThat(first.path("namespaced").asBoolean()).isTrue();
    assertThat(n.path("resources").findValuesAsText("name"))
        .contains(
            "virtualmachines/start",
            "virtualmachines/stop",
            "virtualmachines/restart",
            "virtualmachineinstances/console",
            "virtualmachineinstances/pause",
            "virtualmachineinstances/guestosinfo",
            "virtualmachines/expand-spec");
  }

  @Test
  void groupPrefersV1AndListsV1alpha3() {
    JsonNode g = JSON.valueToTree(Discovery.group());
    assertThat(g.path("kind").asText()).isEqualTo("APIGroup");
    assertThat(g.path("name").asText()).isEqualTo("subresources.kubevirt.io");
    assertThat(g.path("preferredVersion").path("groupVersion").asText())
        .isEqualTo("subresources.kubevirt.io/v1");
    assertThat(g.path("versions").findValuesAsText("version")).containsExactly("v1", "v1alpha3");
    JsonNode list = JSON.valueToTree(Discovery.groupList());
    assertThat(list.path("kind").asText()).isEqualTo("APIGroupList");
    assertThat(list.path("groups").get(0).path("name").asText())
        .isEqualTo("subresources.kubevirt.io");
  }

  @Test
  void pathsParseAndMapToRbac() {
    SubresourcePath p =
        SubresourcePath.parse(
                "/apis/subresources.kubevirt.io/v1/namespaces/d/virtualmachineinstances/x/vnc/screenshot")
            .orElseThrow();
    assertThat(p.kind()).isEqualTo(SubresourcePath.Kind.OBJECT);
    assertThat(p.rbacSubresource()).isEqualTo("vnc");
    assertThat(p.rbacVerb("GET")).contains("get");
    assertThat(
            SubresourcePath.parse(
                    "/apis/subresources.kubevirt.io/v1/namespaces/d/virtualmachines/x/start")
                .orElseThrow()
                .rbacVerb("PUT"))
        .contains("update");
    assertThat(
            SubresourcePath.parse("/apis/subresources.kubevirt.io/v1alpha3/").orElseThrow().kind())
        .isEqualTo(SubresourcePath.Kind.RESOURCES);
    assertThat(SubresourcePath.parse("/apis/subresources.kubevirt.io/v2")).isEmpty();
    assertThat(SubresourcePath.parse("/apis/subresources.kubevirt.io/v1/namespaces/d/pods/x/start"))
        .isEmpty();
    assertThat(SubresourcePath.parse("/apis").orElseThrow().needsNoAuthorization()).isTrue();
  }
}
