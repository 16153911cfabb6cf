package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** A service account token presented to the guest as an ISO disk. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class ServiceAccountSource extends ExtensibleObject {

  /** The service account name. */
  @JsonPropertyDescription("The service account name.")
  private String serviceAccountName;

  public String getServiceAccountName() {
    return serviceAccountName;
  }

  public void setServiceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ServiceAccountSource that = (ServiceAccountSource) o;
    return Objects.equals(serviceAccountName, that.serviceAccountName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), serviceAccountName);
  }
}
