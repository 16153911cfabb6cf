package dev.coexist.crds.hco.v1beta1;

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
 * The virtualization platform (a singleton named {@value #SINGLETON_NAME}): the operator derives
 * the KubeVirt and CDI CRs from it and reports the worst state of its components.
 */
@Group(HyperConverged.GROUP)
@Version(HyperConverged.VERSION)
@Kind(HyperConverged.KIND)
@Plural(HyperConverged.PLURAL)
@Singular(HyperConverged.SINGULAR)
@ShortNames({"hco", "hcos"})
@Categories("all")
@AdditionalPrinterColumn(
    name = "Available",
    jsonPath = ".status.conditions[?(@.type==\"Available\")].status",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Progressing",
    jsonPath = ".status.conditions[?(@.type==\"Progressing\")].status",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Degraded",
    jsonPath = ".status.conditions[?(@.type==\"Degraded\")].status",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Message",
    jsonPath = ".status.conditions[?(@.type==\"Available\")].message",
    type = AdditionalPrinterColumn.Type.STRING,
    priority = 1)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@JsonClassDescription(
    "The virtualization platform (a singleton named kubevirt-hyperconverged): the operator derives the KubeVirt and CDI CRs from it and reports the worst state of its components.")
public class HyperConverged extends CustomResource<HyperConvergedSpec, HyperConvergedStatus>
    implements Namespaced {

  private static final long serialVersionUID = 1L;

  /** The API group. */
  public static final String GROUP = "hco.kubevirt.io";

  /** The served version. */
  public static final String VERSION = "v1beta1";

  /** The kind. */
  public static final String KIND = "HyperConverged";

  /** The resource (plural) name. */
  public static final String PLURAL = "hyperconvergeds";

  /** The singular name. */
  public static final String SINGULAR = "hyperconverged";

  /** {@code hco.kubevirt.io/v1beta1}. */
  public static final String API_VERSION = GROUP + "/" + VERSION;

  /** The name of the singleton CR. */
  public static final String SINGLETON_NAME = "kubevirt-hyperconverged";

  /** The name of the KubeVirt CR the operator derives from this CR. */
  public static final String KUBEVIRT_CR_NAME = "kubevirt-kubevirt-hyperconverged";

  /** The name of the CDI CR the operator derives from this CR. */
  public static final String CDI_CR_NAME = "cdi-kubevirt-hyperconverged";

  /** The install namespace upstream. */
  public static final String DEFAULT_NAMESPACE = "kubevirt-hyperconverged";
}
