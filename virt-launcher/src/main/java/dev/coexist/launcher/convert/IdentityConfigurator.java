package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.Firmware;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.DomainBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Domain name ({@code <namespace>_<name>}, as KubeVirt), UUID and the SMBIOS system table
 * (manufacturer, product, family, UUID and the firmware serial).
 */
final class IdentityConfigurator implements DomainConfigurator {
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    ObjectMeta meta = Optional.ofNullable(vmi.getMetadata()).orElseGet(ObjectMeta::new);
    String namespace = Optional.ofNullable(meta.getNamespace()).orElse("default");
    String name = meta.getName();
    if (name == null || name.isBlank()) {
      problems.invalid("metadata.name", "required");
      name = "unnamed";
    }
    domain.name(namespace + "_" + name);

    Optional<Firmware> firmware = VmiParts.domain(vmi).map(DomainSpec::getFirmware);
    String uuid = uuid(firmware.map(Firmware::getUuid), meta, namespace, name, problems);
    domain.uuid(uuid);
    domain.addSysinfoSystemEntry("manufacturer", "KubeVirt");
    domain.addSysinfoSystemEntry("product", "None");
    domain.addSysinfoSystemEntry("uuid", uuid);
    firmware
        .map(Firmware::getSerial)
        .ifPresent(serial -> domain.addSysinfoSystemEntry("serial", serial));
    domain.addSysinfoSystemEntry("family", "KubeVirt");
  }

  private static String uuid(
      Optional<String> firmwareUuid,
      ObjectMeta meta,
      String namespace,
      String name,
      Problems problems) {
    if (firmwareUuid.isPresent()) {
      if (UUID_TEXT.matcher(firmwareUuid.get()).matches()) {
        return firmwareUuid.get().toLowerCase(Locale.ROOT);
      }
      problems.invalid("spec.domain.firmware.uuid", "not a UUID: \"" + firmwareUuid.get() + "\"");
    }
    String uid = meta.getUid();
    if (uid != null && UUID_TEXT.matcher(uid).matches()) {
      return uid.toLowerCase(Locale.ROOT);
    }
    // No cluster-assigned identity (e.g. `virt-launcher run`): stable per namespace and name.
    byte[] key = ("kubevirt.io/" + namespace + "/" + name).getBytes(StandardCharsets.UTF_8);
    return UUID.nameUUIDFromBytes(key).toString();
  }
}
