package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Map;
import java.util.Objects;

/** A start or stop request queued on a VM. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class VirtualMachineStateChangeRequest extends ExtensibleObject {

  /** Start or Stop. */
  @JsonPropertyDescription("Start or Stop.")
  @Required
  private StateChangeAction action;

  /** Extra data of the request. */
  @JsonPropertyDescription("Extra data of the request.")
  private Map<String, String> data;

  /** For Stop: the UID of the VMI to stop. */
  @JsonPropertyDescription("For Stop: the UID of the VMI to stop.")
  private String uid;

  public StateChangeAction getAction() {
    return action;
  }

  public void setAction(StateChangeAction action) {
    this.action = action;
  }

  public Map<String, String> getData() {
    return data;
  }

  public void setData(Map<String, String> data) {
    this.data = data;
  }

  public String getUid() {
    return uid;
  }

  public void setUid(String uid) {
    this.uid = uid;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    VirtualMachineStateChangeRequest that = (VirtualMachineStateChangeRequest) o;
    return Objects.equals(action, that.action)
        && Objects.equals(data, that.data)
        && Objects.equals(uid, that.uid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), action, data, uid);
  }
}
