package dev.coexist.crds.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coexist.crds.build.CrdCatalog;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The round-trip corpus: the user-facing examples in docs/examples and the test-only objects in
 * src/test/resources/corpus (status as controllers write it, unusual and unknown fields).
 */
public final class Corpus {

  /** docs/examples, relative to the crds module. */
  public static final Path EXAMPLES = Path.of("..", "docs", "examples");

  /** The test-only corpus, relative to the crds module. */
  public static final Path TEST_CORPUS = Path.of("src", "test", "resources", "corpus");

  /** One corpus document: where it came from, its parsed tree and its coexist class. */
  public record Document(
      String source, String yaml, JsonNode tree, Class<? extends HasMetadata> type) {
    @Override
    public String toString() {
      return source;
    }
  }

  private static final Map<String, Class<? extends HasMetadata>> TYPES = typesByApiVersionKind();

  private Corpus() {}

  /** Every document of both directories, sorted by file name. */
  public static List<Document> all(KubernetesSerialization serialization) {
    List<Document> docs = new ArrayList<>();
    for (Path dir : List.of(EXAMPLES, TEST_CORPUS)) {
      for (Path file : yamlFiles(dir)) {
        docs.addAll(read(file, serialization));
      }
    }
    return docs;
  }

  /** The documents of docs/examples only. */
  public static List<Document> examples(KubernetesSerialization serialization) {
    List<Document> docs = new ArrayList<>();
    for (Path file : yamlFiles(EXAMPLES)) {
      docs.addAll(read(file, serialization));
    }
    return docs;
  }

  private static List<Path> yamlFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("list " + dir, e);
    }
  }

  private static List<Document> read(Path file, KubernetesSerialization serialization) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("read " + file, e);
    }
    JsonNode tree = serialization.unmarshal(text, JsonNode.class);
    if (tree == null || !tree.isObject()) {
      throw new IllegalStateException(file + ": expected one YAML object");
    }
    String key = tree.path("apiVersion").asText() + "/" + tree.path("kind").asText();
    Class<? extends HasMetadata> type = TYPES.get(key);
    if (type == null) {
      throw new IllegalStateException(file + ": no coexist type for " + key);
    }
    return List.of(new Document(file.getFileName().toString(), text, tree, type));
  }

  private static Map<String, Class<? extends HasMetadata>> typesByApiVersionKind() {
    Map<String, Class<? extends HasMetadata>> types = new HashMap<>();
    for (CrdCatalog.Entry entry : CrdCatalog.ENTRIES) {
      String group = HasMetadata.getGroup(entry.type());
      String kind = HasMetadata.getKind(entry.type());
      types.put(group + "/" + HasMetadata.getVersion(entry.type()) + "/" + kind, entry.type());
      for (String v : entry.alsoServed()) {
        types.put(group + "/" + v + "/" + kind, entry.type());
      }
    }
    return Map.copyOf(types);
  }

  /**
   * The first difference between two trees, treating an explicit null like an absent field and a
   * number like the same number written as a string (int-or-string quantities); empty if equal.
   */
  public static Optional<String> difference(JsonNode expected, JsonNode actual) {
    return difference("", expected, actual);
  }

  private static Optional<String> difference(String path, JsonNode e, JsonNode a) {
    boolean eMissing = e == null || e.isNull() || e.isMissingNode();
    boolean aMissing = a == null || a.isNull() || a.isMissingNode();
    if (eMissing || aMissing) {
      return eMissing == aMissing
          ? Optional.empty()
          : Optional.of(path + ": expected " + e + " but was " + a);
    }
    if (e.isObject() && a.isObject()) {
      for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        Optional<String> d = difference(path + "." + f, e.get(f), a.get(f));
        if (d.isPresent()) {
          return d;
        }
      }
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!e.has(f)) {
          Optional<String> d = difference(path + "." + f, null, a.get(f));
          if (d.isPresent()) {
            return d;
          }
        }
      }
      return Optional.empty();
    }
    if (e.isArray() && a.isArray()) {
      if (e.size() != a.size()) {
        return Optional.of(path + ": expected " + e.size() + " items but was " + a.size());
      }
      for (int i = 0; i < e.size(); i++) {
        Optional<String> d = difference(path + "[" + i + "]", e.get(i), a.get(i));
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    boolean same =
        e.equals(a)
            || (e.isNumber() && a.isNumber() && e.decimalValue().compareTo(a.decimalValue()) == 0)
            || (e.isNumber() && a.isTextual() && e.asText().equals(a.asText()))
            || (e.isTextual() && a.isNumber() && e.asText().equals(a.asText()));
    return same ? Optional.empty() : Optional.of(path + ": expected " + e + " but was " + a);
  }
}
