package dev.coexist.operator;

import dev.coexist.operator.hco.HcoConfig;
import dev.coexist.operator.hco.HcoRuntime;
import dev.coexist.operator.subresources.SubresourceApiServer;
import dev.coexist.operator.subresources.SubresourceConfig;
import dev.coexist.operator.subresources.SubresourcesMain;
import dev.coexist.operator.webhook.WebhookConfig;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of the coexist operator binary: parses {@link OperatorConfig} from the environment
 * once, starts {@link OperatorRuntime}, and stops it on SIGTERM.
 */
public final class Main {
  static final String BINARY = "operator";

  private Main() {}

  /** The version this binary was built as. */
  static String version() {
    Properties props = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("/coexist-" + BINARY + ".properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "coexist-" + BINARY + ".properties missing from the classpath");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the build version", e);
    }
    return props.getProperty("version");
  }

  public static void main(String[] args) throws InterruptedException {
    if (args.length == 1 && "--version".equals(args[0])) {
      System.out.println(BINARY + " " + version());
      return;
    }
    if (args.length == 1 && "subresources".equals(args[0])) {
      SubresourcesMain.run();
      return;
    }
    if (args.length != 0) {
      System.err.println(
          "usage: " + BINARY + " [--version | subresources]   (configured by COEXIST_* env)");
      System.exit(2);
    }
    OperatorConfig config;
    Optional<SubresourceConfig> subresourceConfig;
    HcoRuntime.Settings hco = null;
    try {
      config = OperatorConfig.fromEnv(version(), System.getenv());
      if ("true".equalsIgnoreCase(System.getenv("COEXIST_HCO_ENABLED"))) {
        HcoConfig hcoConfig = HcoConfig.fromEnv(version(), System.getenv());
        hco =
            new HcoRuntime.Settings(
                hcoConfig, WebhookConfig.fromEnv(hcoConfig.namespace(), System.getenv()));
      }
      subresourceConfig =
          "true".equals(System.getenv("COEXIST_SUBRESOURCES_ENABLED"))
              ? Optional.of(SubresourceConfig.fromEnv(System.getenv()))
              : Optional.empty();
    } catch (IllegalArgumentException e) {
      System.err.println("invalid configuration: " + e.getMessage());
      System.exit(2);
      return;
    }
    KubernetesClient client =
        new KubernetesClientBuilder().withKubernetesSerialization(ModelJson.SHARED).build();
    OperatorRuntime runtime = OperatorRuntime.start(config, client, Clock.systemUTC(), hco);
    Optional<SubresourceApiServer> subresources =
        subresourceConfig.map(
            c -> SubresourceApiServer.start(client, c, SubresourcesMain.SERVICE_PORT, List.of()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  subresources.ifPresent(SubresourceApiServer::close);
                  runtime.close();
                  client.close();
                  stopped.countDown();
                },
                "shutdown"));
    stopped.await();
  }
}
