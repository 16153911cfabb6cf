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
 * A running virtual machine: one launcher pod and one libvirt domain. Like KubeVirt's, its CRD has
 * no status subresource: status is written with ordinary updates.
 */
@Group(VirtualMachineInstance.GROUP)
@Version(VirtualMachineInstance.VERSION)
@Kind(VirtualMachineInstance.KIND)
@Plural(VirtualMachineInstance.PLURAL)
@Singular(VirtualMachineInstance.SINGULAR)
@ShortNames({"vmi", "vmis"})
@Categories("all")
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(
    name = "Phase",
    jsonPath = ".status.phase",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "IP",
    jsonPath = ".status.interfaces[0].ipAddress",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "NodeName",
    jsonPath = ".status.nodeName",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Ready",
    jsonPath = ".status.conditions[?(@.type=='Ready')].status",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Live-Migratable",
    jsonPath = ".status.conditions[?(@.type=='LiveMigratable')].status",
    type = AdditionalPrinterColumn.Type.STRING,
    priority = 1)
@AdditionalPrinterColumn(
    name = "Paused",
    jsonPath = ".status.conditions[?(@.type=='Paused')].status",
    type = AdditionalPrinterColumn.Type.STRING,
    priority = 1)
@JsonClassDescription(
    "A running virtual machine: one launcher pod and one libvirt domain. Like KubeVirt's, its CRD has no status subresource: status is written with ordinary updates.")
public class VirtualMachineInstance
    extends CustomResource<VirtualMachineInstanceSpec, VirtualMachineInstanceStatus>
    implements Namespaced {

  private static final long serialVersionUID = 1L;

  /** The API group. */
  public static final String GROUP = "kubevirt.io";

  /** The storage version. */
  public static final String VERSION = "v1";

  /** The kind. */
  public static final String KIND = "VirtualMachineInstance";

  /** The resource (plural) name. */
  public static final String PLURAL = "virtualmachineinstances";

  /** The singular name. */
  public static final String SINGULAR = "virtualmachineinstance";

  /** {@code kubevirt.io/v1}. */
  public static final String API_VERSION = GROUP + "/" + VERSION;
}
