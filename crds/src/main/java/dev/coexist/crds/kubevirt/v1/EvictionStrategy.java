package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** What happens to a VMI when its node is drained. */
public enum EvictionStrategy {
  /** The VMI is shut down. */
  @JsonProperty("None")
  NONE("None"),
  /** The VMI is live-migrated; eviction is blocked while it cannot migrate. */
  @JsonProperty("LiveMigrate")
  LIVE_MIGRATE("LiveMigrate"),
  /** The VMI is live-migrated if it can be, shut down otherwise. */
  @JsonProperty("LiveMigrateIfPossible")
  LIVE_MIGRATE_IF_POSSIBLE("LiveMigrateIfPossible"),
  /** Eviction is blocked and left to an external controller. */
  @JsonProperty("External")
  EXTERNAL("External");

  private final String value;

  EvictionStrategy(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<EvictionStrategy> fromValue(String value) {
    for (EvictionStrategy c : values()) {
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
