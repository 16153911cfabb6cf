package dev.coexist.launcher.volumes;

import dev.coexist.crds.kubevirt.v1.Volume;
import java.nio.file.Path;

/** Where the disk file of a containerDisk volume is (the backing file of the VM's overlay). */
public interface ContainerDiskLocator {

  /**
   * The disk file of containerDisk volume {@code volume}.
   *
   * @param field the volume's {@code containerDisk} field path, for errors
   * @throws InvalidVolumeException naming the field when the image has no usable disk
   */
  Path locate(Volume volume, String field);
}
