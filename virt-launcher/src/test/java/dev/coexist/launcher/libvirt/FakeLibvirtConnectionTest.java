package dev.coexist.launcher.libvirt;

/** The contract against the in-memory fake. */
class FakeLibvirtConnectionTest extends AbstractLibvirtConnectionContractTest {
  private final FakeLibvirtConnection fake = new FakeLibvirtConnection();

  @Override
  protected LibvirtConnection connection() {
    return fake;
  }
}
