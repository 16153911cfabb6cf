package dev.coexist.handler.node;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the decision's labels and annotation onto the node with a JSON merge patch. */
public final class NodeLabeler {
  private static final Logger LOG = LoggerFactory.getLogger(NodeLabeler.class);
  private final KubernetesClient client;

  /** A labeler using this client. */
  public NodeLabeler(KubernetesClient client) {
    this.client = client;
  }

  /**
   * Labels the node.
   *
   * @throws IllegalStateException when the node does not exist
   */
  public void label(String nodeName, Virtualization v) {
    Node node = client.nodes().withName(nodeName).get();
    if (node == null) {
      throw new IllegalStateException(
          "NODE_NAME: node " + nodeName + " does not exist in the cluster");
    }
    Map<String, String> labels = NodeLabels.labels(v);
    Map<String, String> annotations = NodeLabels.annotations(v);
    Map<String, String> have = node.getMetadata().getLabels();
    Map<String, String> haveAnn = node.getMetadata().getAnnotations();
    if (have != null
        && have.entrySet().containsAll(labels.entrySet())
        && haveAnn != null
        && haveAnn.entrySet().containsAll(annotations.entrySet())) {
      LOG.info("node {} already labelled {}", nodeName, labels);
      return;
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("labels", labels);
    metadata.put("annotations", annotations);
    String patch = client.getKubernetesSerialization().asJson(Map.of("metadata", metadata));
    client.nodes().withName(nodeName).patch(PatchContext.of(PatchType.JSON_MERGE), patch);
    LOG.info("node {} labelled {} ({})", nodeName, labels, v.message());
  }
}
