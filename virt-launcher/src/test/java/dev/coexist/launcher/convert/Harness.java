package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.Domain;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.DomainXml;
import java.util.List;
import java.util.function.Function;

/** Runs configurators on their own and renders the fragment a table row compares. */
final class Harness {
  private static final DomainXml XML = new DomainXml();

  private Harness() {}

  /** The outcome of running configurators: the domain built and the problems reported. */
  record Outcome(Domain domain, List<String> problems) {}

  static Outcome run(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainConfigurator... configurators) {
    DomainBuilder builder = new DomainBuilder();
    Problems problems = new Problems();
    for (DomainConfigurator configurator : configurators) {
      configurator.configure(vmi, ctx, builder, problems);
    }
    return new Outcome(builder.build(), problems.list().stream().map(Problem::toString).toList());
  }

  /** A part of the domain as compact XML (no indentation), or {@code ""} when absent. */
  static String fragment(String element, Object part) {
    return part == null ? "" : compact(XML.fragment(element, part));
  }

  /** Several parts (a device list) as compact XML, concatenated. */
  static String fragments(String element, List<?> parts) {
    StringBuilder out = new StringBuilder();
    parts.forEach(p -> out.append(fragment(element, p)));
    return out.toString();
  }

  /** XML without the whitespace between elements, with single quotes turned into double. */
  static String compact(String xml) {
    return xml.replace('\'', '"').replaceAll(">\\s+<", "><").trim();
  }

  static <T> Function<Domain, String> part(String element, Function<Domain, T> getter) {
    return d -> fragment(element, getter.apply(d));
  }
}
