package dev.coexist.handler.node;

import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import java.util.Map;
import java.util.TreeMap;

/** The labels and annotations the handler puts on its node. Pure. */
public final class NodeLabels {
  /** Label: {@code true} when guests on this node run under software emulation (TCG). */
  public static final String EMULATION = "coexist.dev/emulation";

  /** Annotation: the reason and message of the decision. */
  public static final String VIRTUALIZATION_ANNOTATION = "coexist.dev/virtualization";

  private NodeLabels() {}

  /** The labels: schedulable and emulation. */
  public static Map<String, String> labels(Virtualization v) {
    Map<String, String> m = new TreeMap<>();
    m.put(KubevirtNames.LABEL_SCHEDULABLE, "true");
    m.put(EMULATION, Boolean.toString(v.emulation()));
    return m;
  }

  /** The annotations: the decision's reason and message. */
  public static Map<String, String> annotations(Virtualization v) {
    return Map.of(VIRTUALIZATION_ANNOTATION, v.reason() + ": " + v.message());
  }
}
