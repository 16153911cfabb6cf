package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** How a registry import pulls the image. */
public enum RegistryPullMethod {
  /** The importer pod pulls the image itself. */
  @JsonProperty("pod")
  POD("pod"),
  /** The node's container runtime pulls the image. */
  @JsonProperty("node")
  NODE("node");

  private final String value;

  RegistryPullMethod(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<RegistryPullMethod> fromValue(String value) {
    for (RegistryPullMethod c : values()) {
      if (c.value.equals(value)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
