package dev.coexist.crds.build;

import dev.coexist.crds.cdi.v1beta1.Cdi;
import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.StorageProfile;
import dev.coexist.crds.hco.v1beta1.HyperConverged;
import dev.coexist.crds.kubevirt.v1.KubeVirt;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceMigration;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * What coexist's CRDs must look like beyond what the fabric8 generator derives from the types:
 * which kinds have a status subresource (KubeVirt's VMI has none) and which also serve the
 * deprecated {@code v1alpha3} with the same schema.
 */
public final class CrdCatalog {

  /** One CRD: its resource class, whether it has /status, and extra served versions. */
  public record Entry(
      Class<? extends HasMetadata> type, boolean statusSubresource, List<String> alsoServed) {

    /** The CRD name, {@code <plural>.<group>}. */
    public String crdName() {
      return HasMetadata.getPlural(type) + "." + HasMetadata.getGroup(type);
    }

    /** The file name of the generator's output in target/classes/META-INF/fabric8. */
    public String generatedFileName() {
      return crdName() + "-v1.yml";
    }

    /** The file name of the committed copy in deploy/crds. */
    public String deployFileName() {
      return crdName() + ".yaml";
    }
  }

  /** The warning kubectl prints for requests against v1alpha3 (KubeVirt's text). */
  public static final String V1ALPHA3_WARNING =
      "kubevirt.io/v1alpha3 is now deprecated and will be removed in a future release.";

  /** Every CRD coexist ships. */
  public static final List<Entry> ENTRIES =
      List.of(
          new Entry(VirtualMachine.class, true, List.of("v1alpha3")),
          new Entry(VirtualMachineInstance.class, false, List.of("v1alpha3")),
          new Entry(VirtualMachineInstanceMigration.class, true, List.of("v1alpha3")),
          new Entry(KubeVirt.class, true, List.of("v1alpha3")),
          new Entry(DataVolume.class, true, List.of()),
          new Entry(Cdi.class, true, List.of()),
          new Entry(StorageProfile.class, true, List.of()),
          new Entry(HyperConverged.class, true, List.of()));

  private CrdCatalog() {}

  /** The entry of a CRD name. */
  public static Entry byCrdName(String crdName) {
    return ENTRIES.stream()
        .filter(e -> e.crdName().equals(crdName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a coexist CRD: " + crdName));
  }
}
