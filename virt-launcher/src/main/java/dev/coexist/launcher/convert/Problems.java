package dev.coexist.launcher.convert;

import dev.coexist.crds.model.ExtensibleObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Collects the problems the configurators find during one conversion. Not thread-safe. */
public final class Problems {
  private final List<Problem> found = new ArrayList<>();

  /** A field coexist does not implement. */
  public void unsupported(String field) {
    found.add(new Problem(Problem.Kind.UNSUPPORTED, field, "not supported by coexist"));
  }

  /** A value coexist does not implement, with the values it does. */
  public void unsupportedValue(String field, Object value, List<String> supported) {
    found.add(
        new Problem(
            Problem.Kind.UNSUPPORTED,
            field,
            "unsupported value \""
                + value
                + "\" (supported: "
                + String.join(", ", supported)
                + ")"));
  }

  /** The VMI is wrong in itself. */
  public void invalid(String field, String message) {
    found.add(new Problem(Problem.Kind.INVALID, field, message));
  }

  /** The launcher did not supply something the VMI needs. */
  public void unresolved(String field, String message) {
    found.add(new Problem(Problem.Kind.UNRESOLVED, field, message));
  }

  /**
   * Reports every field of {@code object} the API types do not model: coexist cannot know what it
   * would do to the guest, so it must not drop it silently.
   */
  public void rejectUnknownFields(String path, ExtensibleObject object) {
    if (object == null) {
      return;
    }
    for (String key : object.getAdditionalProperties().keySet()) {
      unsupported(path + "." + key);
    }
  }

  /** Reports each key of an open object (a KubeVirt object coexist keeps but does not model). */
  public void rejectKeys(String path, Map<String, Object> keys, List<String> understood) {
    for (String key : keys.keySet()) {
      if (!understood.contains(key)) {
        unsupported(path + "." + key);
      }
    }
  }

  /** True when nothing was found. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems found so far. */
  public List<Problem> list() {
    return List.copyOf(found);
  }

  /** Joins the problems' text, for messages and tests. */
  @Override
  public String toString() {
    return found.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }
}
