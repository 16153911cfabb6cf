package dev.coexist.handler.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.LauncherProtocol;
import dev.coexist.handler.ShortTempDir;
import dev.coexist.handler.vmi.TestVmis;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contract against the real unix-socket client talking to a protocol server on a real socket
 * (the server replays {@link FakeLauncher}'s state machine).
 */
class UnixSocketLauncherClientIT extends AbstractLauncherClientContractTest {
  private final ShortTempDir dir = new ShortTempDir();
  private final Path socket = dir.path().resolve(LauncherProtocol.COMMAND_SOCKET);
  private final FakeLauncher launcher = new FakeLauncher();
  private final FakeLauncherServer server = new FakeLauncherServer(launcher, socket);
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() throws IOException {
    server.close();
    timer.shutdownNow();
    dir.close();
  }

  @Override
  protected LauncherClient client() {
    return new UnixSocketLauncherClient(
        socket, timer, Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  @Test
  void theVmiAndTheEmulationFlagTravelOverTheSocket() throws Exception {
    client()
        .sync(
            TestVmis.vmi("ns1", "vm1").podInterface("default", "02:00:00:00:00:09").build(), true);
    assertThat(launcher.lastEmulation()).isTrue();
    assertThat(
            launcher
                .synced()
                .getSpec()
                .getDomain()
                .getDevices()
                .getInterfaces()
                .get(0)
                .getMacAddress())
        .isEqualTo("02:00:00:00:00:09");
    assertThat(client().getDomain().state()).isEqualTo(DomainState.RUNNING);
  }

  @Test
  void aMissingSocketIsUnavailableNotAHang() {
    LauncherClient gone =
        new UnixSocketLauncherClient(
            dir.path().resolve("nope"), timer, Duration.ofSeconds(5), Duration.ofSeconds(5));
    assertThat(gone.ping()).isFalse();
    assertThatThrownBy(gone::getDomain).isInstanceOf(LauncherUnavailableException.class);
  }
}
