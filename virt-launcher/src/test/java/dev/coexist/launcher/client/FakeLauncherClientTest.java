package dev.coexist.launcher.client;

/** The client contract against the in-memory fake. */
class FakeLauncherClientTest extends AbstractLauncherClientContractTest {
  private final FakeLauncherClient fake = new FakeLauncherClient();

  @Override
  protected LauncherClient client() {
    return fake;
  }
}
