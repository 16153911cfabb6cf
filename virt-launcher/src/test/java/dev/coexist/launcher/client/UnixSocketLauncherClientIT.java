package dev.coexist.launcher.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.launcher.Command;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.crds.launcher.LauncherProtocol;
import dev.coexist.crds.launcher.LauncherRequest;
import dev.coexist.crds.launcher.LauncherResponse;
import dev.coexist.launcher.domain.Domain;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.Os;
import dev.coexist.launcher.domain.ScaledInteger;
import dev.coexist.launcher.libvirt.FakeLibvirtConnection;
import dev.coexist.launcher.network.PortPolicy;
import dev.coexist.launcher.runtime.DomainPlanner;
import dev.coexist.launcher.runtime.RuntimeSettings;
import dev.coexist.launcher.runtime.VmiRuntime;
import dev.coexist.launcher.server.CommandServer;
import dev.coexist.launcher.volumes.CachedContainerDisks;
import dev.coexist.launcher.volumes.DiskImages;
import dev.coexist.launcher.volumes.VolumeLocations;
import dev.coexist.launcher.volumes.VolumeResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client contract against the real client and command server on a unix socket, serving a {@link
 * VmiRuntime} over the fake libvirt (the real libvirt is covered by the VM ITs).
 */
class UnixSocketLauncherClientIT extends AbstractLauncherClientContractTest {
  private Path dir;
  private VmiRuntime runtime;
  private CommandServer server;
  private UnixSocketLauncherClient client;

  @BeforeEach
  void start() throws Exception {
    dir = Files.createTempDirectory("cmd");
    RuntimeSettings settings =
        new RuntimeSettings(dir, PortPolicy.loopbackEphemeral(), Duration.ofSeconds(1));
    runtime =
        new VmiRuntime(
            new FakeLibvirtConnection(),
            new DomainPlanner(
                new VolumeResolver(
                    new VolumeLocations(dir, dir, null, false),
                    new CachedContainerDisks(dir),
                    new DiskImages()),
                (vmi, volumes) ->
                    emptyDomain(
                        vmi.getMetadata().getNamespace() + "_" + vmi.getMetadata().getName()),
                settings),
            settings);
    server = CommandServer.start(dir.resolve(LauncherProtocol.COMMAND_SOCKET), runtime);
    client = UnixSocketLauncherClient.forSocketDir(dir);
  }

  @AfterEach
  void stop() {
    server.close();
    runtime.close();
  }

  static Domain emptyDomain(String name) {
    return new DomainBuilder()
        .type("qemu")
        .name(name)
        .memory(ScaledInteger.mib(32))
        .vcpu(Domain.Vcpu.of(1))
        .osType(new Os.Type("x86_64", "pc", "hvm"))
        .build();
  }

  @Override
  protected LauncherClient client() {
    return client;
  }

  @Test
  void acceptsThePreviousVersionAndRejectsOthers() {
    LauncherResponse v1 = client.send(new LauncherRequest(1, Command.PING, null, null));
    assertThat(v1.ok()).isTrue();
    assertThat(v1.version()).isEqualTo(LauncherProtocol.VERSION);
    LauncherResponse v0 = client.send(new LauncherRequest(0, Command.PING, null, null));
    assertThat(v0.ok()).isFalse();
    assertThat(v0.reason()).isEqualTo(ErrorReason.BAD_REQUEST);
    assertThat(v0.message()).contains("version 0");
    LauncherResponse future =
        client.send(new LauncherRequest(LauncherProtocol.VERSION + 1, Command.PING, null, null));
    assertThat(future.reason()).isEqualTo(ErrorReason.BAD_REQUEST);
    LauncherResponse noVmi = client.send(new LauncherRequest(2, Command.SYNC, null, null));
    assertThat(noVmi.message()).startsWith("vmi:");
  }
}
