package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** When a VMI entered a phase. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class PhaseTransitionTimestamp extends ExtensibleObject {

  /** The phase. */
  @JsonPropertyDescription("The phase.")
  private String phase;

  /** When it was entered (RFC 3339). */
  @JsonPropertyDescription("When it was entered (RFC 3339).")
  private String phaseTransitionTimestamp;

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getPhaseTransitionTimestamp() {
    return phaseTransitionTimestamp;
  }

  public void setPhaseTransitionTimestamp(String phaseTransitionTimestamp) {
    this.phaseTransitionTimestamp = phaseTransitionTimestamp;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    PhaseTransitionTimestamp that = (PhaseTransitionTimestamp) o;
    return Objects.equals(phase, that.phase)
        && Objects.equals(phaseTransitionTimestamp, that.phaseTransitionTimestamp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), phase, phaseTransitionTimestamp);
  }
}
