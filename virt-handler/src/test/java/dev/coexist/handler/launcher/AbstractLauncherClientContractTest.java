package dev.coexist.handler.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.handler.vmi.TestVmis;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LauncherClient} must do against a launcher that starts with no domain. Run
 * against the fake (in memory) and the unix-socket client (against a protocol server) .
 */
public abstract class AbstractLauncherClientContractTest {
  /** A client of a fresh launcher with no domain. */
  protected abstract LauncherClient client();

  /** A VMI the launcher behind {@link #client()} can run. */
  protected VirtualMachineInstance vmi() {
    return TestVmis.vmi("ns1", "vm1").build();
  }

  @Test
  void aFreshLauncherHasNoDomainAndAnswersPing() throws Exception {
    LauncherClient c = client();
    assertThat(c.ping()).isTrue();
    assertThat(c.getDomain().state()).isEqualTo(DomainState.ABSENT);
    assertThat(c.getStats()).isEmpty();
  }

  @Test
  void syncStartsTheDomainAndASecondSyncLeavesItRunning() throws Exception {
    LauncherClient c = client();
    DomainStatus started = c.sync(vmi(), true);
    assertThat(started.active()).isTrue();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> c.getDomain().state() == DomainState.RUNNING);
    DomainStatus again = c.sync(vmi(), true);
    assertThat(again.state()).isEqualTo(DomainState.RUNNING);
    assertThat(again.name()).isEqualTo(started.name());
    assertThat(c.getStats()).isPresent();
  }

  @Test
  void pauseAndUnpause() throws Exception {
    LauncherClient c = client();
    c.sync(vmi(), true);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> c.getDomain().state() == DomainState.RUNNING);
    assertThat(c.pause().state()).isEqualTo(DomainState.PAUSED);
    assertThat(c.getDomain().state()).isEqualTo(DomainState.PAUSED);
    assertThat(c.unpause().state()).isEqualTo(DomainState.RUNNING);
    assertThat(c.softReboot().active()).isTrue();
  }

  @Test
  void watchStreamsEventsUntilClosed() throws Exception {
    LauncherClient c = client();
    c.sync(vmi(), true);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> c.getDomain().state() == DomainState.RUNNING);
    List<DomainEvent> events = new CopyOnWriteArrayList<>();
    AtomicBoolean ended = new AtomicBoolean();
    LauncherClient.Watch w = c.watch(events::add, () -> ended.set(true));
    assertThat(w.isOpen()).isTrue();
    c.pause();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> events.stream().anyMatch(e -> e.domain().state() == DomainState.PAUSED));
    w.close();
    await().atMost(Duration.ofSeconds(10)).untilTrue(ended);
    assertThat(w.isOpen()).isFalse();
  }

  @Test
  void shutdownStopsTheDomain() throws Exception {
    LauncherClient c = client();
    c.sync(vmi(), true);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> c.getDomain().state() == DomainState.RUNNING);
    c.shutdown(5);
    await().atMost(Duration.ofSeconds(30)).until(() -> !c.getDomain().active());
    assertThat(c.getStats()).isEmpty();
  }

  @Test
  void killWithoutADomainIsANoDomainFailure() {
    LauncherClient c = client();
    assertThatThrownBy(c::kill)
        .isInstanceOfSatisfying(
            LauncherException.class, e -> assertThat(e.reason()).isEqualTo(ErrorReason.NO_DOMAIN));
  }
}
