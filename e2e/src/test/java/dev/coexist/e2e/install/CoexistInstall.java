package dev.coexist.e2e.install;

import static org.awaitility.Awaitility.await;

import dev.coexist.e2e.cluster.ClusterNamespaceExtension;
import dev.coexist.e2e.cluster.TestCluster;
import dev.coexist.e2e.vm.Guests;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs coexist before each {@link WithCoexist} class and removes it once, when the whole run
 * ends. {@code hack/deploy.sh} runs before every class: it is idempotent (server-side apply, then
 * waits for HyperConverged Available and virt-handler rolled out), takes seconds when coexist is
 * already there, and heals what an earlier class changed or removed (the HyperConverged e2e
 * uninstalls, the upgrade e2e switches images). Installing once instead of per class saves a
 * deploy/undeploy cycle per class; the last uninstall still proves nothing is left behind (the CI's
 * leak check runs after the suite).
 */
public final class CoexistInstall implements BeforeAllCallback {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(CoexistInstall.class);

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    context.getRoot().getStore(NS).computeIfAbsent(Uninstall.class);
    Guests.run("hack/deploy.sh");
  }

  /**
   * Removes coexist when the root context closes, i.e. after the last test class of the run: first
   * waits until the test namespaces (deleted, without waiting, after each class) are gone, so that
   * the operator still finalizes their VMs and HyperConverged's uninstall is not refused because of
   * them.
   */
  public static final class Uninstall implements AutoCloseable {
    @Override
    public void close() throws IOException, InterruptedException {
      try (TestCluster cluster = TestCluster.connect()) {
        await("test namespaces gone before uninstalling coexist")
            .atMost(Duration.ofMinutes(5))
            .pollInterval(Duration.ofSeconds(2))
            .until(
                () ->
                    cluster
                        .client()
                        .namespaces()
                        .withLabel(ClusterNamespaceExtension.LABEL)
                        .list()
                        .getItems()
                        .isEmpty());
      } finally {
        Guests.run("hack/undeploy.sh");
      }
    }
  }
}
