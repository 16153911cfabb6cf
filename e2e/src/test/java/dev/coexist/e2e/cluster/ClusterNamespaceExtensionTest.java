package dev.coexist.e2e.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterNamespaceExtensionTest {
  static final class A_Very_LONG_testClassName_ThatGoesOnAndOnAndOnForeverAndEverAmen {}

  @Test
  void namespaceNamesAreDns1123LabelsUniquePerClass() {
    String a = ClusterNamespaceExtension.namespaceName(ClusterNamespaceExtensionTest.class);
    String b = ClusterNamespaceExtension.namespaceName(ClusterNamespaceExtensionTest.class);
    String longName =
        ClusterNamespaceExtension.namespaceName(
            A_Very_LONG_testClassName_ThatGoesOnAndOnAndOnForeverAndEverAmen.class);

    assertThat(a).startsWith("t-clusternamespaceextensiontest-").isNotEqualTo(b);
    assertThat(longName).hasSizeLessThanOrEqualTo(63).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    assertThat(a).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  }

  @Test
  void podApiEnvBecomesSortedEnvVars() {
    TestNamespace ns =
        new TestNamespace(
            "ns",
            null,
            java.util.Map.of(
                "KUBERNETES_SERVICE_PORT", "6443", "KUBERNETES_SERVICE_HOST", "10.88.0.1"));

    assertThat(ns.podApiEnvVars())
        .extracting(e -> e.getName() + "=" + e.getValue())
        .containsExactly("KUBERNETES_SERVICE_HOST=10.88.0.1", "KUBERNETES_SERVICE_PORT=6443");
  }
}
