package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Port;
import dev.coexist.launcher.domain.Interface;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Declared interface ports to passt port forwards, one per protocol with sorted ranges. */
final class PortForwards {
  /** Forward every TCP and UDP port (a {@code portForward} without ranges means all). */
  static final List<Interface.PortForward> ALL =
      List.of(
          new Interface.PortForward("tcp", List.of()), new Interface.PortForward("udp", List.of()));

  private static final List<String> PROTOCOLS = List.of("TCP", "UDP");

  private PortForwards() {}

  static List<Interface.PortForward> of(List<Port> ports, String field, Problems problems) {
    Map<String, TreeSet<Integer>> byProto = new TreeMap<>();
    for (int k = 0; k < ports.size(); k++) {
      Port port = ports.get(k);
      String path = field + "[" + k + "]";
      problems.rejectUnknownFields(path, port);
      String protocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
      if (!PROTOCOLS.contains(protocol)) {
        problems.unsupportedValue(path + ".protocol", protocol, PROTOCOLS);
        continue;
      }
      Integer number = port.getPort();
      if (number == null || number < 1 || number > 65535) {
        problems.invalid(path + ".port", "must be between 1 and 65535, got " + number);
        continue;
      }
      byProto.computeIfAbsent(protocol.toLowerCase(Locale.ROOT), p -> new TreeSet<>()).add(number);
    }
    List<Interface.PortForward> forwards = new ArrayList<>();
    byProto.forEach(
        (proto, numbers) -> {
          List<Interface.Range> ranges = new ArrayList<>();
          numbers.forEach(n -> ranges.add(new Interface.Range(n, null)));
          forwards.add(new Interface.PortForward(proto, ranges));
        });
    return forwards;
  }
}
