package dev.coexist.launcher.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.launcher.domain.Domain;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.DomainXml;
import dev.coexist.launcher.domain.Os;
import dev.coexist.launcher.domain.ScaledInteger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every {@link LibvirtConnection} must do, run against the fake and the real daemon. */
abstract class AbstractLibvirtConnectionContractTest {
  protected static final String NAME = "contract-vm";

  /** The connection under test; the same instance for the whole test method. */
  protected abstract LibvirtConnection connection();

  /** A domain that boots nothing (no disks): enough for the state machine. */
  protected static String emptyDomainXml(String name) {
    return new DomainXml()
        .toXml(
            new DomainBuilder()
                .type("qemu")
                .name(name)
                .uuid("6a1f3c57-5d0e-4c3e-9d1b-2f8a7b6c5d4e")
                .memory(ScaledInteger.mib(32))
                .vcpu(Domain.Vcpu.of(1))
                .osType(new Os.Type("x86_64", "pc", "hvm"))
                .onPoweroff("destroy")
                .onCrash("destroy")
                .build());
  }

  @AfterEach
  void removeDomain() {
    LibvirtConnection c = connection();
    if (c.status(NAME).active()) {
      c.destroy(NAME);
    }
    c.undefine(NAME);
  }

  @Test
  void defineThenUndefine() {
    LibvirtConnection c = connection();
    assertThat(c.status(NAME).state()).isEqualTo(DomainState.ABSENT);
    c.define(NAME, emptyDomainXml(NAME));
    assertThat(c.status(NAME)).isEqualTo(new DomainStatus(NAME, DomainState.SHUT_OFF, "unknown"));
    c.define(NAME, emptyDomainXml(NAME));
    c.undefine(NAME);
    assertThat(c.status(NAME).state()).isEqualTo(DomainState.ABSENT);
    c.undefine(NAME);
  }

  @Test
  @SuppressWarnings("try")
  void lifecycleWithEvents() throws Exception {
    LibvirtConnection c = connection();
    List<LifecycleEvent> events = new CopyOnWriteArrayList<>();
    try (AutoCloseable w = c.watch(e -> events.add(e))) {
      c.define(NAME, emptyDomainXml(NAME));
      c.start(NAME);
      assertThat(c.status(NAME)).isEqualTo(new DomainStatus(NAME, DomainState.RUNNING, "booted"));
      c.pause(NAME);
      assertThat(c.status(NAME).reason()).isEqualTo("user");
      assertThat(c.status(NAME).state()).isEqualTo(DomainState.PAUSED);
      c.resume(NAME);
      assertThat(c.status(NAME)).isEqualTo(new DomainStatus(NAME, DomainState.RUNNING, "unpaused"));
      assertThat(c.stats(NAME).vcpus()).isEqualTo(1);
      c.reset(NAME);
      c.softReboot(NAME);
      assertThat(c.status(NAME).active()).isTrue();
      c.destroy(NAME);
      assertThat(c.status(NAME))
          .isEqualTo(new DomainStatus(NAME, DomainState.SHUT_OFF, "destroyed"));
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(events)
                      .extracting(LifecycleEvent::event)
                      .containsSubsequence("STARTED", "SUSPENDED", "RESUMED", "STOPPED"));
      assertThat(events).allMatch(e -> e.domain().equals(NAME));
    }
  }

  @Test
  void operationsOnAnAbsentDomainFail() {
    LibvirtConnection c = connection();
    assertThatThrownBy(() -> c.start(NAME))
        .isInstanceOf(LibvirtFailure.class)
        .hasMessageContaining(NAME);
    assertThatThrownBy(() -> c.pause(NAME)).isInstanceOf(LibvirtFailure.class);
    assertThatThrownBy(() -> c.softReboot(NAME)).isInstanceOf(LibvirtFailure.class);
    assertThatThrownBy(() -> c.destroy(NAME)).isInstanceOf(LibvirtFailure.class);
  }

  @Test
  void pausingAnInactiveDomainFails() {
    LibvirtConnection c = connection();
    c.define(NAME, emptyDomainXml(NAME));
    assertThatThrownBy(() -> c.pause(NAME)).isInstanceOf(LibvirtFailure.class);
    assertThat(c.status(NAME).state()).isEqualTo(DomainState.SHUT_OFF);
  }
}
