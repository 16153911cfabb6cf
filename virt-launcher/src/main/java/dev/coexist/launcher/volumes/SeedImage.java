package dev.coexist.launcher.volumes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.coexist.crds.kubevirt.v1.CloudInitSource;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of a cloud-init seed image, as a pure function of the VMI's cloud-init source: NoCloud
 * ({@code meta-data}, {@code user-data}, {@code network-config}; volume label {@code cidata}) or
 * ConfigDrive ({@code openstack/latest/meta_data.json}, {@code user_data}, {@code
 * network_data.json}; label {@code config-2}).
 *
 * @param label the ISO volume label cloud-init looks for
 * @param files relative path → content, in a stable order
 */
public record SeedImage(String label, SortedMap<String, byte[]> files) {
  public static final String NOCLOUD_LABEL = "cidata";
  public static final String CONFIG_DRIVE_LABEL = "config-2";

  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** A NoCloud seed. {@code field} is the source's field path, for errors. */
  public static SeedImage noCloud(
      CloudInitSource src, String instanceId, String hostname, String field) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("instance-id", instanceId);
    meta.put("local-hostname", hostname);
    files.put("meta-data", write(YAML, meta, field));
    files.put("user-data", userData(src, field));
    networkData(src, field).ifPresent(n -> files.put("network-config", n));
    return new SeedImage(NOCLOUD_LABEL, files);
  }

  /** A ConfigDrive seed. */
  public static SeedImage configDrive(
      CloudInitSource src, String instanceId, String hostname, String field) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("uuid", instanceId);
    meta.put("hostname", hostname);
    meta.put("name", hostname);
    files.put("openstack/latest/meta_data.json", write(JSON, meta, field));
    files.put("openstack/latest/user_data", userData(src, field));
    networkData(src, field).ifPresent(n -> files.put("openstack/latest/network_data.json", n));
    return new SeedImage(CONFIG_DRIVE_LABEL, files);
  }

  private static byte[] userData(CloudInitSource src, String field) {
    if (src.getSecretRef() != null) {
      throw new InvalidVolumeException(
          field + ".secretRef", "user data from a Secret is not supported yet; inline it");
    }
    if (src.getUserData() != null && src.getUserDataBase64() != null) {
      throw new InvalidVolumeException(field, "set one of userData and userDataBase64, not both");
    }
    if (src.getUserDataBase64() != null) {
      return decode(src.getUserDataBase64(), field + ".userDataBase64");
    }
    if (src.getUserData() == null) {
      throw new InvalidVolumeException(field, "userData or userDataBase64 is required");
    }
    return src.getUserData().getBytes(StandardCharsets.UTF_8);
  }

  private static java.util.Optional<byte[]> networkData(CloudInitSource src, String field) {
    if (src.getNetworkDataSecretRef() != null) {
      throw new InvalidVolumeException(
          field + ".networkDataSecretRef", "network data from a Secret is not supported yet");
    }
    if (src.getNetworkDataBase64() != null) {
      return java.util.Optional.of(
          decode(src.getNetworkDataBase64(), field + ".networkDataBase64"));
    }
    return java.util.Optional.ofNullable(src.getNetworkData())
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] decode(String b64, String field) {
    try {
      return Base64.getDecoder().decode(b64.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new InvalidVolumeException(field, "not valid base64: " + e.getMessage());
    }
  }

  private static byte[] write(ObjectMapper mapper, Object value, String field) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("rendering seed metadata for " + field, e);
    }
  }
}
