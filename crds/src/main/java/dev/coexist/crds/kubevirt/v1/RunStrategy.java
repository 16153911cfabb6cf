package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** How a VirtualMachine keeps its VirtualMachineInstance running (spec.runStrategy). */
public enum RunStrategy {
  /** Always keep a VMI running; restart it whenever it stops. */
  @JsonProperty("Always")
  ALWAYS("Always"),
  /** Restart the VMI only when it failed, not after a guest shutdown. */
  @JsonProperty("RerunOnFailure")
  RERUN_ON_FAILURE("RerunOnFailure"),
  /** Start and stop only through the start/stop/restart subresources. */
  @JsonProperty("Manual")
  MANUAL("Manual"),
  /** Keep the VM stopped. */
  @JsonProperty("Halted")
  HALTED("Halted"),
  /** Run the VMI once; do not restart it. */
  @JsonProperty("Once")
  ONCE("Once"),
  /** Internal: the VM waits to receive a migration from another cluster. */
  @JsonProperty("WaitAsReceiver")
  WAIT_AS_RECEIVER("WaitAsReceiver");

  private final String value;

  RunStrategy(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<RunStrategy> fromValue(String value) {
    for (RunStrategy c : values()) {
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
