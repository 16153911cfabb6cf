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

/** The KubeVirt installation and its cluster-wide configuration. */
@Group(KubeVirt.GROUP)
@Version(KubeVirt.VERSION)
@Kind(KubeVirt.KIND)
@Plural(KubeVirt.PLURAL)
@Singular(KubeVirt.SINGULAR)
@ShortNames({"kv", "kvs"})
@Categories("all")
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(
    name = "Phase",
    jsonPath = ".status.phase",
    type = AdditionalPrinterColumn.Type.STRING)
@JsonClassDescription("The KubeVirt installation and its cluster-wide configuration.")
public class KubeVirt extends CustomResource<KubeVirtSpec, KubeVirtStatus> implements Namespaced {

  private static final long serialVersionUID = 1L;

  /** The API group. */
  public static final String GROUP = "kubevirt.io";

  /** The storage version. */
  public static final String VERSION = "v1";

  /** The kind. */
  public static final String KIND = "KubeVirt";

  /** The resource (plural) name. */
  public static final String PLURAL = "kubevirts";

  /** The singular name. */
  public static final String SINGULAR = "kubevirt";

  /** {@code kubevirt.io/v1}. */
  public static final String API_VERSION = GROUP + "/" + VERSION;
}
