package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Bios;
import dev.coexist.crds.kubevirt.v1.Bootloader;
import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.Efi;
import dev.coexist.crds.kubevirt.v1.Features;
import dev.coexist.crds.kubevirt.v1.Firmware;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.Os;
import dev.coexist.launcher.domain.State;
import java.util.Optional;

/**
 * Firmware: SeaBIOS by default (optionally with serial output), or UEFI (OVMF) with a per-VM
 * variable store; secure boot (KubeVirt's default for EFI) uses the secure-boot OVMF build with
 * Microsoft keys enrolled and turns SMM on.
 */
final class FirmwareConfigurator implements DomainConfigurator {
  private static final String FIRMWARE = "spec.domain.firmware";
  private static final String BOOTLOADER = FIRMWARE + ".bootloader";

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    Optional<Firmware> firmware = VmiParts.domain(vmi).map(DomainSpec::getFirmware);
    firmware.ifPresent(f -> checkUnsupported(f, problems));
    Optional<Bootloader> bootloader = firmware.map(Firmware::getBootloader);
    bootloader.ifPresent(b -> problems.rejectUnknownFields(BOOTLOADER, b));
    Bios bios = bootloader.map(Bootloader::getBios).orElse(null);
    Efi efi = bootloader.map(Bootloader::getEfi).orElse(null);
    if (bios != null && efi != null) {
      problems.invalid(BOOTLOADER, "set either bios or efi, not both");
    }
    if (efi != null) {
      configureEfi(vmi, efi, ctx, domain, problems);
    } else if (bios != null) {
      problems.rejectUnknownFields(BOOTLOADER + ".bios", bios);
      if (VmiParts.flag(bios.getUseSerial(), false)) {
        domain.bios(new Os.Bios("yes"));
      }
    }
  }

  private static void checkUnsupported(Firmware firmware, Problems problems) {
    problems.rejectUnknownFields(FIRMWARE, firmware);
    if (firmware.getKernelBoot() != null) {
      problems.unsupported(FIRMWARE + ".kernelBoot");
    }
    if (firmware.getAcpi() != null) {
      problems.unsupported(FIRMWARE + ".acpi");
    }
  }

  private static void configureEfi(
      VirtualMachineInstance vmi,
      Efi efi,
      ConverterContext ctx,
      DomainBuilder domain,
      Problems problems) {
    String field = BOOTLOADER + ".efi";
    problems.rejectUnknownFields(field, efi);
    if (VmiParts.flag(efi.getPersistent(), false)) {
      problems.unsupported(field + ".persistent");
    }
    boolean secure = VmiParts.flag(efi.getSecureBoot(), true);
    ConverterContext.FirmwarePaths paths = ctx.firmware();
    if (secure) {
      String machine = domain.machine().orElse(ctx.defaultMachineType());
      if (!MachineConfigurator.isQ35(machine)) {
        problems.invalid(field + ".secureBoot", "secure boot needs the q35 machine type");
      }
      boolean smmOff =
          VmiParts.domain(vmi)
              .map(DomainSpec::getFeatures)
              .map(Features::getSmm)
              .map(s -> !VmiParts.flag(s.getEnabled(), true))
              .orElse(false);
      if (smmOff) {
        problems.invalid("spec.domain.features.smm", "secure boot needs SMM enabled");
      }
      domain.smm(State.ON);
      domain.loader(new Os.Loader("yes", "yes", "pflash", paths.secureCode()));
      domain.nvram(new Os.Nvram(paths.secureVars(), ctx.efiVars()));
    } else {
      domain.loader(new Os.Loader("yes", "no", "pflash", paths.code()));
      domain.nvram(new Os.Nvram(paths.vars(), ctx.efiVars()));
    }
  }
}
