package dev.coexist.handler.launcher;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.kubevirt.v1.ContainerDiskSource;
import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.Disk;
import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.Interface;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.crds.kubevirt.v1.Volume;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.LauncherRequest;
import dev.coexist.crds.launcher.LauncherResponse;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.io.IOException;
import java.util.List;

/**
 * JSON-lines encoding of the protocol records: one record per line, no pretty printing. Unknown
 * fields are ignored so a newer launcher can add fields without breaking an older handler.
 * Thread-safe; meant to be shared (its mapper caches what it learned about the model classes).
 */
public final class ProtocolCodec {
  private final ObjectMapper json =
      new ObjectMapper()
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * Encodes a {@code SYNC} of a small VMI and decodes a response and an event once, so the mapper
   * has introspected the protocol's model classes before the first real VM starts.
   */
  public void warmUp() {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    ObjectMeta meta = new ObjectMeta();
    meta.setName("warm-up");
    meta.setNamespace("warm-up");
    vmi.setMetadata(meta);
    VirtualMachineInstanceSpec spec = new VirtualMachineInstanceSpec();
    DomainSpec domain = new DomainSpec();
    Devices devices = new Devices();
    Disk disk = new Disk();
    disk.setName("warm-up");
    devices.setDisks(List.of(disk));
    Interface nic = new Interface();
    nic.setName("warm-up");
    devices.setInterfaces(List.of(nic));
    domain.setDevices(devices);
    spec.setDomain(domain);
    Volume volume = new Volume();
    volume.setName("warm-up");
    volume.setContainerDisk(new ContainerDiskSource());
    spec.setVolumes(List.of(volume));
    vmi.setSpec(spec);
    try {
      request(requestLine(LauncherRequest.sync(vmi, true)));
      response(responseLine(LauncherResponse.success(DomainStatus.absent())));
    } catch (IOException e) {
      throw new IllegalStateException("the protocol codec cannot read what it wrote", e);
    }
  }

  /** One request as a line (with the trailing newline). */
  public String requestLine(LauncherRequest request) {
    return line(request);
  }

  /** One response as a line (with the trailing newline). */
  public String responseLine(LauncherResponse response) {
    return line(response);
  }

  /** One event as a line (with the trailing newline). */
  public String eventLine(DomainEvent event) {
    return line(event);
  }

  /** Parses a request line. */
  public LauncherRequest request(String line) throws IOException {
    return json.readValue(line, LauncherRequest.class);
  }

  /** Parses a response line. */
  public LauncherResponse response(String line) throws IOException {
    return json.readValue(line, LauncherResponse.class);
  }

  /** Parses an event line. */
  public DomainEvent event(String line) throws IOException {
    return json.readValue(line, DomainEvent.class);
  }

  private String line(Object record) {
    try {
      return json.writeValueAsString(record) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("encoding " + record.getClass().getSimpleName(), e);
    }
  }
}
