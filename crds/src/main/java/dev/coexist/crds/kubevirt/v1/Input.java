package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** An input device. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Input extends ExtensibleObject {

  /** The device name. */
  @JsonPropertyDescription("The device name.")
  @Required
  private String name;

  /** The bus: usb or virtio. */
  @JsonPropertyDescription("The bus: usb or virtio.")
  private InputBus bus;

  /** The device type: tablet or keyboard. */
  @JsonPropertyDescription("The device type: tablet or keyboard.")
  @Required
  private InputType type;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public InputBus getBus() {
    return bus;
  }

  public void setBus(InputBus bus) {
    this.bus = bus;
  }

  public InputType getType() {
    return type;
  }

  public void setType(InputType type) {
    this.type = type;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Input that = (Input) o;
    return Objects.equals(name, that.name)
        && Objects.equals(bus, that.bus)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), name, bus, type);
  }
}
