package dev.coexist.e2e.cluster;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class its own namespace on the shared test cluster (make cluster-up), deleted
 * after the class. Test methods and constructors may take a {@link TestNamespace} or a {@link
 * KubernetesClient} parameter. One cluster connection is shared by the whole run. A missing cluster
 * fails the class, saying "run make cluster-up".
 */
public final class ClusterNamespaceExtension
    implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, ParameterResolver {
  /** Label on every namespace this extension creates. */
  public static final String LABEL = "coexist.dev/test-namespace";

  private static final ExtensionContext.Namespace STORE =
      ExtensionContext.Namespace.create(ClusterNamespaceExtension.class);

  /** The k3s profile where there is no Docker engine: skipped, saying why. Else enabled. */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!"k3s".equals(System.getProperty(TestCluster.KIND_PROPERTY))) {
      return ConditionEvaluationResult.enabled("the project's own test cluster");
    }
    return K3sCluster.unavailableReason()
        .map(ConditionEvaluationResult::disabled)
        .orElse(ConditionEvaluationResult.enabled("k3s in Docker"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    TestCluster cluster =
        context
            .getRoot()
            .getStore(STORE)
            .computeIfAbsent(TestCluster.class, k -> TestCluster.connect(), TestCluster.class);
    String name = namespaceName(context.getRequiredTestClass());
    cluster
        .client()
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(name)
                .addToLabels(LABEL, "true")
                .endMetadata()
                .build())
        .create();
    context
        .getStore(STORE)
        .put(TestNamespace.class, new TestNamespace(name, cluster.client(), cluster.podApiEnv()));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    TestNamespace ns = context.getStore(STORE).get(TestNamespace.class, TestNamespace.class);
    if (ns != null) {
      ns.client().namespaces().withName(ns.name()).delete();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TestNamespace.class || type == KubernetesClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    TestNamespace ns = context.getStore(STORE).get(TestNamespace.class, TestNamespace.class);
    if (ns == null) {
      throw new IllegalStateException("no test namespace: use @ClusterTest on the test class");
    }
    return parameter.getParameter().getType() == TestNamespace.class ? ns : ns.client();
  }

  /** e2e-{class name, DNS-1123}-{5 random chars}: unique per run, at most 63 characters. */
  static String namespaceName(Class<?> testClass) {
    String base = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    if (base.length() > 45) {
      base = base.substring(0, 45);
    }
    String suffix =
        Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36 * 36), 36);
    return ("t-" + base + "-" + suffix).replaceAll("-+", "-");
  }
}
