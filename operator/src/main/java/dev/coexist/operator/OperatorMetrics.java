package dev.coexist.operator;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.api.reconciler.Constants;
import io.javaoperatorsdk.operator.api.reconciler.RetryInfo;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;

/** JOSDK's reconcile events as Prometheus metrics (per controller). */
public final class OperatorMetrics implements Metrics {

  private final Counter reconciles;
  private final Counter failures;
  private final Histogram duration;

  public OperatorMetrics(PrometheusRegistry registry) {
    reconciles =
        Counter.builder()
            .name("coexist_operator_reconciles_total")
            .help("Reconciliations started, by controller")
            .labelNames("controller")
            .register(registry);
    failures =
        Counter.builder()
            .name("coexist_operator_reconcile_failures_total")
            .help("Reconciliations that threw, by controller and exception")
            .labelNames("controller", "exception")
            .register(registry);
    duration =
        Histogram.builder()
            .name("coexist_operator_reconcile_duration_seconds")
            .help("Time spent in reconcile/cleanup, by controller")
            .labelNames("controller")
            .register(registry);
  }

  @Override
  public <T> T timeControllerExecution(ControllerExecution<T> execution) throws Exception {
    long start = System.nanoTime();
    try {
      return execution.execute();
    } finally {
      duration.labelValues(execution.controllerName()).observe((System.nanoTime() - start) / 1e9);
    }
  }

  @Override
  public void reconcileCustomResource(
      HasMetadata resource, RetryInfo retryInfo, Map<String, Object> metadata) {
    reconciles.labelValues(controller(metadata)).inc();
  }

  @Override
  public void failedReconciliation(
      HasMetadata resource, Exception exception, Map<String, Object> metadata) {
    failures.labelValues(controller(metadata), exception.getClass().getSimpleName()).inc();
  }

  private static String controller(Map<String, Object> metadata) {
    return String.valueOf(metadata.getOrDefault(Constants.CONTROLLER_NAME, "unknown"));
  }
}
