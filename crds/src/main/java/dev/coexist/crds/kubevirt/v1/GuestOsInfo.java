package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** The guest OS as reported by the guest agent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class GuestOsInfo extends ExtensibleObject {

  /** The OS name. */
  @JsonPropertyDescription("The OS name.")
  private String name;

  /** The OS pretty name. */
  @JsonPropertyDescription("The OS pretty name.")
  private String prettyName;

  /** The OS version. */
  @JsonPropertyDescription("The OS version.")
  private String version;

  /** The OS version ID. */
  @JsonPropertyDescription("The OS version ID.")
  private String versionId;

  /** The kernel release. */
  @JsonPropertyDescription("The kernel release.")
  private String kernelRelease;

  /** The kernel version. */
  @JsonPropertyDescription("The kernel version.")
  private String kernelVersion;

  /** The machine hardware name. */
  @JsonPropertyDescription("The machine hardware name.")
  private String machine;

  /** The OS ID. */
  @JsonPropertyDescription("The OS ID.")
  private String id;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPrettyName() {
    return prettyName;
  }

  public void setPrettyName(String prettyName) {
    this.prettyName = prettyName;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getVersionId() {
    return versionId;
  }

  public void setVersionId(String versionId) {
    this.versionId = versionId;
  }

  public String getKernelRelease() {
    return kernelRelease;
  }

  public void setKernelRelease(String kernelRelease) {
    this.kernelRelease = kernelRelease;
  }

  public String getKernelVersion() {
    return kernelVersion;
  }

  public void setKernelVersion(String kernelVersion) {
    this.kernelVersion = kernelVersion;
  }

  public String getMachine() {
    return machine;
  }

  public void setMachine(String machine) {
    this.machine = machine;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    GuestOsInfo that = (GuestOsInfo) o;
    return Objects.equals(name, that.name)
        && Objects.equals(prettyName, that.prettyName)
        && Objects.equals(version, that.version)
        && Objects.equals(versionId, that.versionId)
        && Objects.equals(kernelRelease, that.kernelRelease)
        && Objects.equals(kernelVersion, that.kernelVersion)
        && Objects.equals(machine, that.machine)
        && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        name,
        prettyName,
        version,
        versionId,
        kernelRelease,
        kernelVersion,
        machine,
        id);
  }
}
