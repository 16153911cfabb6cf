package dev.coexist.crds.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every coexist API model type: keeps the fields a type does not model, and writes them
 * back out, so a read-modify-write or a copy (VM template to VMI) never loses a valid KubeVirt
 * field that coexist does not know. The map takes no part in the CRD schema; which subtrees the API
 * server preserves is decided by {@code @PreserveUnknownFields} on the types (see
 * docs/api-types.md).
 */
public abstract class ExtensibleObject {

  @JsonIgnore private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

  /** Fields this type does not model, in the order they were read; live view. */
  @JsonAnyGetter
  @JsonIgnore // hides the map from the CRD generator; Jackson still writes it out
  public Map<String, Object> getAdditionalProperties() {
    return additionalProperties;
  }

  /** Keeps a field this type does not model. */
  @JsonAnySetter
  public void setAdditionalProperty(String name, Object value) {
    additionalProperties.put(name, value);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    return additionalProperties.equals(((ExtensibleObject) o).additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(additionalProperties);
  }
}
