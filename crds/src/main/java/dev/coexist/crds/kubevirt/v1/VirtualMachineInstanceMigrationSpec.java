package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Map;
import java.util.Objects;

/** A request to live-migrate a VMI. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription("A request to live-migrate a VMI.")
public class VirtualMachineInstanceMigrationSpec extends ExtensibleObject {

  /** The VMI to migrate, in the same namespace. */
  @JsonPropertyDescription("The VMI to migrate, in the same namespace.")
  @Required
  private String vmiName;

  /** Extra node selector terms for the target pod. */
  @JsonPropertyDescription("Extra node selector terms for the target pod.")
  private Map<String, String> addedNodeSelector;

  /** Cross-cluster migration source settings (kept as written). */
  @JsonPropertyDescription("Cross-cluster migration source settings (kept as written).")
  @PreserveUnknownFields
  private OpenObject sendTo;

  /** Cross-cluster migration target settings (kept as written). */
  @JsonPropertyDescription("Cross-cluster migration target settings (kept as written).")
  @PreserveUnknownFields
  private OpenObject receive;

  public String getVmiName() {
    return vmiName;
  }

  public void setVmiName(String vmiName) {
    this.vmiName = vmiName;
  }

  public Map<String, String> getAddedNodeSelector() {
    return addedNodeSelector;
  }

  public void setAddedNodeSelector(Map<String, String> addedNodeSelector) {
    this.addedNodeSelector = addedNodeSelector;
  }

  public OpenObject getSendTo() {
    return sendTo;
  }

  public void setSendTo(OpenObject sendTo) {
    this.sendTo = sendTo;
  }

  public OpenObject getReceive() {
    return receive;
  }

  public void setReceive(OpenObject receive) {
    this.receive = receive;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    VirtualMachineInstanceMigrationSpec that = (VirtualMachineInstanceMigrationSpec) o;
    return Objects.equals(vmiName, that.vmiName)
        && Objects.equals(addedNodeSelector, that.addedNodeSelector)
        && Objects.equals(sendTo, that.sendTo)
        && Objects.equals(receive, that.receive);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), vmiName, addedNodeSelector, sendTo, receive);
  }
}
