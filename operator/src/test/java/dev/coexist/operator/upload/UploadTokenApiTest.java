package dev.coexist.operator.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.operator.subresources.AccessReviewer;
import dev.coexist.operator.subresources.ApiResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadTokenApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CREATE =
      "/apis/upload.cdi.kubevirt.io/v1beta1/namespaces/ns1/uploadtokenrequests";
  private final UploadTokens tokens = new UploadTokens(UploadTokensTest.KEY);
  private final UploadTokenApi api = new UploadTokenApi(tokens);

  @Test
  void discoveryListsUploadTokenRequests() {
    JsonNode list =
        JSON.valueToTree(
            UploadTokenApi.discovery("/apis/upload.cdi.kubevirt.io/v1beta1").get().json());
    assertThat(list.path("groupVersion").asText()).isEqualTo("upload.cdi.kubevirt.io/v1beta1");
    JsonNode r = list.path("resources").get(0);
    assertThat(r.path("name").asText()).isEqualTo("uploadtokenrequests");
    assertThat(r.path("kind").asText()).isEqualTo("UploadTokenRequest");
    assertThat(r.path("namespaced").asBoolean()).isTrue();
    assertThat(r.path("verbs").toString()).isEqualTo("[\"create\"]");
    JsonNode g =
        JSON.valueToTree(UploadTokenApi.discovery("/apis/upload.cdi.kubevirt.io").get().json());
    assertThat(g.path("preferredVersion").path("version").asText()).isEqualTo("v1beta1");
    assertThat(UploadTokenApi.owns("/apis/upload.cdi.kubevirt.io/v1beta1")).isTrue();
    assertThat(UploadTokenApi.owns("/apis/upload.cdi.kubevirt.io.evil")).isFalse();
  }

  @Test
  void createIsReviewedAsCreateOnUploadTokenRequests() {
    AccessReviewer.Attributes a = UploadTokenApi.attributes("POST", CREATE).get();
    assertThat(a.group()).isEqualTo("upload.cdi.kubevirt.io");
    assertThat(a.namespace()).isEqualTo("ns1");
    assertThat(a.verb()).isEqualTo("create");
    assertThat(a.resource()).isEqualTo("uploadtokenrequests");
    assertThat(UploadTokenApi.attributes("GET", CREATE)).isEmpty();
    assertThat(UploadTokenApi.notServed("GET", CREATE).code()).isEqualTo(405);
    assertThat(UploadTokenApi.notServed("GET", "/apis/upload.cdi.kubevirt.io/v9").code())
        .isEqualTo(404);
  }

  @Test
  void aRequestGetsATokenForItsPvc() throws Exception {
    String body =
        "{\"apiVersion\":\"upload.cdi.kubevirt.io/v1beta1\",\"kind\":\"UploadTokenRequest\","
            + "\"metadata\":{\"name\":\"token-for-virtctl\"},\"spec\":{\"pvcName\":\"disk\"}}";
    ApiResponse r = api.create(CREATE, body.getBytes(StandardCharsets.UTF_8), UploadTokensTest.NOW);
    assertThat(r.code()).isEqualTo(201);
    JsonNode out = JSON.valueToTree(r.json());
    assertThat(out.path("kind").asText()).isEqualTo("UploadTokenRequest");
    assertThat(out.path("metadata").path("name").asText()).isEqualTo("token-for-virtctl");
    assertThat(out.path("metadata").path("namespace").asText()).isEqualTo("ns1");
    String token = out.path("status").path("token").asText();
    UploadTokens.Verification v = tokens.verify(token, UploadTokensTest.NOW);
    assertThat(v.claims().get().namespace()).isEqualTo("ns1");
    assertThat(v.claims().get().name()).isEqualTo("disk");
  }

  @Test
  void aMissingPvcNameNamesTheField() {
    ApiResponse r =
        api.create(CREATE, "{\"spec\":{}}".getBytes(StandardCharsets.UTF_8), UploadTokensTest.NOW);
    assertThat(r.code()).isEqualTo(400);
    assertThat(JSON.valueToTree(r.json()).path("message").asText()).startsWith("spec.pvcName");
    assertThat(
            api.create(CREATE, "nope".getBytes(StandardCharsets.UTF_8), UploadTokensTest.NOW)
                .code())
        .isEqualTo(400);
  }
}
