package dev.coexist.operator.dv;

import dev.coexist.crds.importer.ImportProgress;

class FakeProgressReaderTest extends ProgressReaderContract {

  private final FakeProgressReader fake = new FakeProgressReader();

  @Override
  Serving serve(ImportProgress progress) {
    return new Serving("10.88.1.7", fake.report("10.88.1.7", progress));
  }

  @Override
  String silentAddress() {
    return "10.88.1.8";
  }

  @Override
  ProgressReader reader() {
    return fake;
  }
}
