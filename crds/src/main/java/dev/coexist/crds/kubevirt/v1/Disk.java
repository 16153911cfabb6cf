package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/** A disk, LUN or CD-ROM of the VMI; exactly one of disk, lun or cdrom (disk if none). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Disk extends ExtensibleObject {

  /** The disk name; a volume of the same name backs it. */
  @JsonPropertyDescription("The disk name; a volume of the same name backs it.")
  @Required
  @Size(max = 253)
  private String name;

  /** Attach the volume as a disk. */
  @JsonPropertyDescription("Attach the volume as a disk.")
  private DiskTarget disk;

  /** Attach the volume as a SCSI LUN. */
  @JsonPropertyDescription("Attach the volume as a SCSI LUN.")
  private LunTarget lun;

  /** Attach the volume as a CD-ROM. */
  @JsonPropertyDescription("Attach the volume as a CD-ROM.")
  private CdromTarget cdrom;

  /**
   * The boot order; lower boots first. Devices without it are not bootable when any device has one.
   */
  @JsonPropertyDescription(
      "The boot order; lower boots first. Devices without it are not bootable when any device has one.")
  @Min(1)
  private Integer bootOrder;

  /** The serial number the guest sees. */
  @JsonPropertyDescription("The serial number the guest sees.")
  private String serial;

  /** Give this disk its own I/O thread. */
  @JsonPropertyDescription("Give this disk its own I/O thread.")
  private Boolean dedicatedIOThread;

  /** The host page-cache mode. */
  @JsonPropertyDescription("The host page-cache mode.")
  private DiskCache cache;

  /** The QEMU I/O mode. */
  @JsonPropertyDescription("The QEMU I/O mode.")
  private DiskIo io;

  /** A tag the guest can read from the device metadata. */
  @JsonPropertyDescription("A tag the guest can read from the device metadata.")
  private String tag;

  /** The disk may be attached to several VMs. */
  @JsonPropertyDescription("The disk may be attached to several VMs.")
  private Boolean shareable;

  /** What the hypervisor does on an I/O error. */
  @JsonPropertyDescription("What the hypervisor does on an I/O error.")
  private DiskErrorPolicy errorPolicy;

  /** Logical and physical block sizes (kept as written). */
  @JsonPropertyDescription("Logical and physical block sizes (kept as written).")
  @PreserveUnknownFields
  private OpenObject blockSize;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public DiskTarget getDisk() {
    return disk;
  }

  public void setDisk(DiskTarget disk) {
    this.disk = disk;
  }

  public LunTarget getLun() {
    return lun;
  }

  public void setLun(LunTarget lun) {
    this.lun = lun;
  }

  public CdromTarget getCdrom() {
    return cdrom;
  }

  public void setCdrom(CdromTarget cdrom) {
    this.cdrom = cdrom;
  }

  public Integer getBootOrder() {
    return bootOrder;
  }

  public void setBootOrder(Integer bootOrder) {
    this.bootOrder = bootOrder;
  }

  public String getSerial() {
    return serial;
  }

  public void setSerial(String serial) {
    this.serial = serial;
  }

  public Boolean getDedicatedIOThread() {
    return dedicatedIOThread;
  }

  public void setDedicatedIOThread(Boolean dedicatedIOThread) {
    this.dedicatedIOThread = dedicatedIOThread;
  }

  public DiskCache getCache() {
    return cache;
  }

  public void setCache(DiskCache cache) {
    this.cache = cache;
  }

  public DiskIo getIo() {
    return io;
  }

  public void setIo(DiskIo io) {
    this.io = io;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public Boolean getShareable() {
    return shareable;
  }

  public void setShareable(Boolean shareable) {
    this.shareable = shareable;
  }

  public DiskErrorPolicy getErrorPolicy() {
    return errorPolicy;
  }

  public void setErrorPolicy(DiskErrorPolicy errorPolicy) {
    this.errorPolicy = errorPolicy;
  }

  public OpenObject getBlockSize() {
    return blockSize;
  }

  public void setBlockSize(OpenObject blockSize) {
    this.blockSize = blockSize;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Disk that = (Disk) o;
    return Objects.equals(name, that.name)
        && Objects.equals(disk, that.disk)
        && Objects.equals(lun, that.lun)
        && Objects.equals(cdrom, that.cdrom)
        && Objects.equals(bootOrder, that.bootOrder)
        && Objects.equals(serial, that.serial)
        && Objects.equals(dedicatedIOThread, that.dedicatedIOThread)
        && Objects.equals(cache, that.cache)
        && Objects.equals(io, that.io)
        && Objects.equals(tag, that.tag)
        && Objects.equals(shareable, that.shareable)
        && Objects.equals(errorPolicy, that.errorPolicy)
        && Objects.equals(blockSize, that.blockSize);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        name,
        disk,
        lun,
        cdrom,
        bootOrder,
        serial,
        dedicatedIOThread,
        cache,
        io,
        tag,
        shareable,
        errorPolicy,
        blockSize);
  }
}
