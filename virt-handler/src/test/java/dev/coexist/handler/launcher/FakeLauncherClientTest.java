package dev.coexist.handler.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.launcher.DomainState;
import dev.coexist.handler.vmi.TestVmis;
import org.junit.jupiter.api.Test;

/** The contract against the in-memory fake, plus what only the fake can show. */
class FakeLauncherClientTest extends AbstractLauncherClientContractTest {
  private final FakeLauncher launcher = new FakeLauncher();

  @Override
  protected LauncherClient client() {
    return new FakeLauncherClient(launcher);
  }

  @Test
  void syncCarriesTheEmulationDecision() throws Exception {
    client().sync(TestVmis.vmi("ns1", "vm1").build(), true);
    assertThat(launcher.lastEmulation()).isTrue();
    assertThat(launcher.synced().getMetadata().getName()).isEqualTo("vm1");
  }

  @Test
  void aCrashIsAShutOffWithReasonCrashed() throws Exception {
    LauncherClient c = client();
    c.sync(TestVmis.vmi("ns1", "vm1").build(), false);
    launcher.crash();
    assertThat(c.getDomain().state()).isEqualTo(DomainState.SHUT_OFF);
    assertThat(c.getDomain().reason()).isEqualTo("crashed");
  }
}
