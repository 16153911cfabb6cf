package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** Hugepages backing the guest memory. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Hugepages extends ExtensibleObject {

  /** The hugepage size, e.g. 2Mi or 1Gi. */
  @JsonPropertyDescription("The hugepage size, e.g. 2Mi or 1Gi.")
  private String pageSize;

  public String getPageSize() {
    return pageSize;
  }

  public void setPageSize(String pageSize) {
    this.pageSize = pageSize;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Hugepages that = (Hugepages) o;
    return Objects.equals(pageSize, that.pageSize);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), pageSize);
  }
}
