package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Interface;
import java.util.ArrayList;
import java.util.List;

/** Which binding an interface uses, and the interface fields coexist does not implement. */
final class InterfaceChecks {
  private InterfaceChecks() {}

  static void checkUnsupported(Interface iface, String field, Problems problems) {
    problems.rejectUnknownFields(field, iface);
    if (iface.getPciAddress() != null) {
      problems.unsupported(field + ".pciAddress");
    }
    if (iface.getAcpiIndex() != null) {
      problems.unsupported(field + ".acpiIndex");
    }
    if (iface.getDhcpOptions() != null) {
      problems.unsupported(field + ".dhcpOptions");
    }
  }

  /**
   * The binding: masquerade, passtBinding, passt and the {@code passt} plugin binding all run on
   * passt; bridge attaches to a host bridge; no binding means masquerade. Anything else (sriov,
   * slirp, macvtap, other plugins) is reported.
   */
  static InterfaceConfigurator.Binding binding(Interface iface, String field, Problems problems) {
    List<String> set = new ArrayList<>();
    if (iface.getMasquerade() != null) {
      problems.rejectUnknownFields(field + ".masquerade", iface.getMasquerade());
      set.add("masquerade");
    }
    if (iface.getBridge() != null) {
      problems.rejectUnknownFields(field + ".bridge", iface.getBridge());
      set.add("bridge");
    }
    if (iface.getPasstBinding() != null) {
      set.add("passtBinding");
    }
    if (iface.getPasst() != null) {
      set.add("passt");
    }
    if (iface.getBinding() != null) {
      set.add("binding");
    }
    for (String unsupported : unsupportedBindings(iface)) {
      problems.unsupported(field + "." + unsupported);
      set.add(unsupported);
    }
    if (set.size() > 1) {
      problems.invalid(field, "set only one binding, got " + String.join(", ", set));
    }
    if (set.contains("bridge")) {
      return InterfaceConfigurator.Binding.BRIDGE;
    }
    if (iface.getBinding() != null && !"passt".equals(iface.getBinding().getName())) {
      problems.unsupportedValue(
          field + ".binding.name", iface.getBinding().getName(), List.of("passt"));
      return InterfaceConfigurator.Binding.UNSUPPORTED;
    }
    return InterfaceConfigurator.Binding.PASST;
  }

  private static List<String> unsupportedBindings(Interface iface) {
    List<String> found = new ArrayList<>();
    if (iface.getSriov() != null) {
      found.add("sriov");
    }
    if (iface.getSlirp() != null) {
      found.add("slirp");
    }
    if (iface.getMacvtap() != null) {
      found.add("macvtap");
    }
    return found;
  }
}
