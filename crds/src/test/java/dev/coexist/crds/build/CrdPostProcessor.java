package dev.coexist.crds.build;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Build-time step after the fabric8 CRD generator: makes the generated CRDs match KubeVirt's where
 * the generator cannot (no status subresource on the VMI, {@code v1alpha3} also served, printer
 * columns in KubeVirt's order, descriptions of the kinds). Works on the typed CRD model, never on
 * text.
 *
 * <p>Run by exec-maven-plugin in process-test-classes with {@code <generated dir> [<deploy dir>]}:
 * rewrites the generated files in place and, when a deploy dir is given ({@code make crds}), writes
 * the committed copies there.
 */
public final class CrdPostProcessor {

  /** The first line of every processed file. */
  public static final String HEADER =
      "# Generated from the dev.coexist.crds types by `make crds`; do not edit.\n";

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private CrdPostProcessor() {}

  /** Reads, processes and writes every coexist CRD. */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: CrdPostProcessor <generated dir> [<deploy dir>]");
    }
    Path generated = Path.of(args[0]);
    boolean deploy = args.length == 2 && args[1] != null && !args[1].isBlank();
    for (CrdCatalog.Entry entry : CrdCatalog.ENTRIES) {
      Path file = generated.resolve(entry.generatedFileName());
      CustomResourceDefinition crd = read(file);
      String yaml = toYaml(process(crd, entry));
      write(file, yaml);
      if (deploy) {
        write(Path.of(args[1]).resolve(entry.deployFileName()), yaml);
      }
    }
  }

  /** The processed copy of a generated CRD; the input is not changed. */
  public static CustomResourceDefinition process(
      CustomResourceDefinition generated, CrdCatalog.Entry entry) {
    CustomResourceDefinition crd = SERIALIZATION.clone(generated);
    CustomResourceDefinitionVersion storage =
        crd.getSpec().getVersions().stream()
            .filter(v -> Boolean.TRUE.equals(v.getStorage()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        crd.getMetadata().getName() + ": no storage version"));
    storage.setAdditionalPrinterColumns(
        orderedColumns(storage.getAdditionalPrinterColumns(), entry.type()));
    describe(storage.getSchema().getOpenAPIV3Schema(), entry.type());
    if (!entry.statusSubresource() && storage.getSubresources() != null) {
      storage.getSubresources().setStatus(null);
      if (storage.getSubresources().getScale() == null) {
        storage.setSubresources(null);
      }
    }
    List<CustomResourceDefinitionVersion> versions = new ArrayList<>(List.of(storage));
    for (String name : entry.alsoServed()) {
      CustomResourceDefinitionVersion served = SERIALIZATION.clone(storage);
      served.setName(name);
      served.setStorage(false);
      served.setServed(true);
      served.setDeprecated(true);
      served.setDeprecationWarning(CrdCatalog.V1ALPHA3_WARNING);
      versions.add(served);
    }
    crd.getSpec().setVersions(versions);
    return crd;
  }

  /** The YAML text of a processed CRD, with the header comment. */
  public static String toYaml(CustomResourceDefinition crd) {
    return HEADER + SERIALIZATION.asYaml(crd);
  }

  /** Reads a CRD file. */
  public static CustomResourceDefinition read(Path file) {
    try {
      return SERIALIZATION.unmarshal(
          Files.readString(file, StandardCharsets.UTF_8), CustomResourceDefinition.class);
    } catch (IOException e) {
      throw new UncheckedIOException("read " + file, e);
    }
  }

  /**
   * kubectl explain texts for the kind, its spec and its status, from the classes'
   * {@code @JsonClassDescription} (the generator only describes fields).
   */
  private static void describe(JSONSchemaProps root, Class<?> type) {
    description(type).ifPresent(root::setDescription);
    Type[] parts = ((ParameterizedType) type.getGenericSuperclass()).getActualTypeArguments();
    String[] names = {"spec", "status"};
    for (int i = 0; i < names.length; i++) {
      JSONSchemaProps part = root.getProperties().get(names[i]);
      if (part != null && part.getDescription() == null && parts[i] instanceof Class<?> c) {
        description(c).ifPresent(part::setDescription);
      }
    }
  }

  private static Optional<String> description(Class<?> type) {
    return Optional.ofNullable(type.getAnnotation(JsonClassDescription.class))
        .map(JsonClassDescription::value);
  }

  private static List<CustomResourceColumnDefinition> orderedColumns(
      List<CustomResourceColumnDefinition> columns, Class<?> type) {
    if (columns == null) {
      return null;
    }
    List<String> order =
        Arrays.stream(type.getAnnotationsByType(AdditionalPrinterColumn.class))
            .map(AdditionalPrinterColumn::name)
            .toList();
    List<CustomResourceColumnDefinition> sorted = new ArrayList<>(columns);
    sorted.sort(Comparator.comparingInt(c -> rank(order, c.getName())));
    return sorted;
  }

  private static int rank(List<String> order, String name) {
    int i = order.indexOf(name);
    return i < 0 ? order.size() : i;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("write " + file, e);
    }
  }
}
