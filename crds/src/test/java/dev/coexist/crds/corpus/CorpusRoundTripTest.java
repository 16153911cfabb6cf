package dev.coexist.crds.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coexist.crds.model.ApiObjects;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus document survives parse → serialize unchanged, unknown fields included. */
class CorpusRoundTripTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  static List<Corpus.Document> corpus() {
    return Corpus.all(SERIALIZATION);
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void fabric8SerializationRoundTrip(Corpus.Document doc) {
    HasMetadata parsed = SERIALIZATION.unmarshal(doc.yaml(), doc.type());

    JsonNode written = SERIALIZATION.convertValue(parsed, JsonNode.class);

    assertThat(parsed).isInstanceOf(doc.type());
    assertThat(Corpus.difference(doc.tree(), written)).as(doc.source()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void plainJacksonCopyKeepsEverything(Corpus.Document doc) {
    HasMetadata parsed = SERIALIZATION.unmarshal(doc.yaml(), doc.type());

    Object spec = ApiObjects.toTree(parsed).get("spec");
    JsonNode copied = ApiObjects.toTree(ApiObjects.convert(spec, parsedSpecType(parsed)));

    assertThat(Corpus.difference(doc.tree().get("spec"), copied)).as(doc.source()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void yamlTextRoundTrip(Corpus.Document doc) {
    HasMetadata parsed = SERIALIZATION.unmarshal(doc.yaml(), doc.type());

    HasMetadata reparsed = SERIALIZATION.unmarshal(SERIALIZATION.asYaml(parsed), doc.type());

    assertThat(reparsed).isEqualTo(parsed);
  }

  @Test
  void corpusCoversEveryKind() {
    assertThat(corpus().stream().map(d -> d.type().getSimpleName()).distinct())
        .containsExactlyInAnyOrder(
            "VirtualMachine",
            "VirtualMachineInstance",
            "VirtualMachineInstanceMigration",
            "KubeVirt",
            "DataVolume",
            "Cdi",
            "StorageProfile",
            "HyperConverged");
  }

  @Test
  void differenceFindsChangesAndTreatsNullAsAbsent() {
    JsonNode a =
        SERIALIZATION.unmarshal("{\"a\": {\"b\": [1, 2]}, \"c\": null, \"q\": 2}", JsonNode.class);
    JsonNode sameish =
        SERIALIZATION.unmarshal("{\"a\": {\"b\": [1, 2]}, \"q\": \"2\"}", JsonNode.class);
    JsonNode changed =
        SERIALIZATION.unmarshal("{\"a\": {\"b\": [1, 3]}, \"q\": 2}", JsonNode.class);
    JsonNode extra =
        SERIALIZATION.unmarshal("{\"a\": {\"b\": [1, 2]}, \"q\": 2, \"d\": 1}", JsonNode.class);

    assertThat(Corpus.difference(a, sameish)).isEmpty();
    assertThat(Corpus.difference(a, changed))
        .isEqualTo(Optional.of(".a.b[1]: expected 2 but was 3"));
    assertThat(Corpus.difference(a, extra)).isEqualTo(Optional.of(".d: expected null but was 1"));
  }

  private static Class<?> parsedSpecType(HasMetadata parsed) {
    try {
      return parsed.getClass().getMethod("getSpec").invoke(parsed).getClass();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
