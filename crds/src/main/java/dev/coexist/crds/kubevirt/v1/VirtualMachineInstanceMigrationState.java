package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** The state of a VMI's latest migration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class VirtualMachineInstanceMigrationState extends ExtensibleObject {

  /** The UID of the VirtualMachineInstanceMigration. */
  @JsonPropertyDescription("The UID of the VirtualMachineInstanceMigration.")
  private String migrationUid;

  /** The node the VMI migrates from. */
  @JsonPropertyDescription("The node the VMI migrates from.")
  private String sourceNode;

  /** The node the VMI migrates to. */
  @JsonPropertyDescription("The node the VMI migrates to.")
  private String targetNode;

  /** The target launcher pod. */
  @JsonPropertyDescription("The target launcher pod.")
  private String targetPod;

  /** The address the target node listens on. */
  @JsonPropertyDescription("The address the target node listens on.")
  private String targetNodeAddress;

  /** When the migration started (RFC 3339). */
  @JsonPropertyDescription("When the migration started (RFC 3339).")
  private String startTimestamp;

  /** When the migration ended (RFC 3339). */
  @JsonPropertyDescription("When the migration ended (RFC 3339).")
  private String endTimestamp;

  /** The migration finished. */
  @JsonPropertyDescription("The migration finished.")
  private Boolean completed;

  /** The migration failed. */
  @JsonPropertyDescription("The migration failed.")
  private Boolean failed;

  /** Cancelling was requested. */
  @JsonPropertyDescription("Cancelling was requested.")
  private Boolean abortRequested;

  /** Succeeded, Failed or Aborting. */
  @JsonPropertyDescription("Succeeded, Failed or Aborting.")
  private String abortStatus;

  /** PreCopy or PostCopy. */
  @JsonPropertyDescription("PreCopy or PostCopy.")
  private String mode;

  /** Why the migration failed. */
  @JsonPropertyDescription("Why the migration failed.")
  private String failureReason;

  public String getMigrationUid() {
    return migrationUid;
  }

  public void setMigrationUid(String migrationUid) {
    this.migrationUid = migrationUid;
  }

  public String getSourceNode() {
    return sourceNode;
  }

  public void setSourceNode(String sourceNode) {
    this.sourceNode = sourceNode;
  }

  public String getTargetNode() {
    return targetNode;
  }

  public void setTargetNode(String targetNode) {
    this.targetNode = targetNode;
  }

  public String getTargetPod() {
    return targetPod;
  }

  public void setTargetPod(String targetPod) {
    this.targetPod = targetPod;
  }

  public String getTargetNodeAddress() {
    return targetNodeAddress;
  }

  public void setTargetNodeAddress(String targetNodeAddress) {
    this.targetNodeAddress = targetNodeAddress;
  }

  public String getStartTimestamp() {
    return startTimestamp;
  }

  public void setStartTimestamp(String startTimestamp) {
    this.startTimestamp = startTimestamp;
  }

  public String getEndTimestamp() {
    return endTimestamp;
  }

  public void setEndTimestamp(String endTimestamp) {
    this.endTimestamp = endTimestamp;
  }

  public Boolean getCompleted() {
    return completed;
  }

  public void setCompleted(Boolean completed) {
    this.completed = completed;
  }

  public Boolean getFailed() {
    return failed;
  }

  public void setFailed(Boolean failed) {
    this.failed = failed;
  }

  public Boolean getAbortRequested() {
    return abortRequested;
  }

  public void setAbortRequested(Boolean abortRequested) {
    this.abortRequested = abortRequested;
  }

  public String getAbortStatus() {
    return abortStatus;
  }

  public void setAbortStatus(String abortStatus) {
    this.abortStatus = abortStatus;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getFailureReason() {
    return failureReason;
  }

  public void setFailureReason(String failureReason) {
    this.failureReason = failureReason;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    VirtualMachineInstanceMigrationState that = (VirtualMachineInstanceMigrationState) o;
    return Objects.equals(migrationUid, that.migrationUid)
        && Objects.equals(sourceNode, that.sourceNode)
        && Objects.equals(targetNode, that.targetNode)
        && Objects.equals(targetPod, that.targetPod)
        && Objects.equals(targetNodeAddress, that.targetNodeAddress)
        && Objects.equals(startTimestamp, that.startTimestamp)
        && Objects.equals(endTimestamp, that.endTimestamp)
        && Objects.equals(completed, that.completed)
        && Objects.equals(failed, that.failed)
        && Objects.equals(abortRequested, that.abortRequested)
        && Objects.equals(abortStatus, that.abortStatus)
        && Objects.equals(mode, that.mode)
        && Objects.equals(failureReason, that.failureReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        migrationUid,
        sourceNode,
        targetNode,
        targetPod,
        targetNodeAddress,
        startTimestamp,
        endTimestamp,
        completed,
        failed,
        abortRequested,
        abortStatus,
        mode,
        failureReason);
  }
}
