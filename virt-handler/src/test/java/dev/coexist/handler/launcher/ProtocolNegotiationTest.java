package dev.coexist.handler.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.crds.launcher.Command;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.crds.launcher.LauncherProtocol;
import dev.coexist.crds.launcher.LauncherRequest;
import dev.coexist.crds.launcher.LauncherResponse;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProtocolNegotiationTest {
  private static final int V = LauncherProtocol.VERSION;
  private static final DomainStatus NONE = DomainStatus.absent();

  private static LauncherResponse refused(int launcherVersion) {
    return new LauncherResponse(
        launcherVersion, false, ErrorReason.BAD_REQUEST, "unsupported version", NONE, null);
  }

  @Test
  void ownVersionUntilAnOlderOneIsLearned() {
    assertThat(ProtocolNegotiation.requestVersion(null)).isEqualTo(V);
    assertThat(ProtocolNegotiation.requestVersion(V - 1)).isEqualTo(V - 1);
    // A newer launcher accepts this handler's version: never ask above our own.
    assertThat(ProtocolNegotiation.requestVersion(V + 1)).isEqualTo(V);
  }

  @Test
  void aRefusalByAnOlderLauncherGivesItsVersion() {
    LauncherRequest ping = LauncherRequest.of(Command.PING);
    assertThat(ProtocolNegotiation.retryVersion(ping, refused(V - 1))).hasValue(V - 1);
  }

  @Test
  void everythingElseIsNoReasonToRetry() {
    LauncherRequest ping = LauncherRequest.of(Command.PING);
    LauncherRequest older = ProtocolNegotiation.at(ping, LauncherProtocol.OLDEST_SUPPORTED_VERSION);
    assertThat(ProtocolNegotiation.retryVersion(ping, LauncherResponse.success(NONE))).isEmpty();
    assertThat(ProtocolNegotiation.retryVersion(ping, refused(V))).as("same version").isEmpty();
    assertThat(ProtocolNegotiation.retryVersion(ping, refused(V + 1))).as("newer").isEmpty();
    assertThat(ProtocolNegotiation.retryVersion(older, refused(0)))
        .as("older than this handler speaks")
        .isEqualTo(OptionalInt.empty());
    LauncherResponse noDomain =
        new LauncherResponse(V - 1, false, ErrorReason.NO_DOMAIN, "no active domain", NONE, null);
    assertThat(ProtocolNegotiation.retryVersion(ping, noDomain))
        .as("not a version refusal")
        .isEmpty();
  }

  @Test
  void aRequestAtAnOlderVersionLeavesOutWhatThatVersionLacked() {
    LauncherRequest shutdown = LauncherRequest.shutdown(12);
    assertThat(ProtocolNegotiation.at(shutdown, 2))
        .isEqualTo(new LauncherRequest(2, Command.SHUTDOWN, null, 12L, null));
    assertThat(ProtocolNegotiation.at(shutdown, 1))
        .as("v1 had no gracePeriodSeconds")
        .isEqualTo(new LauncherRequest(1, Command.SHUTDOWN, null, null, null));
  }

  @Test
  void versionsThisHandlerDoesNotSpeakAreRefusedNamingTheField() {
    LauncherRequest ping = LauncherRequest.of(Command.PING);
    assertThatThrownBy(() -> ProtocolNegotiation.at(ping, V + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("version: " + (V + 1));
    assertThatThrownBy(() -> ProtocolNegotiation.at(ping, 0)).hasMessageStartingWith("version: 0");
  }
}
