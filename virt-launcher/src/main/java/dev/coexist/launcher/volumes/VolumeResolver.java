package dev.coexist.launcher.volumes;

import dev.coexist.crds.kubevirt.v1.CloudInitSource;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.Volume;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Resolves the volumes of a VMI to disk images (see {@link VolumeLocations} for where external
 * volumes are found). Generated images go to {@code <workDir>/disks/<volume>.{qcow2,iso}}; they are
 * recreated on every resolve, so a VMI always boots from fresh ephemeral state.
 */
public final class VolumeResolver {
  private final VolumeLocations where;
  private final ContainerDiskLocator containerDisks;
  private final DiskImages images;

  /** A resolver finding containerDisks with {@code containerDisks}. */
  public VolumeResolver(
      VolumeLocations where, ContainerDiskLocator containerDisks, DiskImages images) {
    this.where = where;
    this.containerDisks = containerDisks;
    this.images = images;
  }

  /** Every volume by name, in spec order; the first unusable volume fails the whole call. */
  public Map<String, ResolvedVolume> resolve(VirtualMachineInstance vmi) {
    List<Volume> volumes = Optional.ofNullable(vmi.getSpec().getVolumes()).orElse(List.of());
    Map<String, ResolvedVolume> out = new LinkedHashMap<>();
    for (int i = 0; i < volumes.size(); i++) {
      String field = "spec.volumes[" + i + "]";
      Volume v = volumes.get(i);
      if (v.getName() == null || v.getName().isBlank()) {
        throw new InvalidVolumeException(field + ".name", "a volume needs a name");
      }
      if (out.containsKey(v.getName())) {
        throw new InvalidVolumeException(field + ".name", "duplicate volume " + v.getName());
      }
      out.put(v.getName(), resolve(vmi, v, field));
    }
    return out;
  }

  private ResolvedVolume resolve(VirtualMachineInstance vmi, Volume v, String field) {
    Path disks = disksDir();
    if (v.getContainerDisk() != null) {
      Path base = containerDisks.locate(v, field + ".containerDisk");
      return overlay(v.getName(), base, disks);
    }
    if (v.getPersistentVolumeClaim() != null) {
      String claim = v.getPersistentVolumeClaim().getClaimName();
      return pvc(
          v.getName(),
          claim,
          field + ".persistentVolumeClaim.claimName",
          Boolean.TRUE.equals(v.getPersistentVolumeClaim().getReadOnly()));
    }
    if (v.getDataVolume() != null) {
      return pvc(v.getName(), v.getDataVolume().getName(), field + ".dataVolume.name", false);
    }
    if (v.getEphemeral() != null) {
      String claim =
          Optional.ofNullable(v.getEphemeral().getPersistentVolumeClaim())
              .map(p -> p.getClaimName())
              .orElse(null);
      ResolvedVolume backing =
          pvc(v.getName(), claim, field + ".ephemeral.persistentVolumeClaim.claimName", true);
      return overlay(v.getName(), backing.path(), disks);
    }
    if (v.getEmptyDisk() != null) {
      long bytes = capacity(v.getEmptyDisk().getCapacity(), field + ".emptyDisk.capacity");
      Path img = fresh(disks.resolve(v.getName() + ".qcow2"));
      images.empty(img, bytes);
      return new ResolvedVolume(v.getName(), img, "qcow2", false, false);
    }
    if (v.getCloudInitNoCloud() != null || v.getCloudInitConfigDrive() != null) {
      return seed(vmi, v, field, disks);
    }
    if (v.getConfigMap() != null || v.getSecret() != null) {
      return configIso(v, field, disks);
    }
    throw new InvalidVolumeException(
        field, "volume " + v.getName() + " has no source coexist supports");
  }

  /** The containerDisk's image reference, required. */
  static String image(Volume v, String field) {
    String image = v.getContainerDisk().getImage();
    if (image == null || image.isBlank()) {
      throw new InvalidVolumeException(field + ".image", "an image is required");
    }
    return image;
  }

  private ResolvedVolume pvc(String volume, String claim, String field, boolean readOnly) {
    if (claim == null || claim.isBlank()) {
      throw new InvalidVolumeException(field, "a claim name is required");
    }
    Path root = where.pvcs().resolve(where.byVolumeName() ? volume : claim);
    Path img = root.resolve("disk.img");
    if (Files.isRegularFile(img)) {
      return new ResolvedVolume(volume, img, images.format(img), false, readOnly);
    }
    if (Files.exists(root) && !Files.isDirectory(root)) {
      return new ResolvedVolume(volume, root, "raw", true, readOnly);
    }
    throw new InvalidVolumeException(
        field, "PVC " + claim + " has no disk.img in " + root + " and is not a block device");
  }

  private ResolvedVolume overlay(String volume, Path base, Path disks) {
    Path img = fresh(disks.resolve(volume + ".qcow2"));
    images.overlay(base, images.format(base), img);
    return new ResolvedVolume(volume, img, "qcow2", false, false);
  }

  private ResolvedVolume seed(VirtualMachineInstance vmi, Volume v, String field, Path disks) {
    String id =
        Optional.ofNullable(vmi.getMetadata().getUid())
            .orElse(vmi.getMetadata().getNamespace() + "." + vmi.getMetadata().getName());
    String host =
        Optional.ofNullable(vmi.getSpec().getHostname()).orElse(vmi.getMetadata().getName());
    CloudInitSource nc = v.getCloudInitNoCloud();
    SeedImage seed =
        nc != null
            ? SeedImage.noCloud(nc, id, host, field + ".cloudInitNoCloud")
            : SeedImage.configDrive(
                v.getCloudInitConfigDrive(), id, host, field + ".cloudInitConfigDrive");
    Path iso = fresh(disks.resolve(v.getName() + ".iso"));
    images.iso(iso, seed.label(), seed.files());
    return new ResolvedVolume(v.getName(), iso, "raw", false, true);
  }

  private ResolvedVolume configIso(Volume v, String field, Path disks) {
    boolean cm = v.getConfigMap() != null;
    String sub = cm ? ".configMap" : ".secret";
    String label = cm ? v.getConfigMap().getVolumeLabel() : v.getSecret().getVolumeLabel();
    if (where.configs() == null) {
      throw new InvalidVolumeException(
          field + sub, "ConfigMap and Secret volumes need the cluster (not available standalone)");
    }
    Path dir = where.configs().resolve(v.getName());
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (Path f : listFiles(dir)) {
      try {
        files.put(f.getFileName().toString(), Files.readAllBytes(f));
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + f, e);
      }
    }
    Path iso = fresh(disks.resolve(v.getName() + ".iso"));
    images.iso(iso, label == null || label.isBlank() ? "cfgdata" : label, files);
    return new ResolvedVolume(v.getName(), iso, "raw", false, true);
  }

  private static long capacity(Quantity q, String field) {
    if (q == null) {
      throw new InvalidVolumeException(field, "a capacity is required");
    }
    long bytes;
    try {
      bytes = Quantity.getAmountInBytes(q).longValueExact();
    } catch (ArithmeticException | IllegalArgumentException e) {
      throw new InvalidVolumeException(field, "not a size: " + q);
    }
    if (bytes <= 0) {
      throw new InvalidVolumeException(field, "must be positive, got " + q);
    }
    return bytes;
  }

  private Path disksDir() {
    Path d = where.workDir().resolve("disks");
    try {
      return Files.createDirectories(d);
    } catch (IOException e) {
      throw new UncheckedIOException("creating " + d, e);
    }
  }

  private static Path fresh(Path p) {
    try {
      Files.deleteIfExists(p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("removing the old " + p, e);
    }
  }

  /** The regular, non-hidden files in {@code dir}, sorted; none when it is not a directory. */
  static List<Path> listFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + dir, e);
    }
  }
}
