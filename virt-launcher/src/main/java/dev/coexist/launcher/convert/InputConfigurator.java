package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.Input;
import dev.coexist.crds.kubevirt.v1.InputBus;
import dev.coexist.crds.kubevirt.v1.InputType;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.DomainBuilder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Input devices: the listed tablets and keyboards (USB unless virtio is asked for), or one USB
 * tablet when {@code autoattachInputDevice} is true and none is listed.
 */
final class InputConfigurator implements DomainConfigurator {
  private static final String INPUTS = VmiParts.DEVICES + ".inputs";

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    List<Input> inputs = VmiParts.list(VmiParts.devices(vmi).map(Devices::getInputs).orElse(null));
    Set<String> names = new HashSet<>();
    for (int i = 0; i < inputs.size(); i++) {
      Input input = inputs.get(i);
      String field = INPUTS + "[" + i + "]";
      problems.rejectUnknownFields(field, input);
      if (input.getName() == null || !names.add(input.getName())) {
        problems.invalid(field + ".name", input.getName() == null ? "required" : "duplicate name");
      }
      if (input.getType() == null) {
        problems.invalid(field + ".type", "required");
        continue;
      }
      InputBus bus = input.getBus() == null ? InputBus.USB : input.getBus();
      domain.addInput(new dev.coexist.launcher.domain.Input(input.getType().value(), bus.value()));
    }
    boolean autoattach =
        VmiParts.flag(
            VmiParts.devices(vmi).map(Devices::getAutoattachInputDevice).orElse(null), false);
    if (inputs.isEmpty() && autoattach) {
      domain.addInput(
          new dev.coexist.launcher.domain.Input(InputType.TABLET.value(), InputBus.USB.value()));
    }
  }
}
