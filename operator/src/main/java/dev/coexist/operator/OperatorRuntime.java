package dev.coexist.operator;

import dev.coexist.operator.dv.DataVolumeReconciler;
import dev.coexist.operator.dv.HttpProgressReader;
import dev.coexist.operator.hco.HcoRuntime;
import dev.coexist.operator.storage.StorageProfileReconciler;
import dev.coexist.operator.vm.VirtualMachineReconciler;
import dev.coexist.operator.vmi.VirtualMachineInstanceReconciler;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running operator: JOSDK with the VM and VMI controllers (behind the Lease when leader
 * election is on) plus the health/metrics server. {@link Main} runs one; tests run one in the test
 * JVM against the test cluster.
 */
public final class OperatorRuntime implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OperatorRuntime.class);

  /**
   * Reconcile threads shared by all controllers. JOSDK's default is a fixed pool of 50, whose
   * threads are created one per reconcile until 50 exist and never end (≈ 40 idle threads and their
   * stacks and malloc arenas in a running operator, docs/performance.md).
   */
  static final int RECONCILE_THREADS = 10;

  private final Operator operator;
  private final HealthServer health;
  private final HcoRuntime hco;

  private OperatorRuntime(Operator operator, HealthServer health, HcoRuntime hco) {
    this.operator = operator;
    this.health = health;
    this.hco = hco;
  }

  /** Starts the operator on {@code client} (which the caller keeps and closes). */
  public static OperatorRuntime start(OperatorConfig config, KubernetesClient client, Clock clock) {
    return start(config, client, clock, null);
  }

  /**
   * Starts the operator on {@code client}, with the HyperConverged controller and webhook when
   * {@code hcoSettings} is not null.
   */
  public static OperatorRuntime start(
      OperatorConfig config,
      KubernetesClient client,
      Clock clock,
      HcoRuntime.Settings hcoSettings) {
    PrometheusRegistry registry = new PrometheusRegistry();
    JvmMetrics.builder().register(registry);
    OperatorMetrics metrics = new OperatorMetrics(registry);
    Operator operator =
        new Operator(
            o -> {
              o.withKubernetesClient(client)
                  .withCloseClientOnStop(false)
                  .withConcurrentReconciliationThreads(RECONCILE_THREADS)
                  .withMetrics(metrics)
                  .withStopOnInformerErrorDuringStartup(true);
              config
                  .leaderElection()
                  .ifPresent(
                      le ->
                          o.withLeaderElectionConfiguration(
                              new LeaderElectionConfiguration(
                                  le.leaseName(), le.leaseNamespace(), le.identity())));
            });
    operator.register(
        new VirtualMachineReconciler(config.startBackoff(), clock),
        c -> {
          if (!config.watchNamespaces().isEmpty()) {
            c.settingNamespaces(config.watchNamespaces());
          }
        });
    operator.register(
        new VirtualMachineInstanceReconciler(config.launcherPod(), clock),
        c -> {
          if (!config.watchNamespaces().isEmpty()) {
            c.settingNamespaces(config.watchNamespaces());
          }
        });
    operator.register(
        new DataVolumeReconciler(config.dataVolumes(), HttpProgressReader.standard(), clock),
        c -> {
          if (!config.watchNamespaces().isEmpty()) {
            c.settingNamespaces(config.watchNamespaces());
          }
        });
    operator.register(new StorageProfileReconciler());
    HcoRuntime hco =
        hcoSettings == null
            ? null
            : HcoRuntime.register(operator, client, hcoSettings, registry, clock);
    HealthServer health =
        new HealthServer(
            config.httpPort(), () -> true, () -> operator.getRuntimeInfo().isStarted(), registry);
    operator.start();
    LOG.info(
        "coexist operator {} started (health and metrics on :{}, leader election {})",
        config.version(),
        health.port(),
        config.leaderElection().map(le -> "on, lease " + le.leaseName()).orElse("off"));
    return new OperatorRuntime(operator, health, hco);
  }

  /** The health/metrics port. */
  public int httpPort() {
    return health.port();
  }

  /** Stops the controllers (in-flight reconciles finish) and the health server. */
  @Override
  public void close() {
    LOG.info("stopping the operator");
    operator.stop();
    if (hco != null) {
      hco.close();
    }
    health.close();
  }
}
