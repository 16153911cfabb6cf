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

/** A request to live-migrate a {@link VirtualMachineInstance} to another node. */
@Group(VirtualMachineInstanceMigration.GROUP)
@Version(VirtualMachineInstanceMigration.VERSION)
@Kind(VirtualMachineInstanceMigration.KIND)
@Plural(VirtualMachineInstanceMigration.PLURAL)
@Singular(VirtualMachineInstanceMigration.SINGULAR)
@ShortNames({"vmim", "vmims"})
@Categories("all")
@AdditionalPrinterColumn(
    name = "Phase",
    jsonPath = ".status.phase",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "VMI",
    jsonPath = ".spec.vmiName",
    type = AdditionalPrinterColumn.Type.STRING)
@JsonClassDescription("A request to live-migrate a VirtualMachineInstance to another node.")
public class VirtualMachineInstanceMigration
    extends CustomResource<
        VirtualMachineInstanceMigrationSpec, VirtualMachineInstanceMigrationStatus>
    implements Namespaced {

  private static final long serialVersionUID = 1L;

  /** The API group. */
  public static final String GROUP = "kubevirt.io";

  /** The storage version. */
  public static final String VERSION = "v1";

  /** The kind. */
  public static final String KIND = "VirtualMachineInstanceMigration";

  /** The resource (plural) name. */
  public static final String PLURAL = "virtualmachineinstancemigrations";

  /** The singular name. */
  public static final String SINGULAR = "virtualmachineinstancemigration";

  /** {@code kubevirt.io/v1}. */
  public static final String API_VERSION = GROUP + "/" + VERSION;
}
