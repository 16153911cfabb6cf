package dev.coexist.operator.hco;

import dev.coexist.operator.webhook.KubernetesWorkloads;
import dev.coexist.operator.webhook.WebhookConfig;
import dev.coexist.operator.webhook.WebhookInstaller;
import dev.coexist.operator.webhook.WebhookServer;
import dev.coexist.operator.webhook.Workloads;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.util.Set;

/**
 * The HyperConverged part of an operator: the controller (registered on a JOSDK {@link Operator},
 * watching the install namespace) and the admission webhook (served by every replica).
 */
public final class HcoRuntime implements AutoCloseable {

  /** What {@code main} parsed. */
  public record Settings(HcoConfig hco, WebhookConfig webhook) {}

  private final WebhookServer webhook;
  private final HcoMetrics metrics;

  private HcoRuntime(WebhookServer webhook, HcoMetrics metrics) {
    this.webhook = webhook;
    this.metrics = metrics;
  }

  /** Registers the controller on {@code operator} (before it starts) and starts the webhook. */
  public static HcoRuntime register(
      Operator operator,
      KubernetesClient client,
      Settings settings,
      PrometheusRegistry registry,
      Clock clock) {
    return register(operator, client, settings, registry, clock, new KubernetesWorkloads(client));
  }

  /** As above, with the workloads that block an uninstall given. */
  public static HcoRuntime register(
      Operator operator,
      KubernetesClient client,
      Settings settings,
      PrometheusRegistry registry,
      Clock clock,
      Workloads workloads) {
    HcoMetrics metrics = new HcoMetrics(registry);
    operator.register(
        new HyperConvergedReconciler(
            client, settings.hco(), metrics, clock, OperandTemplates.fromClasspath()),
        c -> c.settingNamespaces(Set.of(settings.hco().namespace())));
    WebhookServer server = WebhookInstaller.install(client, settings.webhook(), workloads, clock);
    return new HcoRuntime(server, metrics);
  }

  /** The controller's metrics. */
  public HcoMetrics metrics() {
    return metrics;
  }

  /** The webhook's port. */
  public int webhookPort() {
    return webhook.port();
  }

  @Override
  public void close() {
    webhook.close();
  }
}
