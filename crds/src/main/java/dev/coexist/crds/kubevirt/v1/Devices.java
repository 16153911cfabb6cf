package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Size;
import java.util.List;
import java.util.Objects;

/** The devices of the VMI. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Devices extends ExtensibleObject {

  /** Disks, LUNs and CD-ROMs; each is backed by the volume of the same name. */
  @JsonPropertyDescription(
      "Disks, LUNs and CD-ROMs; each is backed by the volume of the same name.")
  @Size(max = 256)
  private List<Disk> disks;

  /** Network interfaces; each connects to the network of the same name. */
  @JsonPropertyDescription("Network interfaces; each connects to the network of the same name.")
  private List<Interface> interfaces;

  /** Input devices such as a USB tablet. */
  @JsonPropertyDescription("Input devices such as a USB tablet.")
  private List<Input> inputs;

  /** A virtio random number generator fed by the host. */
  @JsonPropertyDescription("A virtio random number generator fed by the host.")
  private Rng rng;

  /** Add a masquerade interface on the pod network when none is listed; true if empty. */
  @JsonPropertyDescription(
      "Add a masquerade interface on the pod network when none is listed; true if empty.")
  private Boolean autoattachPodInterface;

  /** Add a VGA device and VNC server; true if empty. */
  @JsonPropertyDescription("Add a VGA device and VNC server; true if empty.")
  private Boolean autoattachGraphicsDevice;

  /** Add a serial console; true if empty. */
  @JsonPropertyDescription("Add a serial console; true if empty.")
  private Boolean autoattachSerialConsole;

  /** Log the serial console output to the launcher pod's log. */
  @JsonPropertyDescription("Log the serial console output to the launcher pod's log.")
  private Boolean logSerialConsole;

  /** Add a memory balloon device; true if empty. */
  @JsonPropertyDescription("Add a memory balloon device; true if empty.")
  private Boolean autoattachMemBalloon;

  /** Add a tablet input device. */
  @JsonPropertyDescription("Add a tablet input device.")
  private Boolean autoattachInputDevice;

  /** Add a virtio-vsock device. */
  @JsonPropertyDescription("Add a virtio-vsock device.")
  private Boolean autoattachVSOCK;

  /** Give virtio network interfaces one queue per vCPU. */
  @JsonPropertyDescription("Give virtio network interfaces one queue per vCPU.")
  private Boolean networkInterfaceMultiqueue;

  /** Give virtio disks one queue per vCPU. */
  @JsonPropertyDescription("Give virtio disks one queue per vCPU.")
  private Boolean blockMultiQueue;

  /** Do not reserve hotplug slots. */
  @JsonPropertyDescription("Do not reserve hotplug slots.")
  private Boolean disableHotplug;

  /** Use virtio-transitional devices for old guests. */
  @JsonPropertyDescription("Use virtio-transitional devices for old guests.")
  private Boolean useVirtioTransitional;

  /** A virtual TPM (kept as written). */
  @JsonPropertyDescription("A virtual TPM (kept as written).")
  @PreserveUnknownFields
  private OpenObject tpm;

  /** A watchdog device (kept as written). */
  @JsonPropertyDescription("A watchdog device (kept as written).")
  @PreserveUnknownFields
  private OpenObject watchdog;

  /** The video device type (kept as written). */
  @JsonPropertyDescription("The video device type (kept as written).")
  @PreserveUnknownFields
  private OpenObject video;

  /** A sound device (kept as written). */
  @JsonPropertyDescription("A sound device (kept as written).")
  @PreserveUnknownFields
  private OpenObject sound;

  /** USB redirection from the client (kept as written). */
  @JsonPropertyDescription("USB redirection from the client (kept as written).")
  @PreserveUnknownFields
  private OpenObject clientPassthrough;

  /** A virtio-serial port exposing host metrics (kept as written). */
  @JsonPropertyDescription("A virtio-serial port exposing host metrics (kept as written).")
  @PreserveUnknownFields
  private OpenObject downwardMetrics;

  /** GPUs passed through or mediated (kept as written). */
  @JsonPropertyDescription("GPUs passed through or mediated (kept as written).")
  @PreserveUnknownFields
  private List<OpenObject> gpus;

  /** Host devices passed through (kept as written). */
  @JsonPropertyDescription("Host devices passed through (kept as written).")
  @PreserveUnknownFields
  private List<OpenObject> hostDevices;

  /** virtiofs file systems (kept as written). */
  @JsonPropertyDescription("virtiofs file systems (kept as written).")
  @PreserveUnknownFields
  private List<OpenObject> filesystems;

  public List<Disk> getDisks() {
    return disks;
  }

  public void setDisks(List<Disk> disks) {
    this.disks = disks;
  }

  public List<Interface> getInterfaces() {
    return interfaces;
  }

  public void setInterfaces(List<Interface> interfaces) {
    this.interfaces = interfaces;
  }

  public List<Input> getInputs() {
    return inputs;
  }

  public void setInputs(List<Input> inputs) {
    this.inputs = inputs;
  }

  public Rng getRng() {
    return rng;
  }

  public void setRng(Rng rng) {
    this.rng = rng;
  }

  public Boolean getAutoattachPodInterface() {
    return autoattachPodInterface;
  }

  public void setAutoattachPodInterface(Boolean autoattachPodInterface) {
    this.autoattachPodInterface = autoattachPodInterface;
  }

  public Boolean getAutoattachGraphicsDevice() {
    return autoattachGraphicsDevice;
  }

  public void setAutoattachGraphicsDevice(Boolean autoattachGraphicsDevice) {
    this.autoattachGraphicsDevice = autoattachGraphicsDevice;
  }

  public Boolean getAutoattachSerialConsole() {
    return autoattachSerialConsole;
  }

  public void setAutoattachSerialConsole(Boolean autoattachSerialConsole) {
    this.autoattachSerialConsole = autoattachSerialConsole;
  }

  public Boolean getLogSerialConsole() {
    return logSerialConsole;
  }

  public void setLogSerialConsole(Boolean logSerialConsole) {
    this.logSerialConsole = logSerialConsole;
  }

  public Boolean getAutoattachMemBalloon() {
    return autoattachMemBalloon;
  }

  public void setAutoattachMemBalloon(Boolean autoattachMemBalloon) {
    this.autoattachMemBalloon = autoattachMemBalloon;
  }

  public Boolean getAutoattachInputDevice() {
    return autoattachInputDevice;
  }

  public void setAutoattachInputDevice(Boolean autoattachInputDevice) {
    this.autoattachInputDevice = autoattachInputDevice;
  }

  public Boolean getAutoattachVSOCK() {
    return autoattachVSOCK;
  }

  public void setAutoattachVSOCK(Boolean autoattachVSOCK) {
    this.autoattachVSOCK = autoattachVSOCK;
  }

  public Boolean getNetworkInterfaceMultiqueue() {
    return networkInterfaceMultiqueue;
  }

  public void setNetworkInterfaceMultiqueue(Boolean networkInterfaceMultiqueue) {
    this.networkInterfaceMultiqueue = networkInterfaceMultiqueue;
  }

  public Boolean getBlockMultiQueue() {
    return blockMultiQueue;
  }

  public void setBlockMultiQueue(Boolean blockMultiQueue) {
    this.blockMultiQueue = blockMultiQueue;
  }

  public Boolean getDisableHotplug() {
    return disableHotplug;
  }

  public void setDisableHotplug(Boolean disableHotplug) {
    this.disableHotplug = disableHotplug;
  }

  public Boolean getUseVirtioTransitional() {
    return useVirtioTransitional;
  }

  public void setUseVirtioTransitional(Boolean useVirtioTransitional) {
    this.useVirtioTransitional = useVirtioTransitional;
  }

  public OpenObject getTpm() {
    return tpm;
  }

  public void setTpm(OpenObject tpm) {
    this.tpm = tpm;
  }

  public OpenObject getWatchdog() {
    return watchdog;
  }

  public void setWatchdog(OpenObject watchdog) {
    this.watchdog = watchdog;
  }

  public OpenObject getVideo() {
    return video;
  }

  public void setVideo(OpenObject video) {
    this.video = video;
  }

  public OpenObject getSound() {
    return sound;
  }

  public void setSound(OpenObject sound) {
    this.sound = sound;
  }

  public OpenObject getClientPassthrough() {
    return clientPassthrough;
  }

  public void setClientPassthrough(OpenObject clientPassthrough) {
    this.clientPassthrough = clientPassthrough;
  }

  public OpenObject getDownwardMetrics() {
    return downwardMetrics;
  }

  public void setDownwardMetrics(OpenObject downwardMetrics) {
    this.downwardMetrics = downwardMetrics;
  }

  public List<OpenObject> getGpus() {
    return gpus;
  }

  public void setGpus(List<OpenObject> gpus) {
    this.gpus = gpus;
  }

  public List<OpenObject> getHostDevices() {
    return hostDevices;
  }

  public void setHostDevices(List<OpenObject> hostDevices) {
    this.hostDevices = hostDevices;
  }

  public List<OpenObject> getFilesystems() {
    return filesystems;
  }

  public void setFilesystems(List<OpenObject> filesystems) {
    this.filesystems = filesystems;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Devices that = (Devices) o;
    return Objects.equals(disks, that.disks)
        && Objects.equals(interfaces, that.interfaces)
        && Objects.equals(inputs, that.inputs)
        && Objects.equals(rng, that.rng)
        && Objects.equals(autoattachPodInterface, that.autoattachPodInterface)
        && Objects.equals(autoattachGraphicsDevice, that.autoattachGraphicsDevice)
        && Objects.equals(autoattachSerialConsole, that.autoattachSerialConsole)
        && Objects.equals(logSerialConsole, that.logSerialConsole)
        && Objects.equals(autoattachMemBalloon, that.autoattachMemBalloon)
        && Objects.equals(autoattachInputDevice, that.autoattachInputDevice)
        && Objects.equals(autoattachVSOCK, that.autoattachVSOCK)
        && Objects.equals(networkInterfaceMultiqueue, that.networkInterfaceMultiqueue)
        && Objects.equals(blockMultiQueue, that.blockMultiQueue)
        && Objects.equals(disableHotplug, that.disableHotplug)
        && Objects.equals(useVirtioTransitional, that.useVirtioTransitional)
        && Objects.equals(tpm, that.tpm)
        && Objects.equals(watchdog, that.watchdog)
        && Objects.equals(video, that.video)
        && Objects.equals(sound, that.sound)
        && Objects.equals(clientPassthrough, that.clientPassthrough)
        && Objects.equals(downwardMetrics, that.downwardMetrics)
        && Objects.equals(gpus, that.gpus)
        && Objects.equals(hostDevices, that.hostDevices)
        && Objects.equals(filesystems, that.filesystems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        disks,
        interfaces,
        inputs,
        rng,
        autoattachPodInterface,
        autoattachGraphicsDevice,
        autoattachSerialConsole,
        logSerialConsole,
        autoattachMemBalloon,
        autoattachInputDevice,
        autoattachVSOCK,
        networkInterfaceMultiqueue,
        blockMultiQueue,
        disableHotplug,
        useVirtioTransitional,
        tpm,
        watchdog,
        video,
        sound,
        clientPassthrough,
        downwardMetrics,
        gpus,
        hostDevices,
        filesystems);
  }
}
