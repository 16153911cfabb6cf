package dev.coexist.handler.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.LauncherProtocol;
import dev.coexist.handler.ShortTempDir;
import dev.coexist.handler.vmi.TestVmis;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client contract against a launcher one protocol version older than this handler, on a real
 * socket: what a new handler meets after an upgrade (launcher pods keep running the previous
 * release). Clients come from one connector, as in the handler, so the version is learned once.
 */
class OlderLauncherClientIT extends AbstractLauncherClientContractTest {
  private static final int OLDER = LauncherProtocol.VERSION - 1;

  private final ShortTempDir dir = new ShortTempDir();
  private final Path socket = dir.path().resolve(LauncherProtocol.COMMAND_SOCKET);
  private final FakeLauncher launcher = new FakeLauncher(OLDER);
  private final FakeLauncherServer server = new FakeLauncherServer(launcher, socket);
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final LauncherConnector connector =
      UnixSocketLauncherClient.connector(timer, Duration.ofSeconds(5), Duration.ofSeconds(5));

  @AfterEach
  void stop() throws IOException {
    server.close();
    timer.shutdownNow();
    dir.close();
  }

  @Override
  protected LauncherClient client() {
    return connector.connect(socket);
  }

  @Test
  void theHandlerLearnsTheOlderVersionOnceAndDrivesTheLauncherAtIt() throws Exception {
    assertThat(OLDER).isGreaterThanOrEqualTo(LauncherProtocol.OLDEST_SUPPORTED_VERSION);
    client().sync(TestVmis.vmi("ns1", "vm1").build(), true);
    client().pause();
    assertThat(client().getDomain().state()).isEqualTo(DomainState.PAUSED);
    client().unpause();
    assertThat(client().getDomain().state()).isEqualTo(DomainState.RUNNING);

    List<Integer> versions = launcher.requestVersions();
    assertThat(versions.get(0))
        .as("first request at the handler's own version")
        .isEqualTo(LauncherProtocol.VERSION);
    assertThat(versions.subList(1, versions.size())).containsOnly(OLDER).hasSize(5);
    assertThat(launcher.commands())
        .containsExactly("SYNC", "SYNC", "PAUSE", "GET_DOMAIN", "UNPAUSE", "GET_DOMAIN");
    assertThat(((UnixSocketLauncherClient) client()).requestVersion()).isEqualTo(OLDER);
  }

  @Test
  void aWatchIsRenegotiatedToo() throws Exception {
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    try (LauncherClient.Watch w = client().watch(e -> events.add(e.event()), () -> {})) {
      assertThat(w.isOpen()).isTrue();
      client().sync(TestVmis.vmi("ns1", "vm1").build(), false);
      await().atMost(Duration.ofSeconds(5)).until(() -> events.contains("STARTED"));
    }
    assertThat(launcher.requestVersions()).containsExactly(LauncherProtocol.VERSION, OLDER, OLDER);
  }
}
