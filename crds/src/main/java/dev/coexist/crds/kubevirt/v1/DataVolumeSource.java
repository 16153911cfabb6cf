package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** A DataVolume backing a disk. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class DataVolumeSource extends ExtensibleObject {

  /** The DataVolume name in the VMI's namespace. */
  @JsonPropertyDescription("The DataVolume name in the VMI's namespace.")
  @Required
  private String name;

  /** The volume is hot-plugged. */
  @JsonPropertyDescription("The volume is hot-plugged.")
  private Boolean hotpluggable;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Boolean getHotpluggable() {
    return hotpluggable;
  }

  public void setHotpluggable(Boolean hotpluggable) {
    this.hotpluggable = hotpluggable;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    DataVolumeSource that = (DataVolumeSource) o;
    return Objects.equals(name, that.name) && Objects.equals(hotpluggable, that.hotpluggable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), name, hotpluggable);
  }
}
