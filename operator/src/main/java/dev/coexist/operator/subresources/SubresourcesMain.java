package dev.coexist.operator.subresources;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the subresource API server alone ({@code operator subresources}) until SIGTERM: the operator
 * {@code Main} delegates here; an operator {@code Main} that runs the controllers too calls {@link
 * SubresourceApiServer#start} itself and closes it at shutdown.
 */
public final class SubresourcesMain {
  private static final Logger LOG = LoggerFactory.getLogger(SubresourcesMain.class);

  /** The Service port of the APIService in deploy/base/subresources. */
  public static final int SERVICE_PORT = 443;

  private SubresourcesMain() {}

  /** Parses the environment, starts, blocks until shutdown. */
  public static void run() {
    SubresourceConfig config = SubresourceConfig.fromEnv(System.getenv());
    KubernetesClient client = new KubernetesClientBuilder().build();
    SubresourceApiServer server =
        SubresourceApiServer.start(client, config, SERVICE_PORT, List.of());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("shutting down the subresource API server");
                  server.close();
                  client.close();
                  stopped.countDown();
                }));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
