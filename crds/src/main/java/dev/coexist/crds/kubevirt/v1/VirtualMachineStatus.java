package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.Condition;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Objects;

/** The observed state of a VirtualMachine. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription("The observed state of a VirtualMachine.")
public class VirtualMachineStatus extends ExtensibleObject {

  /** A VMI exists for this VM. */
  @JsonPropertyDescription("A VMI exists for this VM.")
  private Boolean created;

  /** The VMI exists and is Ready. */
  @JsonPropertyDescription("The VMI exists and is Ready.")
  private Boolean ready;

  /** The human-readable state shown by kubectl get vm. */
  @JsonPropertyDescription("The human-readable state shown by kubectl get vm.")
  private VirtualMachinePrintableStatus printableStatus;

  /** Ready, Failure, Paused, RestartRequired and other conditions. */
  @JsonPropertyDescription("Ready, Failure, Paused, RestartRequired and other conditions.")
  private List<Condition> conditions;

  /** Pending start/stop requests from the subresource API. */
  @JsonPropertyDescription("Pending start/stop requests from the subresource API.")
  private List<VirtualMachineStateChangeRequest> stateChangeRequests;

  /** Pending hotplug volume requests (kept as written). */
  @JsonPropertyDescription("Pending hotplug volume requests (kept as written).")
  @PreserveUnknownFields
  private List<OpenObject> volumeRequests;

  /** Whether each volume supports snapshots. */
  @JsonPropertyDescription("Whether each volume supports snapshots.")
  private List<VolumeSnapshotStatus> volumeSnapshotStatuses;

  /** Repeated start failures (crash-loop back-off). */
  @JsonPropertyDescription("Repeated start failures (crash-loop back-off).")
  private VirtualMachineStartFailure startFailure;

  /** The metadata.generation this status was computed from. */
  @JsonPropertyDescription("The metadata.generation this status was computed from.")
  private Long observedGeneration;

  /** The metadata.generation the running VMI should reflect. */
  @JsonPropertyDescription("The metadata.generation the running VMI should reflect.")
  private Long desiredGeneration;

  /** The run strategy in effect. */
  @JsonPropertyDescription("The run strategy in effect.")
  private RunStrategy runStrategy;

  /** The instance type in effect (kept as written). */
  @JsonPropertyDescription("The instance type in effect (kept as written).")
  @PreserveUnknownFields
  private OpenObject instancetypeRef;

  /** The preference in effect (kept as written). */
  @JsonPropertyDescription("The preference in effect (kept as written).")
  @PreserveUnknownFields
  private OpenObject preferenceRef;

  /** The VirtualMachineSnapshot in progress. */
  @JsonPropertyDescription("The VirtualMachineSnapshot in progress.")
  private String snapshotInProgress;

  /** The VirtualMachineRestore in progress. */
  @JsonPropertyDescription("The VirtualMachineRestore in progress.")
  private String restoreInProgress;

  /** A memory dump request (kept as written). */
  @JsonPropertyDescription("A memory dump request (kept as written).")
  @PreserveUnknownFields
  private OpenObject memoryDumpRequest;

  /** The state of a volume update (kept as written). */
  @JsonPropertyDescription("The state of a volume update (kept as written).")
  @PreserveUnknownFields
  private OpenObject volumeUpdateState;

  public Boolean getCreated() {
    return created;
  }

  public void setCreated(Boolean created) {
    this.created = created;
  }

  public Boolean getReady() {
    return ready;
  }

  public void setReady(Boolean ready) {
    this.ready = ready;
  }

  public VirtualMachinePrintableStatus getPrintableStatus() {
    return printableStatus;
  }

  public void setPrintableStatus(VirtualMachinePrintableStatus printableStatus) {
    this.printableStatus = printableStatus;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  public List<VirtualMachineStateChangeRequest> getStateChangeRequests() {
    return stateChangeRequests;
  }

  public void setStateChangeRequests(List<VirtualMachineStateChangeRequest> stateChangeRequests) {
    this.stateChangeRequests = stateChangeRequests;
  }

  public List<OpenObject> getVolumeRequests() {
    return volumeRequests;
  }

  public void setVolumeRequests(List<OpenObject> volumeRequests) {
    this.volumeRequests = volumeRequests;
  }

  public List<VolumeSnapshotStatus> getVolumeSnapshotStatuses() {
    return volumeSnapshotStatuses;
  }

  public void setVolumeSnapshotStatuses(List<VolumeSnapshotStatus> volumeSnapshotStatuses) {
    this.volumeSnapshotStatuses = volumeSnapshotStatuses;
  }

  public VirtualMachineStartFailure getStartFailure() {
    return startFailure;
  }

  public void setStartFailure(VirtualMachineStartFailure startFailure) {
    this.startFailure = startFailure;
  }

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public Long getDesiredGeneration() {
    return desiredGeneration;
  }

  public void setDesiredGeneration(Long desiredGeneration) {
    this.desiredGeneration = desiredGeneration;
  }

  public RunStrategy getRunStrategy() {
    return runStrategy;
  }

  public void setRunStrategy(RunStrategy runStrategy) {
    this.runStrategy = runStrategy;
  }

  public OpenObject getInstancetypeRef() {
    return instancetypeRef;
  }

  public void setInstancetypeRef(OpenObject instancetypeRef) {
    this.instancetypeRef = instancetypeRef;
  }

  public OpenObject getPreferenceRef() {
    return preferenceRef;
  }

  public void setPreferenceRef(OpenObject preferenceRef) {
    this.preferenceRef = preferenceRef;
  }

  public String getSnapshotInProgress() {
    return snapshotInProgress;
  }

  public void setSnapshotInProgress(String snapshotInProgress) {
    this.snapshotInProgress = snapshotInProgress;
  }

  public String getRestoreInProgress() {
    return restoreInProgress;
  }

  public void setRestoreInProgress(String restoreInProgress) {
    this.restoreInProgress = restoreInProgress;
  }

  public OpenObject getMemoryDumpRequest() {
    return memoryDumpRequest;
  }

  public void setMemoryDumpRequest(OpenObject memoryDumpRequest) {
    this.memoryDumpRequest = memoryDumpRequest;
  }

  public OpenObject getVolumeUpdateState() {
    return volumeUpdateState;
  }

  public void setVolumeUpdateState(OpenObject volumeUpdateState) {
    this.volumeUpdateState = volumeUpdateState;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    VirtualMachineStatus that = (VirtualMachineStatus) o;
    return Objects.equals(created, that.created)
        && Objects.equals(ready, that.ready)
        && Objects.equals(printableStatus, that.printableStatus)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(stateChangeRequests, that.stateChangeRequests)
        && Objects.equals(volumeRequests, that.volumeRequests)
        && Objects.equals(volumeSnapshotStatuses, that.volumeSnapshotStatuses)
        && Objects.equals(startFailure, that.startFailure)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(desiredGeneration, that.desiredGeneration)
        && Objects.equals(runStrategy, that.runStrategy)
        && Objects.equals(instancetypeRef, that.instancetypeRef)
        && Objects.equals(preferenceRef, that.preferenceRef)
        && Objects.equals(snapshotInProgress, that.snapshotInProgress)
        && Objects.equals(restoreInProgress, that.restoreInProgress)
        && Objects.equals(memoryDumpRequest, that.memoryDumpRequest)
        && Objects.equals(volumeUpdateState, that.volumeUpdateState);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        created,
        ready,
        printableStatus,
        conditions,
        stateChangeRequests,
        volumeRequests,
        volumeSnapshotStatuses,
        startFailure,
        observedGeneration,
        desiredGeneration,
        runStrategy,
        instancetypeRef,
        preferenceRef,
        snapshotInProgress,
        restoreInProgress,
        memoryDumpRequest,
        volumeUpdateState);
  }
}
