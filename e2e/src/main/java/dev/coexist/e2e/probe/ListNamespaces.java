package dev.coexist.e2e.probe;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

/**
 * The e2e probe image's main: runs in a pod, reaches the API server the way coexist's operator will
 * (in-cluster config: KUBERNETES_SERVICE_HOST/PORT, the projected service-account token, TLS
 * verified against the cluster CA) and prints one line per namespace.
 */
public final class ListNamespaces {
  private ListNamespaces() {}

  public static void main(String[] args) {
    try (KubernetesClient client = new KubernetesClientBuilder().build()) {
      System.out.println("api-server " + client.getConfiguration().getMasterUrl());
      for (Namespace ns : client.namespaces().list().getItems()) {
        System.out.println("namespace " + ns.getMetadata().getName());
      }
    }
  }
}
