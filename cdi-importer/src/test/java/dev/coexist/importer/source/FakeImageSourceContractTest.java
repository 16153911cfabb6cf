package dev.coexist.importer.source;

class FakeImageSourceContractTest extends AbstractImageSourceContractTest {
  @Override
  protected ImageSource serving() {
    return FakeImageSource.serving(CONTENT);
  }

  @Override
  protected ImageSource missing() {
    return FakeImageSource.missing();
  }
}
