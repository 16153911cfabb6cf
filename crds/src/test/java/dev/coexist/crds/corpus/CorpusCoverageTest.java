package dev.coexist.crds.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.coexist.crds.build.CrdCatalog;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every field coexist models (every property of every dev.coexist type reachable from the kinds)
 * appears at least once in the corpus, so the round-trip test exercises all of them.
 */
class CorpusCoverageTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void corpusUsesEveryModeledField() {
    Set<String> modeled = new TreeSet<>();
    Set<String> covered = new TreeSet<>();
    for (CrdCatalog.Entry entry : CrdCatalog.ENTRIES) {
      for (String part : new String[] {"spec", "status"}) {
        modeledProperties(partType(entry.type(), part), modeled, new TreeSet<>());
      }
    }
    for (Corpus.Document doc : Corpus.all(SERIALIZATION)) {
      for (String part : new String[] {"spec", "status"}) {
        covered(partType(doc.type(), part), doc.tree().get(part), covered);
      }
    }

    Set<String> missing = new TreeSet<>(modeled);
    missing.removeAll(covered);
    assertThat(missing).as("modeled fields no corpus document uses").isEmpty();
    assertThat(modeled).hasSizeGreaterThan(400);
  }

  private static JavaType partType(Class<?> resource, String part) {
    JavaType type = MAPPER.constructType(resource);
    return properties(type).stream()
        .filter(p -> p.getName().equals(part))
        .findFirst()
        .orElseThrow()
        .getPrimaryType();
  }

  private static List<BeanPropertyDefinition> properties(JavaType type) {
    BeanDescription description = MAPPER.getSerializationConfig().introspect(type);
    return description.findProperties();
  }

  private static boolean isModel(JavaType type) {
    return ExtensibleObject.class.isAssignableFrom(type.getRawClass());
  }

  private static JavaType element(JavaType type) {
    return type.isContainerType() ? type.getContentType() : type;
  }

  private static void modeledProperties(JavaType type, Set<String> out, Set<String> seen) {
    if (!isModel(type) || !seen.add(type.getRawClass().getName())) {
      return;
    }
    for (BeanPropertyDefinition p : properties(type)) {
      out.add(type.getRawClass().getSimpleName() + "." + p.getName());
      modeledProperties(element(p.getPrimaryType()), out, seen);
    }
  }

  private static void covered(JavaType type, JsonNode node, Set<String> out) {
    if (node == null || node.isNull()) {
      return;
    }
    if (type.isContainerType() && node.isArray()) {
      node.forEach(item -> covered(type.getContentType(), item, out));
      return;
    }
    if (!isModel(type) || !node.isObject()) {
      return;
    }
    for (BeanPropertyDefinition p : properties(type)) {
      JsonNode child = node.get(p.getName());
      if (child != null && !child.isNull()) {
        out.add(type.getRawClass().getSimpleName() + "." + p.getName());
        covered(p.getPrimaryType(), child, out);
      }
    }
  }
}
