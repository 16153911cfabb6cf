package dev.coexist.operator.olm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generates coexist's OLM bundle from the install manifests ({@code kubectl kustomize deploy/base},
 * {@code deploy/crds}, {@code deploy/samples}) into {@code operator/target/olm-bundle} and
 * validates it with the Operator Framework's own validators (hack/build-olm-verify.sh builds them
 * from {@code github.com/operator-framework/api}).
 */
class OlmBundleIT {
  private static final Path REPO = Path.of(System.getProperty("user.dir")).getParent();
  private static final Path OUT = Path.of(System.getProperty("user.dir"), "target", "olm-bundle");
  private static final KubernetesSerialization K8S = new KubernetesSerialization();

  @Test
  void bundleFromTheInstallManifestsPassesTheOperatorFrameworkValidator() throws Exception {
    OlmBundle.Bundle bundle =
        OlmBundle.build(
            new OlmBundle.Inputs(
                version(),
                "kubevirt-hyperconverged",
                parse(run(List.of("kubectl", "kustomize", REPO.resolve("deploy/base").toString()))),
                crds(),
                parse(Files.readString(REPO.resolve("deploy/samples/hyperconverged.yaml")))));
    deleteTree(OUT);
    OlmBundle.write(bundle, OUT);

    JsonNode csv = new ObjectMapper().valueToTree(bundle.csv()).path("spec");
    assertThat(csv.path("install").path("spec").path("deployments").get(0).path("name").asText())
        .isEqualTo("coexist-operator");
    assertThat(csv.path("customresourcedefinitions").path("owned").size())
        .isEqualTo(Files.list(REPO.resolve("deploy/crds")).count());
    assertThat(bundle.csv().metadata().annotations().get("alm-examples"))
        .contains("\"kind\" : \"HyperConverged\"");
    assertThat(csv.path("install").path("spec").path("clusterPermissions").toString())
        .contains("daemonsets")
        .contains("extension-apiserver-authentication");

    assertThat(bundle.extra())
        .extracting(HasMetadata::getKind)
        .as("APIServices are registered by the operator, not shipped")
        .doesNotContain("APIService");

    String verifier = run(List.of(REPO.resolve("hack/build-olm-verify.sh").toString())).strip();
    Process p = new ProcessBuilder(verifier, OUT.toString()).redirectErrorStream(true).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    System.out.println("olm-verify " + OUT + ":\n" + report);
    assertThat(p.exitValue()).as("olm-verify exit code; its report:%n%s", report).isZero();
    assertThat(report).contains("is valid").doesNotContain("ERROR");
  }

  private static String version() throws IOException {
    try (InputStream in = OlmBundleIT.class.getResourceAsStream("/coexist-operator.properties")) {
      var props = new java.util.Properties();
      props.load(in);
      return props.getProperty("version");
    }
  }

  private static List<CustomResourceDefinition> crds() throws IOException {
    List<CustomResourceDefinition> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(REPO.resolve("deploy/crds"))) {
      for (Path f : files.sorted().toList()) {
        out.add(K8S.unmarshal(Files.readString(f), CustomResourceDefinition.class));
      }
    }
    return out;
  }

  private static List<HasMetadata> parse(String yaml) {
    Object o = K8S.unmarshal(yaml);
    if (o instanceof List<?> list) {
      return list.stream().map(HasMetadata.class::cast).toList();
    }
    return List.of((HasMetadata) o);
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(REPO.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command)
              + " failed (kubectl on PATH and Go from hack/install-deps.sh are needed): "
              + err);
    }
    return out;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
