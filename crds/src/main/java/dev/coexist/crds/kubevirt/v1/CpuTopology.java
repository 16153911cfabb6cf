package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** A vCPU topology. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class CpuTopology extends ExtensibleObject {

  /** Cores per socket. */
  @JsonPropertyDescription("Cores per socket.")
  private Integer cores;

  /** Sockets. */
  @JsonPropertyDescription("Sockets.")
  private Integer sockets;

  /** Threads per core. */
  @JsonPropertyDescription("Threads per core.")
  private Integer threads;

  public Integer getCores() {
    return cores;
  }

  public void setCores(Integer cores) {
    this.cores = cores;
  }

  public Integer getSockets() {
    return sockets;
  }

  public void setSockets(Integer sockets) {
    this.sockets = sockets;
  }

  public Integer getThreads() {
    return threads;
  }

  public void setThreads(Integer threads) {
    this.threads = threads;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    CpuTopology that = (CpuTopology) o;
    return Objects.equals(cores, that.cores)
        && Objects.equals(sockets, that.sockets)
        && Objects.equals(threads, that.threads);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), cores, sockets, threads);
  }
}
