package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Port;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Declared interface ports, checked and split by protocol into sorted port lists. */
record PortForwards(List<Integer> tcp, List<Integer> udp) {
  private static final List<String> PROTOCOLS = List.of("TCP", "UDP");

  boolean none() {
    return tcp.isEmpty() && udp.isEmpty();
  }

  static PortForwards of(List<Port> ports, String field, Problems problems) {
    TreeSet<Integer> tcp = new TreeSet<>();
    TreeSet<Integer> udp = new TreeSet<>();
    for (int k = 0; k < ports.size(); k++) {
      Port port = ports.get(k);
      String path = field + "[" + k + "]";
      problems.rejectUnknownFields(path, port);
      String protocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
      if (!PROTOCOLS.contains(protocol.toUpperCase(Locale.ROOT))) {
        problems.unsupportedValue(path + ".protocol", protocol, PROTOCOLS);
        continue;
      }
      Integer number = port.getPort();
      if (number == null || number < 1 || number > 65535) {
        problems.invalid(path + ".port", "must be between 1 and 65535, got " + number);
        continue;
      }
      (protocol.equalsIgnoreCase("UDP") ? udp : tcp).add(number);
    }
    return new PortForwards(List.copyOf(tcp), List.copyOf(udp));
  }
}
