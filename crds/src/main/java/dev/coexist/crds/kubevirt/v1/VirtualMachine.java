package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A virtual machine: a stateful VM that starts and stops a {@link VirtualMachineInstance} according
 * to its run strategy, and owns the DataVolumes of its {@code dataVolumeTemplates}.
 */
@Group(VirtualMachine.GROUP)
@Version(VirtualMachine.VERSION)
@Kind(VirtualMachine.KIND)
@Plural(VirtualMachine.PLURAL)
@Singular(VirtualMachine.SINGULAR)
@ShortNames({"vm", "vms"})
@Categories("all")
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(
    name = "Status",
    jsonPath = ".status.printableStatus",
    type = AdditionalPrinterColumn.Type.STRING,
    getDescription = "Human Readable Status")
@AdditionalPrinterColumn(
    name = "Ready",
    jsonPath = ".status.conditions[?(@.type=='Ready')].status",
    type = AdditionalPrinterColumn.Type.STRING)
@JsonClassDescription(
    "A virtual machine: a stateful VM that starts and stops a VirtualMachineInstance according to its run strategy, and owns the DataVolumes of its dataVolumeTemplates.")
public class VirtualMachine extends CustomResource<VirtualMachineSpec, VirtualMachineStatus>
    implements Namespaced {

  private static final long serialVersionUID = 1L;

  /** The API group. */
  public static final String GROUP = "kubevirt.io";

  /** The storage version. */
  public static final String VERSION = "v1";

  /** The kind. */
  public static final String KIND = "VirtualMachine";

  /** The resource (plural) name. */
  public static final String PLURAL = "virtualmachines";

  /** The singular name. */
  public static final String SINGULAR = "virtualmachine";

  /** {@code kubevirt.io/v1}. */
  public static final String API_VERSION = GROUP + "/" + VERSION;
}
