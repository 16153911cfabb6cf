package dev.coexist.operator.subresources;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * One RFC 6902 JSON patch operation, serialized with Jackson. A {@code test} against {@link
 * NullNode} means "absent or null", as the API server's JSON patch treats it.
 *
 * @param op {@code test}, {@code add}, {@code replace} or {@code remove}
 * @param path the JSON pointer
 * @param value the value; Java {@code null} (omitted) for {@code remove}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatchOp(String op, String path, JsonNode value) {

  /** {@code test}: the value at path equals value. */
  public static PatchOp test(String path, JsonNode value) {
    return new PatchOp("test", path, value == null ? NullNode.getInstance() : value);
  }

  /** {@code add}. */
  public static PatchOp add(String path, JsonNode value) {
    return new PatchOp("add", path, value);
  }

  /** {@code replace}. */
  public static PatchOp replace(String path, JsonNode value) {
    return new PatchOp("replace", path, value);
  }

  /** {@code remove}. */
  public static PatchOp remove(String path) {
    return new PatchOp("remove", path, null);
  }
}
