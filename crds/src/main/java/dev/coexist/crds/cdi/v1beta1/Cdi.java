package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * The cluster-scoped CDI installation (kind {@code CDI}, usually named {@code cdi}). Unlike the
 * other kinds it is not in category {@code all}.
 */
@Group(Cdi.GROUP)
@Version(Cdi.VERSION)
@Kind(Cdi.KIND)
@Plural(Cdi.PLURAL)
@Singular(Cdi.SINGULAR)
@ShortNames({"cdi", "cdis"})
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(
    name = "Phase",
    jsonPath = ".status.phase",
    type = AdditionalPrinterColumn.Type.STRING)
@JsonClassDescription(
    "The cluster-scoped CDI installation (kind CDI, usually named cdi). Unlike the other kinds it is not in category all.")
public class Cdi extends CustomResource<CdiSpec, CdiStatus> {

  private static final long serialVersionUID = 1L;

  /** The API group. */
  public static final String GROUP = "cdi.kubevirt.io";

  /** The served version. */
  public static final String VERSION = "v1beta1";

  /** The kind. */
  public static final String KIND = "CDI";

  /** The resource (plural) name. */
  public static final String PLURAL = "cdis";

  /** The singular name. */
  public static final String SINGULAR = "cdi";

  /** {@code cdi.kubevirt.io/v1beta1}. */
  public static final String API_VERSION = GROUP + "/" + VERSION;
}
