package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.Condition;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The observed state of a VirtualMachineInstance. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription("The observed state of a VirtualMachineInstance.")
public class VirtualMachineInstanceStatus extends ExtensibleObject {

  /** The lifecycle phase. */
  @JsonPropertyDescription("The lifecycle phase.")
  private VirtualMachineInstancePhase phase;

  /** When each phase was entered. */
  @JsonPropertyDescription("When each phase was entered.")
  private List<PhaseTransitionTimestamp> phaseTransitionTimestamps;

  /** Ready, Paused, LiveMigratable, AgentConnected and other conditions. */
  @JsonPropertyDescription("Ready, Paused, LiveMigratable, AgentConnected and other conditions.")
  private List<Condition> conditions;

  /** The node the VMI runs on. */
  @JsonPropertyDescription("The node the VMI runs on.")
  private String nodeName;

  /** A short reason for the current state. */
  @JsonPropertyDescription("A short reason for the current state.")
  private String reason;

  /** The guest's network interfaces and addresses. */
  @JsonPropertyDescription("The guest's network interfaces and addresses.")
  private List<VirtualMachineInstanceNetworkInterface> interfaces;

  /** The guest OS as reported by the guest agent. */
  @JsonPropertyDescription("The guest OS as reported by the guest agent.")
  private GuestOsInfo guestOSInfo;

  /** The state of the latest migration. */
  @JsonPropertyDescription("The state of the latest migration.")
  private VirtualMachineInstanceMigrationState migrationState;

  /** BlockMigration or LiveMigration. */
  @JsonPropertyDescription("BlockMigration or LiveMigration.")
  private String migrationMethod;

  /** How migration traffic travels (Unix). */
  @JsonPropertyDescription("How migration traffic travels (Unix).")
  private String migrationTransport;

  /** The QoS class of the launcher pod. */
  @JsonPropertyDescription("The QoS class of the launcher pod.")
  private String qosClass;

  /** The launcher image the VMI runs with. */
  @JsonPropertyDescription("The launcher image the VMI runs with.")
  private String launcherContainerImageVersion;

  /** Launcher pod UIDs mapped to their node names. */
  @JsonPropertyDescription("Launcher pod UIDs mapped to their node names.")
  private Map<String, String> activePods;

  /** The state of each volume. */
  @JsonPropertyDescription("The state of each volume.")
  private List<VolumeStatus> volumeStatus;

  /** frozen while the guest file systems are frozen. */
  @JsonPropertyDescription("frozen while the guest file systems are frozen.")
  private String fsFreezeStatus;

  /** The machine type in effect. */
  @JsonPropertyDescription("The machine type in effect.")
  private Machine machine;

  /** The vCPU topology in effect. */
  @JsonPropertyDescription("The vCPU topology in effect.")
  private CpuTopology currentCPUTopology;

  /** The guest memory in effect. */
  @JsonPropertyDescription("The guest memory in effect.")
  private MemoryStatus memory;

  /** The SELinux context of the launcher. */
  @JsonPropertyDescription("The SELinux context of the launcher.")
  private String selinuxContext;

  /** The UID the launcher runs as. */
  @JsonPropertyDescription("The UID the launcher runs as.")
  private Long runtimeUser;

  /** The VSOCK context ID of the guest. */
  @JsonProperty("VSOCKCID")
  @JsonPropertyDescription("The VSOCK context ID of the guest.")
  private Long vsockCid;

  /** The ControllerRevision of the VM spec the VMI was created from. */
  @JsonPropertyDescription("The ControllerRevision of the VM spec the VMI was created from.")
  private String virtualMachineRevisionName;

  /** The node the VMI is being evacuated from. */
  @JsonPropertyDescription("The node the VMI is being evacuated from.")
  private String evacuationNodeName;

  /** Topology hints (kept as written). */
  @JsonPropertyDescription("Topology hints (kept as written).")
  @PreserveUnknownFields
  private OpenObject topologyHints;

  /** Kernel boot details (kept as written). */
  @JsonPropertyDescription("Kernel boot details (kept as written).")
  @PreserveUnknownFields
  private OpenObject kernelBootStatus;

  /** Volumes moved by a volume migration (kept as written). */
  @JsonPropertyDescription("Volumes moved by a volume migration (kept as written).")
  @PreserveUnknownFields
  private List<OpenObject> migratedVolumes;

  /** Device status (kept as written). */
  @JsonPropertyDescription("Device status (kept as written).")
  @PreserveUnknownFields
  private OpenObject deviceStatus;

  public VirtualMachineInstancePhase getPhase() {
    return phase;
  }

  public void setPhase(VirtualMachineInstancePhase phase) {
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

  public String getNodeName() {
    return nodeName;
  }

  public void setNodeName(String nodeName) {
    this.nodeName = nodeName;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<VirtualMachineInstanceNetworkInterface> getInterfaces() {
    return interfaces;
  }

  public void setInterfaces(List<VirtualMachineInstanceNetworkInterface> interfaces) {
    this.interfaces = interfaces;
  }

  public GuestOsInfo getGuestOSInfo() {
    return guestOSInfo;
  }

  public void setGuestOSInfo(GuestOsInfo guestOSInfo) {
    this.guestOSInfo = guestOSInfo;
  }

  public VirtualMachineInstanceMigrationState getMigrationState() {
    return migrationState;
  }

  public void setMigrationState(VirtualMachineInstanceMigrationState migrationState) {
    this.migrationState = migrationState;
  }

  public String getMigrationMethod() {
    return migrationMethod;
  }

  public void setMigrationMethod(String migrationMethod) {
    this.migrationMethod = migrationMethod;
  }

  public String getMigrationTransport() {
    return migrationTransport;
  }

  public void setMigrationTransport(String migrationTransport) {
    this.migrationTransport = migrationTransport;
  }

  public String getQosClass() {
    return qosClass;
  }

  public void setQosClass(String qosClass) {
    this.qosClass = qosClass;
  }

  public String getLauncherContainerImageVersion() {
    return launcherContainerImageVersion;
  }

  public void setLauncherContainerImageVersion(String launcherContainerImageVersion) {
    this.launcherContainerImageVersion = launcherContainerImageVersion;
  }

  public Map<String, String> getActivePods() {
    return activePods;
  }

  public void setActivePods(Map<String, String> activePods) {
    this.activePods = activePods;
  }

  public List<VolumeStatus> getVolumeStatus() {
    return volumeStatus;
  }

  public void setVolumeStatus(List<VolumeStatus> volumeStatus) {
    this.volumeStatus = volumeStatus;
  }

  public String getFsFreezeStatus() {
    return fsFreezeStatus;
  }

  public void setFsFreezeStatus(String fsFreezeStatus) {
    this.fsFreezeStatus = fsFreezeStatus;
  }

  public Machine getMachine() {
    return machine;
  }

  public void setMachine(Machine machine) {
    this.machine = machine;
  }

  public CpuTopology getCurrentCPUTopology() {
    return currentCPUTopology;
  }

  public void setCurrentCPUTopology(CpuTopology currentCPUTopology) {
    this.currentCPUTopology = currentCPUTopology;
  }

  public MemoryStatus getMemory() {
    return memory;
  }

  public void setMemory(MemoryStatus memory) {
    this.memory = memory;
  }

  public String getSelinuxContext() {
    return selinuxContext;
  }

  public void setSelinuxContext(String selinuxContext) {
    this.selinuxContext = selinuxContext;
  }

  public Long getRuntimeUser() {
    return runtimeUser;
  }

  public void setRuntimeUser(Long runtimeUser) {
    this.runtimeUser = runtimeUser;
  }

  public Long getVsockCid() {
    return vsockCid;
  }

  public void setVsockCid(Long vsockCid) {
    this.vsockCid = vsockCid;
  }

  public String getVirtualMachineRevisionName() {
    return virtualMachineRevisionName;
  }

  public void setVirtualMachineRevisionName(String virtualMachineRevisionName) {
    this.virtualMachineRevisionName = virtualMachineRevisionName;
  }

  public String getEvacuationNodeName() {
    return evacuationNodeName;
  }

  public void setEvacuationNodeName(String evacuationNodeName) {
    this.evacuationNodeName = evacuationNodeName;
  }

  public OpenObject getTopologyHints() {
    return topologyHints;
  }

  public void setTopologyHints(OpenObject topologyHints) {
    this.topologyHints = topologyHints;
  }

  public OpenObject getKernelBootStatus() {
    return kernelBootStatus;
  }

  public void setKernelBootStatus(OpenObject kernelBootStatus) {
    this.kernelBootStatus = kernelBootStatus;
  }

  public List<OpenObject> getMigratedVolumes() {
    return migratedVolumes;
  }

  public void setMigratedVolumes(List<OpenObject> migratedVolumes) {
    this.migratedVolumes = migratedVolumes;
  }

  public OpenObject getDeviceStatus() {
    return deviceStatus;
  }

  public void setDeviceStatus(OpenObject deviceStatus) {
    this.deviceStatus = deviceStatus;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    VirtualMachineInstanceStatus that = (VirtualMachineInstanceStatus) o;
    return Objects.equals(phase, that.phase)
        && Objects.equals(phaseTransitionTimestamps, that.phaseTransitionTimestamps)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(nodeName, that.nodeName)
        && Objects.equals(reason, that.reason)
        && Objects.equals(interfaces, that.interfaces)
        && Objects.equals(guestOSInfo, that.guestOSInfo)
        && Objects.equals(migrationState, that.migrationState)
        && Objects.equals(migrationMethod, that.migrationMethod)
        && Objects.equals(migrationTransport, that.migrationTransport)
        && Objects.equals(qosClass, that.qosClass)
        && Objects.equals(launcherContainerImageVersion, that.launcherContainerImageVersion)
        && Objects.equals(activePods, that.activePods)
        && Objects.equals(volumeStatus, that.volumeStatus)
        && Objects.equals(fsFreezeStatus, that.fsFreezeStatus)
        && Objects.equals(machine, that.machine)
        && Objects.equals(currentCPUTopology, that.currentCPUTopology)
        && Objects.equals(memory, that.memory)
        && Objects.equals(selinuxContext, that.selinuxContext)
        && Objects.equals(runtimeUser, that.runtimeUser)
        && Objects.equals(vsockCid, that.vsockCid)
        && Objects.equals(virtualMachineRevisionName, that.virtualMachineRevisionName)
        && Objects.equals(evacuationNodeName, that.evacuationNodeName)
        && Objects.equals(topologyHints, that.topologyHints)
        && Objects.equals(kernelBootStatus, that.kernelBootStatus)
        && Objects.equals(migratedVolumes, that.migratedVolumes)
        && Objects.equals(deviceStatus, that.deviceStatus);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        phase,
        phaseTransitionTimestamps,
        conditions,
        nodeName,
        reason,
        interfaces,
        guestOSInfo,
        migrationState,
        migrationMethod,
        migrationTransport,
        qosClass,
        launcherContainerImageVersion,
        activePods,
        volumeStatus,
        fsFreezeStatus,
        machine,
        currentCPUTopology,
        memory,
        selinuxContext,
        runtimeUser,
        vsockCid,
        virtualMachineRevisionName,
        evacuationNodeName,
        topologyHints,
        kernelBootStatus,
        migratedVolumes,
        deviceStatus);
  }
}
