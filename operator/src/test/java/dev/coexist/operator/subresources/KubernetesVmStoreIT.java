package dev.coexist.operator.subresources;

import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The contract on the real API server (test cluster; CRDs from deploy/crds). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KubernetesVmStoreIT extends AbstractVmStoreContract {
  KubernetesClient client;
  KubernetesVmStore store;
  String ns;

  @BeforeAll
  void connect() throws Exception {
    client = SubresourcesClusterIT.client(SubresourcesClusterIT.kubeconfig(), null);
    SubresourcesClusterIT.applyCrds(client);
    ns = "t-vmstore-" + UUID.randomUUID().toString().substring(0, 8);
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
        .create();
    store = new KubernetesVmStore(client);
  }

  @AfterAll
  void cleanup() {
    if (client != null) {
      client.namespaces().withName(ns).delete();
      client.close();
    }
  }

  @Override
  VmStore store() {
    return store;
  }

  @Override
  String namespace() {
    return ns;
  }

  @Override
  void create(VirtualMachine vm) {
    client.resource(vm).create();
  }
}
