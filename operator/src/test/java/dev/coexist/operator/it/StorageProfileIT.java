package dev.coexist.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.cdi.v1beta1.ClaimPropertySet;
import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.StorageProfile;
import dev.coexist.operator.OperatorRuntime;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * StorageProfiles on the test cluster's real API server, with the operator in-process: one per
 * StorageClass (the cluster's local-path one included), status from the provisioner or the
 * administrator's spec, DataVolumes' {@code spec.storage} completed from it, and the profile gone
 * with its class.
 */
class StorageProfileIT {

  private static final Duration TIMEOUT = Duration.ofMinutes(1);

  private static KubernetesClient client;
  private static String ns;
  private static OperatorRuntime operator;
  private static String scName;

  @BeforeAll
  static void start() {
    client = TestCluster.client();
    ns = TestCluster.createNamespace(client, StorageProfileIT.class);
    scName = "coexist-it-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
    operator = OperatorRuntime.start(TestCluster.operatorConfig(ns), client, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    if (operator != null) {
      operator.close();
    }
    if (client != null) {
      client.storage().v1().storageClasses().withName(scName).delete();
      client.resources(StorageProfile.class).withName(scName).delete();
      if (ns != null) {
        client.namespaces().withName(ns).delete();
      }
      client.close();
    }
  }

  private static StorageProfile profile(String name) {
    return client.resources(StorageProfile.class).withName(name).get();
  }

  @Test
  void theLocalPathClassGetsAProfileWithItsKnownModes() {
    await("StorageProfile local-path with status")
        .atMost(TIMEOUT)
        .until(() -> profile("local-path") != null && profile("local-path").getStatus() != null);
    StorageProfile p = profile("local-path");
    assertThat(p.getStatus().getProvisioner()).isEqualTo("rancher.io/local-path");
    assertThat(p.getStatus().getStorageClass()).isEqualTo("local-path");
    assertThat(p.getStatus().getClaimPropertySets())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getAccessModes()).containsExactly("ReadWriteOnce");
              assertThat(s.getVolumeMode()).isEqualTo("Filesystem");
            });
    assertThat(p.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(o -> assertThat(o.getKind()).isEqualTo("StorageClass"));
  }

  @Test
  void anAdministratorsSpecDrivesStatusAndDataVolumeClaimsAndTheProfileGoesWithItsClass() {
    client
        .storage()
        .v1()
        .storageClasses()
        .resource(
            new StorageClassBuilder()
                .withNewMetadata()
                .withName(scName)
                .endMetadata()
                .withProvisioner("example.com/not-installed")
                .withVolumeBindingMode("Immediate")
                .build())
        .create();
    await("profile of an unknown provisioner")
        .atMost(TIMEOUT)
        .until(() -> profile(scName) != null && profile(scName).getStatus() != null);
    assertThat(profile(scName).getStatus().getClaimPropertySets()).isEmpty();

    ClaimPropertySet rwxBlock = new ClaimPropertySet();
    rwxBlock.setAccessModes(List.of("ReadWriteMany"));
    rwxBlock.setVolumeMode("Block");
    client
        .resources(StorageProfile.class)
        .withName(scName)
        .edit(
            p -> {
              p.getSpec().setClaimPropertySets(List.of(rwxBlock));
              return p;
            });
    await("status follows the spec")
        .atMost(TIMEOUT)
        .until(() -> profile(scName).getStatus().getClaimPropertySets().equals(List.of(rwxBlock)));

    DataVolume dv =
        Serialization.unmarshal(
            """
            apiVersion: cdi.kubevirt.io/v1beta1
            kind: DataVolume
            metadata: {name: blank-in-profile}
            spec:
              source: {blank: {}}
              storage:
                storageClassName: %s
                resources: {requests: {storage: 64Mi}}
            """
                .formatted(scName),
            DataVolume.class);
    client.resources(DataVolume.class).inNamespace(ns).resource(dv).create();
    await("PVC of the DataVolume")
        .atMost(TIMEOUT)
        .until(
            () ->
                client.persistentVolumeClaims().inNamespace(ns).withName("blank-in-profile").get()
                    != null);
    PersistentVolumeClaim pvc =
        client.persistentVolumeClaims().inNamespace(ns).withName("blank-in-profile").get();
    assertThat(pvc.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
    assertThat(pvc.getSpec().getVolumeMode()).isEqualTo("Block");
    assertThat(pvc.getSpec().getStorageClassName()).isEqualTo(scName);

    client.storage().v1().storageClasses().withName(scName).delete();
    await("profile garbage-collected with its StorageClass")
        .atMost(TIMEOUT)
        .until(() -> profile(scName) == null);
  }
}
