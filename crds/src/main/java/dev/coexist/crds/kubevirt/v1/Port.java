package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** A port forwarded to the guest. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Port extends ExtensibleObject {

  /** The port name. */
  @JsonPropertyDescription("The port name.")
  private String name;

  /** TCP (default) or UDP. */
  @JsonPropertyDescription("TCP (default) or UDP.")
  private String protocol;

  /** The port number. */
  @JsonPropertyDescription("The port number.")
  @Required
  @Min(1)
  @Max(65535)
  private Integer port;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getProtocol() {
    return protocol;
  }

  public void setProtocol(String protocol) {
    this.protocol = protocol;
  }

  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Port that = (Port) o;
    return Objects.equals(name, that.name)
        && Objects.equals(protocol, that.protocol)
        && Objects.equals(port, that.port);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), name, protocol, port);
  }
}
