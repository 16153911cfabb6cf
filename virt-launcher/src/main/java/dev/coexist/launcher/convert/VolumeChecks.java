package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Volume;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks {@code spec.volumes}: unique names, exactly one source, and only the sources the launcher
 * can turn into an image (the launcher resolves them; this only says which ones exist).
 */
final class VolumeChecks {

  /** Checks the volumes and returns name to index. */
  Map<String, Integer> check(List<Volume> volumes, Problems problems) {
    Map<String, Integer> index = new HashMap<>();
    for (int j = 0; j < volumes.size(); j++) {
      Volume volume = volumes.get(j);
      String field = "spec.volumes[" + j + "]";
      if (volume.getName() == null) {
        problems.invalid(field + ".name", "required");
        continue;
      }
      if (index.putIfAbsent(volume.getName(), j) != null) {
        problems.invalid(field + ".name", "duplicate volume name \"" + volume.getName() + "\"");
      }
      problems.rejectUnknownFields(field, volume);
      checkSource(volume, field, problems);
    }
    return index;
  }

  private static void checkSource(Volume volume, String field, Problems problems) {
    Object[] supported = {
      volume.getContainerDisk(),
      volume.getPersistentVolumeClaim(),
      volume.getDataVolume(),
      volume.getCloudInitNoCloud(),
      volume.getCloudInitConfigDrive(),
      volume.getEmptyDisk(),
      volume.getEphemeral(),
      volume.getConfigMap(),
      volume.getSecret(),
      volume.getServiceAccount()
    };
    int sources = 0;
    for (Object source : supported) {
      sources += source == null ? 0 : 1;
    }
    Map<String, Object> unsupported = new HashMap<>();
    unsupported.put("hostDisk", volume.getHostDisk());
    unsupported.put("downwardAPI", volume.getDownwardAPI());
    unsupported.put("downwardMetrics", volume.getDownwardMetrics());
    unsupported.put("sysprep", volume.getSysprep());
    unsupported.put("memoryDump", volume.getMemoryDump());
    unsupported.put("containerPath", volume.getContainerPath());
    for (String name :
        List.of(
            "hostDisk",
            "downwardAPI",
            "downwardMetrics",
            "sysprep",
            "memoryDump",
            "containerPath")) {
      if (unsupported.get(name) != null) {
        problems.unsupported(field + "." + name);
        sources++;
      }
    }
    sources += volume.getAdditionalProperties().size();
    if (sources == 0) {
      problems.invalid(field, "no volume source (containerDisk, persistentVolumeClaim, ...)");
    } else if (sources > 1) {
      problems.invalid(field, "set exactly one volume source");
    }
  }
}
