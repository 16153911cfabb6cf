package dev.coexist.crds.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Pure conversions between API objects through a JSON tree. Because every model type keeps the
 * fields it does not know, a copy or a conversion keeps them too.
 */
public final class ApiObjects {

  // Immutable after construction and thread-safe: shared configuration, not mutable state.
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private ApiObjects() {}

  /** A deep copy of {@code source}, unknown fields included. Null stays null. */
  public static <T> T deepCopy(T source, Class<T> type) {
    return convert(source, type);
  }

  /**
   * Converts {@code source} to {@code type} through its JSON tree: fields with the same JSON name
   * carry over, the rest land in the target's unknown-field map. Null stays null.
   *
   * @throws IllegalArgumentException if a field cannot be converted, naming the field path
   */
  public static <T> T convert(Object source, Class<T> type) {
    if (source == null) {
      return null;
    }
    JsonNode tree = MAPPER.valueToTree(source);
    return MAPPER.convertValue(tree, type);
  }

  /** The JSON tree of an API object. */
  public static JsonNode toTree(Object source) {
    return MAPPER.valueToTree(source);
  }
}
