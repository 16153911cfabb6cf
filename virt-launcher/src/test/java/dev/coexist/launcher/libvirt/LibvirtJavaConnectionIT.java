package dev.coexist.launcher.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.launcher.DomainState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract against real libvirt: two private daemons (each in its own mount namespace) side by
 * side, as two launchers on one node would run.
 */
class LibvirtJavaConnectionIT extends AbstractLibvirtConnectionContractTest {
  private static Path dirA;
  private static Path dirB;
  private static PrivateLibvirt daemonA;
  private static PrivateLibvirt daemonB;
  private static LibvirtJavaConnection connA;

  @BeforeAll
  static void startDaemons() throws Exception {
    dirA = Files.createTempDirectory("lv-a");
    dirB = Files.createTempDirectory("lv-b");
    daemonA = PrivateLibvirt.start(dirA, Isolation.MOUNT_NAMESPACE);
    daemonB = PrivateLibvirt.start(dirB, Isolation.MOUNT_NAMESPACE);
    connA = LibvirtJavaConnection.open(daemonA.uri());
  }

  @AfterAll
  static void stopDaemons() {
    if (connA != null) {
      connA.close();
    }
    if (daemonA != null) {
      daemonA.close();
    }
    if (daemonB != null) {
      daemonB.close();
    }
    assertThat(ProcessHandle.of(daemonA.libvirtdPid())).isEmpty();
  }

  @Override
  protected LibvirtConnection connection() {
    return connA;
  }

  @Test
  void twoPrivateDaemonsDoNotSeeEachOthersDomains() {
    try (LibvirtJavaConnection connB = LibvirtJavaConnection.open(daemonB.uri())) {
      connA.define(NAME, emptyDomainXml(NAME));
      assertThat(connB.status(NAME).state()).isEqualTo(DomainState.ABSENT);
      connB.define(NAME, emptyDomainXml(NAME));
      connB.start(NAME);
      assertThat(connA.status(NAME).active()).isFalse();
      connB.destroy(NAME);
      connB.undefine(NAME);
      assertThat(daemonB.alive()).isTrue();
      assertThat(Path.of("/run/libvirt/libvirt-sock")).doesNotExist();
    }
  }
}
