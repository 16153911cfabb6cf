package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.Condition;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Objects;

/** The observed state of a migration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription("The observed state of a migration.")
public class VirtualMachineInstanceMigrationStatus extends ExtensibleObject {

  /** The migration phase. */
  @JsonPropertyDescription("The migration phase.")
  private VirtualMachineInstanceMigrationPhase phase;

  /** When each phase was entered. */
  @JsonPropertyDescription("When each phase was entered.")
  private List<PhaseTransitionTimestamp> phaseTransitionTimestamps;

  /** Conditions. */
  @JsonPropertyDescription("Conditions.")
  private List<Condition> conditions;

  /** Details of the migration. */
  @JsonPropertyDescription("Details of the migration.")
  private VirtualMachineInstanceMigrationState migrationState;

  /** Addresses of the synchronization controller. */
  @JsonPropertyDescription("Addresses of the synchronization controller.")
  private List<String> synchronizationAddresses;

  public VirtualMachineInstanceMigrationPhase getPhase() {
    return phase;
  }

  public void setPhase(VirtualMachineInstanceMigrationPhase phase) {
    this.phase = phase;
  }

  public List<PhaseTransitionTimestamp> getPhaseTransitionTimestamps() {
    return phaseTransitionTimestamps;
  }

  public void setPhaseTransitionTimestamps(
      List<PhaseTransitionTimestamp> phaseTransitionTimestamps) {
    this.phaseTransitionTimestamps = phaseTransitionTimestamps;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  public VirtualMachineInstanceMigrationState getMigrationState() {
    return migrationState;
  }

  public void setMigrationState(VirtualMachineInstanceMigrationState migrationState) {
    this.migrationState = migrationState;
  }

  public List<String> getSynchronizationAddresses() {
    return synchronizationAddresses;
  }

  public void setSynchronizationAddresses(List<String> synchronizationAddresses) {
    this.synchronizationAddresses = synchronizationAddresses;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    VirtualMachineInstanceMigrationStatus that = (VirtualMachineInstanceMigrationStatus) o;
    return Objects.equals(phase, that.phase)
        && Objects.equals(phaseTransitionTimestamps, that.phaseTransitionTimestamps)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(migrationState, that.migrationState)
        && Objects.equals(synchronizationAddresses, that.synchronizationAddresses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        phase,
        phaseTransitionTimestamps,
        conditions,
        migrationState,
        synchronizationAddresses);
  }
}
