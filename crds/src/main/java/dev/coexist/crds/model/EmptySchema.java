package dev.coexist.crds.model;

/**
 * Schema stand-in for fields whose CRD schema is an object with no declared properties, e.g. a
 * template's metadata (used with {@code @SchemaFrom} and {@code @PreserveUnknownFields}).
 */
public final class EmptySchema {
  private EmptySchema() {}
}
