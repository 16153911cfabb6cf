package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.DomainBuilder;
import java.util.List;

/**
 * Reports the domain and device fields that would change the guest but that coexist does not
 * implement (TPM, GPUs, host devices, filesystems, sound, vsock, I/O threads, ...), and any field
 * under {@code spec.domain} or {@code spec.domain.devices} the API types do not model. Configures
 * nothing.
 */
final class UnsupportedFeaturesConfigurator implements DomainConfigurator {
  private static final String DOMAIN = VmiParts.DOMAIN;
  private static final String DEVICES = VmiParts.DEVICES;

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    VmiParts.domain(vmi).ifPresent(d -> checkDomain(d, problems));
    VmiParts.devices(vmi).ifPresent(d -> checkDevices(d, problems));
  }

  private static void checkDomain(DomainSpec domain, Problems problems) {
    problems.rejectUnknownFields(DOMAIN, domain);
    reportIfSet(DOMAIN + ".ioThreadsPolicy", domain.getIoThreadsPolicy(), problems);
    reportIfSet(DOMAIN + ".ioThreads", domain.getIoThreads(), problems);
    reportIfSet(DOMAIN + ".chassis", domain.getChassis(), problems);
    reportIfSet(DOMAIN + ".launchSecurity", domain.getLaunchSecurity(), problems);
    if (domain.getResources() != null) {
      problems.rejectUnknownFields(DOMAIN + ".resources", domain.getResources());
    }
  }

  private static void checkDevices(Devices devices, Problems problems) {
    problems.rejectUnknownFields(DEVICES, devices);
    reportIfSet(DEVICES + ".tpm", devices.getTpm(), problems);
    reportIfSet(DEVICES + ".sound", devices.getSound(), problems);
    reportIfSet(DEVICES + ".clientPassthrough", devices.getClientPassthrough(), problems);
    reportIfSet(DEVICES + ".downwardMetrics", devices.getDownwardMetrics(), problems);
    reportIfNotEmpty(DEVICES + ".gpus", devices.getGpus(), problems);
    reportIfNotEmpty(DEVICES + ".hostDevices", devices.getHostDevices(), problems);
    reportIfNotEmpty(DEVICES + ".filesystems", devices.getFilesystems(), problems);
    reportIfTrue(DEVICES + ".autoattachVSOCK", devices.getAutoattachVSOCK(), problems);
    reportIfTrue(
        DEVICES + ".networkInterfaceMultiqueue", devices.getNetworkInterfaceMultiqueue(), problems);
    reportIfTrue(DEVICES + ".useVirtioTransitional", devices.getUseVirtioTransitional(), problems);
  }

  private static void reportIfSet(String field, Object value, Problems problems) {
    if (value != null) {
      problems.unsupported(field);
    }
  }

  private static void reportIfNotEmpty(String field, List<?> value, Problems problems) {
    if (value != null && !value.isEmpty()) {
      problems.unsupported(field);
    }
  }

  private static void reportIfTrue(String field, Boolean value, Problems problems) {
    if (Boolean.TRUE.equals(value)) {
      problems.unsupported(field);
    }
  }
}
