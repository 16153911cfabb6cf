package dev.coexist.launcher.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.crds.launcher.LauncherResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What every {@link LauncherClient} (with its launcher) must do. */
abstract class AbstractLauncherClientContractTest {

  /** A client of a fresh launcher with no domain. */
  protected abstract LauncherClient client();

  @Test
  void beforeSyncThereIsNoDomain() {
    LauncherClient c = client();
    assertThat(c.ping().ok()).isTrue();
    assertThat(c.getDomain().domain().state()).isEqualTo(DomainState.ABSENT);
    LauncherResponse pause = c.pause();
    assertThat(pause.ok()).isFalse();
    assertThat(pause.reason()).isEqualTo(ErrorReason.NO_DOMAIN);
    assertThat(pause.message()).isNotBlank();
  }

  @Test
  void lifecycle() {
    LauncherClient c = client();
    LauncherResponse sync = c.sync(TestVmis.vmi("ns", "vm1"));
    assertThat(sync.ok()).as("sync: %s", sync.message()).isTrue();
    assertThat(sync.domain().state()).isEqualTo(DomainState.RUNNING);
    assertThat(sync.domain().name()).isEqualTo("ns_vm1");
    assertThat(c.sync(TestVmis.vmi("ns", "vm1")).domain().state()).isEqualTo(DomainState.RUNNING);
    assertThat(c.pause().domain().state()).isEqualTo(DomainState.PAUSED);
    assertThat(c.pause().ok()).isFalse();
    assertThat(c.unpause().domain()).satisfies(d -> assertThat(d.reason()).isEqualTo("unpaused"));
    assertThat(c.reset().ok()).isTrue();
    LauncherResponse stats = c.getStats();
    assertThat(stats.ok()).isTrue();
    assertThat(stats.stats().vcpus()).isPositive();
    LauncherResponse kill = c.kill();
    assertThat(kill.domain().state()).isEqualTo(DomainState.SHUT_OFF);
    assertThat(kill.domain().reason()).isEqualTo("destroyed");
    assertThat(c.getStats().ok()).isFalse();
  }

  @Test
  void watchStreamsEvents() throws Exception {
    LauncherClient c = client();
    List<DomainEvent> events = new CopyOnWriteArrayList<>();
    try (AutoCloseable w = c.watch(events::add)) {
      c.sync(TestVmis.vmi("ns", "vm2"));
      c.pause();
      c.shutdown(1L);
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(events)
                      .extracting(DomainEvent::event)
                      .containsSubsequence("STARTED", "SUSPENDED", "STOPPED"));
      assertThat(events.get(events.size() - 1).domain().state()).isEqualTo(DomainState.SHUT_OFF);
    }
  }
}
