package dev.coexist.crds.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.model.CrdManifests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The committed CRDs in deploy/crds are exactly what the build generates. */
class CrdDriftTest {

  static final Path DEPLOY_CRDS = Path.of("..", "deploy", "crds");

  static final List<CrdCatalog.Entry> ENTRIES = CrdCatalog.ENTRIES;

  @ParameterizedTest
  @FieldSource("ENTRIES")
  void committedCopyMatchesGenerated(CrdCatalog.Entry entry) throws IOException {
    String generated = generated(entry);
    Path committed = DEPLOY_CRDS.resolve(entry.deployFileName());

    assertThat(committed)
        .as("deploy/crds/%s is missing: run `make crds` and commit it", entry.deployFileName())
        .exists();
    List<String> want = generated.lines().toList();
    List<String> have = Files.readString(committed, StandardCharsets.UTF_8).lines().toList();
    assertThat(firstDifference(want, have))
        .as(
            "deploy/crds/%s differs from the CRD generated from the Java types:"
                + " run `make crds` and commit the result",
            entry.deployFileName())
        .isEmpty();
  }

  static Optional<String> firstDifference(List<String> want, List<String> have) {
    for (int i = 0; i < Math.max(want.size(), have.size()); i++) {
      String w = i < want.size() ? want.get(i) : "<end of file>";
      String h = i < have.size() ? have.get(i) : "<end of file>";
      if (!w.equals(h)) {
        return Optional.of("line " + (i + 1) + ": generated `" + w + "`, committed `" + h + "`");
      }
    }
    return Optional.empty();
  }

  @Test
  void deployDirHoldsNothingElse() throws IOException {
    try (Stream<Path> files = Files.list(DEPLOY_CRDS)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("deploy/crds must hold exactly the generated CRDs (stale file? run `make crds`)")
          .containsExactlyInAnyOrderElementsOf(
              CrdCatalog.ENTRIES.stream().map(CrdCatalog.Entry::deployFileName).toList());
    }
  }

  @Test
  void jarShipsTheCommittedCrds() throws IOException {
    assertThat(CrdManifests.FILES)
        .containsExactlyInAnyOrderElementsOf(
            CrdCatalog.ENTRIES.stream().map(CrdCatalog.Entry::deployFileName).toList());
    for (String resource : CrdManifests.resources()) {
      try (InputStream in = CrdDriftTest.class.getClassLoader().getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
      }
    }
  }

  static String generated(CrdCatalog.Entry entry) throws IOException {
    String resource = "META-INF/fabric8/" + entry.generatedFileName();
    try (InputStream in = CrdDriftTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("generated CRD %s on the classpath", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
