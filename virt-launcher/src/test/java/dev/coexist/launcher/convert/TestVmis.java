package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Bios;
import dev.coexist.crds.kubevirt.v1.Bootloader;
import dev.coexist.crds.kubevirt.v1.CdromTarget;
import dev.coexist.crds.kubevirt.v1.CloudInitSource;
import dev.coexist.crds.kubevirt.v1.ContainerDiskSource;
import dev.coexist.crds.kubevirt.v1.Cpu;
import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.Disk;
import dev.coexist.crds.kubevirt.v1.DiskBus;
import dev.coexist.crds.kubevirt.v1.DiskTarget;
import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.Efi;
import dev.coexist.crds.kubevirt.v1.Features;
import dev.coexist.crds.kubevirt.v1.Firmware;
import dev.coexist.crds.kubevirt.v1.Interface;
import dev.coexist.crds.kubevirt.v1.InterfaceBridge;
import dev.coexist.crds.kubevirt.v1.InterfaceMasquerade;
import dev.coexist.crds.kubevirt.v1.Memory;
import dev.coexist.crds.kubevirt.v1.Network;
import dev.coexist.crds.kubevirt.v1.PersistentVolumeClaimSource;
import dev.coexist.crds.kubevirt.v1.PodNetwork;
import dev.coexist.crds.kubevirt.v1.Port;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.crds.kubevirt.v1.Volume;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * Test VMIs built from functional options, like KubeVirt's libvmi: {@code vmi(withCpu(2),
 * withContainerDisk("root"))}. The base VMI is {@code default/testvmi} with 128Mi of memory and
 * nothing else.
 */
public final class TestVmis {
  private TestVmis() {}

  /** Changes a VMI under construction. */
  @FunctionalInterface
  public interface Option extends Consumer<VirtualMachineInstance> {}

  public static VirtualMachineInstance vmi(Option... options) {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    ObjectMeta meta = new ObjectMeta();
    meta.setNamespace("default");
    meta.setName("testvmi");
    vmi.setMetadata(meta);
    VirtualMachineInstanceSpec spec = new VirtualMachineInstanceSpec();
    spec.setDomain(new DomainSpec());
    spec.getDomain().setDevices(new Devices());
    vmi.setSpec(spec);
    withMemory("128Mi").accept(vmi);
    for (Option option : options) {
      option.accept(vmi);
    }
    return vmi;
  }

  public static Option withName(String namespace, String name) {
    return vmi -> {
      vmi.getMetadata().setNamespace(namespace);
      vmi.getMetadata().setName(name);
    };
  }

  /** Any change to {@code spec.domain}. */
  public static Option withDomain(Consumer<DomainSpec> change) {
    return vmi -> change.accept(vmi.getSpec().getDomain());
  }

  /** Any change to {@code spec.domain.devices}. */
  public static Option withDevices(Consumer<Devices> change) {
    return vmi -> change.accept(vmi.getSpec().getDomain().getDevices());
  }

  public static Option withCpu(int cores) {
    return withCpu(null, cores, null);
  }

  public static Option withCpu(Integer sockets, Integer cores, Integer threads) {
    return withDomain(
        d -> {
          Cpu cpu = d.getCpu() == null ? new Cpu() : d.getCpu();
          cpu.setSockets(sockets);
          cpu.setCores(cores);
          cpu.setThreads(threads);
          d.setCpu(cpu);
        });
  }

  public static Option withCpuModel(String model) {
    return withDomain(
        d -> {
          Cpu cpu = d.getCpu() == null ? new Cpu() : d.getCpu();
          cpu.setModel(model);
          d.setCpu(cpu);
        });
  }

  public static Option withMemory(String guest) {
    return withDomain(
        d -> {
          Memory memory = new Memory();
          memory.setGuest(guest == null ? null : new Quantity(guest));
          d.setMemory(memory);
        });
  }

  public static Option withMachine(String type) {
    return withDomain(
        d -> {
          dev.coexist.crds.kubevirt.v1.Machine machine = new dev.coexist.crds.kubevirt.v1.Machine();
          machine.setType(type);
          d.setMachine(machine);
        });
  }

  public static Option withEfi(Boolean secureBoot) {
    return withBootloader(
        b -> {
          Efi efi = new Efi();
          efi.setSecureBoot(secureBoot);
          b.setEfi(efi);
        });
  }

  public static Option withBios(Boolean useSerial) {
    return withBootloader(
        b -> {
          Bios bios = new Bios();
          bios.setUseSerial(useSerial);
          b.setBios(bios);
        });
  }

  private static Option withBootloader(Consumer<Bootloader> change) {
    return withDomain(
        d -> {
          Firmware firmware = d.getFirmware() == null ? new Firmware() : d.getFirmware();
          Bootloader bootloader = new Bootloader();
          change.accept(bootloader);
          firmware.setBootloader(bootloader);
          d.setFirmware(firmware);
        });
  }

  public static Option withFirmware(Consumer<Firmware> change) {
    return withDomain(
        d -> {
          Firmware firmware = d.getFirmware() == null ? new Firmware() : d.getFirmware();
          change.accept(firmware);
          d.setFirmware(firmware);
        });
  }

  public static Option withFeatures(Consumer<Features> change) {
    return withDomain(
        d -> {
          Features features = d.getFeatures() == null ? new Features() : d.getFeatures();
          change.accept(features);
          d.setFeatures(features);
        });
  }

  /** A disk (virtio unless changed) and nothing else; pair it with a volume. */
  public static Option withDisk(String name, Consumer<Disk> change) {
    return withDevices(
        d -> {
          Disk disk = new Disk();
          disk.setName(name);
          change.accept(disk);
          if (d.getDisks() == null) {
            d.setDisks(new ArrayList<>());
          }
          d.getDisks().add(disk);
        });
  }

  /** A volume of the given name; {@code change} sets its source. */
  public static Option withVolume(String name, Consumer<Volume> change) {
    return vmi -> {
      Volume volume = new Volume();
      volume.setName(name);
      change.accept(volume);
      if (vmi.getSpec().getVolumes() == null) {
        vmi.getSpec().setVolumes(new ArrayList<>());
      }
      vmi.getSpec().getVolumes().add(volume);
    };
  }

  /** A virtio disk backed by a containerDisk volume. */
  public static Option withContainerDisk(String name) {
    return vmi -> {
      withDisk(name, d -> d.setDisk(bus(DiskBus.VIRTIO))).accept(vmi);
      withVolume(name, v -> v.setContainerDisk(containerDisk())).accept(vmi);
    };
  }

  /** A disk on the bus backed by a PVC volume of the same name. */
  public static Option withPvcDisk(String name, DiskBus bus) {
    return vmi -> {
      withDisk(name, d -> d.setDisk(bus(bus))).accept(vmi);
      withVolume(name, v -> v.setPersistentVolumeClaim(pvc(name))).accept(vmi);
    };
  }

  /** A CD-ROM on the bus backed by a containerDisk. */
  public static Option withCdrom(String name, DiskBus bus) {
    return vmi -> {
      withDisk(
              name,
              d -> {
                CdromTarget cdrom = new CdromTarget();
                cdrom.setBus(bus);
                d.setCdrom(cdrom);
              })
          .accept(vmi);
      withVolume(name, v -> v.setContainerDisk(containerDisk())).accept(vmi);
    };
  }

  public static Option withCloudInit(String name) {
    return vmi -> {
      withDisk(name, d -> d.setDisk(bus(DiskBus.VIRTIO))).accept(vmi);
      withVolume(
              name,
              v -> {
                CloudInitSource source = new CloudInitSource();
                source.setUserData("#cloud-config\n");
                v.setCloudInitNoCloud(source);
              })
          .accept(vmi);
    };
  }

  public static DiskTarget bus(DiskBus bus) {
    DiskTarget target = new DiskTarget();
    target.setBus(bus);
    return target;
  }

  public static ContainerDiskSource containerDisk() {
    ContainerDiskSource source = new ContainerDiskSource();
    source.setImage("localhost/coexist/tiny-guest:latest");
    return source;
  }

  public static PersistentVolumeClaimSource pvc(String claim) {
    PersistentVolumeClaimSource source = new PersistentVolumeClaimSource();
    source.setClaimName(claim);
    return source;
  }

  /** A masquerade interface on a pod network of the same name, with TCP ports. */
  public static Option withMasquerade(String name, int... ports) {
    return vmi -> {
      Interface iface = new Interface();
      iface.setName(name);
      iface.setMasquerade(new InterfaceMasquerade());
      if (ports.length > 0) {
        iface.setPorts(new ArrayList<>());
        for (int port : ports) {
          Port p = new Port();
          p.setPort(port);
          iface.getPorts().add(p);
        }
      }
      withInterface(iface, podNetwork(name)).accept(vmi);
    };
  }

  /** A bridge interface on a pod network of the same name. */
  public static Option withBridge(String name) {
    return vmi -> {
      Interface iface = new Interface();
      iface.setName(name);
      iface.setBridge(new InterfaceBridge());
      withInterface(iface, podNetwork(name)).accept(vmi);
    };
  }

  public static Option withInterface(Interface iface, Network network) {
    return vmi -> {
      Devices devices = vmi.getSpec().getDomain().getDevices();
      if (devices.getInterfaces() == null) {
        devices.setInterfaces(new ArrayList<>());
      }
      devices.getInterfaces().add(iface);
      if (network != null) {
        if (vmi.getSpec().getNetworks() == null) {
          vmi.getSpec().setNetworks(new ArrayList<>());
        }
        vmi.getSpec().getNetworks().add(network);
      }
    };
  }

  public static Network podNetwork(String name) {
    Network network = new Network();
    network.setName(name);
    network.setPod(new PodNetwork());
    return network;
  }
}
