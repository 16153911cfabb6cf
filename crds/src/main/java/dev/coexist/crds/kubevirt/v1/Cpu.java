package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Min;
import java.util.List;
import java.util.Objects;

/** The guest CPU topology and model. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Cpu extends ExtensibleObject {

  /** Cores per socket. */
  @JsonPropertyDescription("Cores per socket.")
  @Min(1)
  private Integer cores;

  /** Sockets. */
  @JsonPropertyDescription("Sockets.")
  @Min(1)
  private Integer sockets;

  /** Threads per core. */
  @JsonPropertyDescription("Threads per core.")
  @Min(1)
  private Integer threads;

  /** The upper bound of sockets for CPU hotplug. */
  @JsonPropertyDescription("The upper bound of sockets for CPU hotplug.")
  @Min(1)
  private Integer maxSockets;

  /** The CPU model: host-passthrough, host-model or a named model. */
  @JsonPropertyDescription("The CPU model: host-passthrough, host-model or a named model.")
  private String model;

  /** CPU features to require or disable. */
  @JsonPropertyDescription("CPU features to require or disable.")
  private List<CpuFeature> features;

  /** Pin each vCPU to a dedicated host CPU. */
  @JsonPropertyDescription("Pin each vCPU to a dedicated host CPU.")
  private Boolean dedicatedCpuPlacement;

  /** Give the emulator thread its own dedicated CPU. */
  @JsonPropertyDescription("Give the emulator thread its own dedicated CPU.")
  private Boolean isolateEmulatorThread;

  /** Guest NUMA topology (kept as written). */
  @JsonPropertyDescription("Guest NUMA topology (kept as written).")
  @PreserveUnknownFields
  private OpenObject numa;

  /** Realtime vCPU tuning (kept as written). */
  @JsonPropertyDescription("Realtime vCPU tuning (kept as written).")
  @PreserveUnknownFields
  private OpenObject realtime;

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

  public Integer getMaxSockets() {
    return maxSockets;
  }

  public void setMaxSockets(Integer maxSockets) {
    this.maxSockets = maxSockets;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public List<CpuFeature> getFeatures() {
    return features;
  }

  public void setFeatures(List<CpuFeature> features) {
    this.features = features;
  }

  public Boolean getDedicatedCpuPlacement() {
    return dedicatedCpuPlacement;
  }

  public void setDedicatedCpuPlacement(Boolean dedicatedCpuPlacement) {
    this.dedicatedCpuPlacement = dedicatedCpuPlacement;
  }

  public Boolean getIsolateEmulatorThread() {
    return isolateEmulatorThread;
  }

  public void setIsolateEmulatorThread(Boolean isolateEmulatorThread) {
    this.isolateEmulatorThread = isolateEmulatorThread;
  }

  public OpenObject getNuma() {
    return numa;
  }

  public void setNuma(OpenObject numa) {
    this.numa = numa;
  }

  public OpenObject getRealtime() {
    return realtime;
  }

  public void setRealtime(OpenObject realtime) {
    this.realtime = realtime;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Cpu that = (Cpu) o;
    return Objects.equals(cores, that.cores)
        && Objects.equals(sockets, that.sockets)
        && Objects.equals(threads, that.threads)
        && Objects.equals(maxSockets, that.maxSockets)
        && Objects.equals(model, that.model)
        && Objects.equals(features, that.features)
        && Objects.equals(dedicatedCpuPlacement, that.dedicatedCpuPlacement)
        && Objects.equals(isolateEmulatorThread, that.isolateEmulatorThread)
        && Objects.equals(numa, that.numa)
        && Objects.equals(realtime, that.realtime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        cores,
        sockets,
        threads,
        maxSockets,
        model,
        features,
        dedicatedCpuPlacement,
        isolateEmulatorThread,
        numa,
        realtime);
  }
}
