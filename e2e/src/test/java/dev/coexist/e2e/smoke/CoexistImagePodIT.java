package dev.coexist.e2e.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.e2e.cluster.ClusterTest;
import dev.coexist.e2e.cluster.PodRuns;
import dev.coexist.e2e.cluster.TestNamespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A pod from a locally built coexist image (Jib on the Debian JRE base) runs on the node. */
@ClusterTest
class CoexistImagePodIT {

  @Test
  void importerImagePrintsItsVersion(TestNamespace ns) {
    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withName("importer-version")
            .endMetadata()
            .withNewSpec()
            .withRestartPolicy("Never")
            .addNewContainer()
            .withName("importer")
            .withImage("localhost/coexist/cdi-importer:latest")
            .withImagePullPolicy("Never")
            .withArgs("--version")
            .endContainer()
            .endSpec()
            .build();

    String log = PodRuns.runToCompletion(ns, pod, Duration.ofSeconds(90));

    assertThat(log).startsWith("cdi-importer ").doesNotContain("${");
  }
}
