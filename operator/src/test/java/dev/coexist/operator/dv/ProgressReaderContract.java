package dev.coexist.operator.dv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.importer.ImportPhase;
import dev.coexist.crds.importer.ImportProgress;
import org.junit.jupiter.api.Test;

/** What every {@link ProgressReader} does; run against the fake and the HTTP reader. */
abstract class ProgressReaderContract {

  /** A reader whose importer at the returned address reports {@code progress}. */
  abstract Serving serve(ImportProgress progress) throws Exception;

  /** An address where no importer answers. */
  abstract String silentAddress();

  abstract ProgressReader reader();

  record Serving(String address, AutoCloseable stop) {}

  @Test
  void readsTheReportedProgress() throws Exception {
    ImportProgress p = new ImportProgress(ImportPhase.TransferScratch, 42.17, 42, 100, 1);
    Serving s = serve(p);
    try {
      assertThat(reader().read(s.address())).contains(p);
      assertThat(reader().read(s.address()).orElseThrow().asDataVolumeProgress())
          .isEqualTo("42.17%");
    } finally {
      s.stop().close();
    }
  }

  @Test
  void nothingAnsweringIsNoProgressNotAnError() {
    assertThat(reader().read(silentAddress())).isEmpty();
  }
}
