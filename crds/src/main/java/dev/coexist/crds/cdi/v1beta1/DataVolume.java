package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.generator.annotation.ValidationRule;
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
 * A DataVolume: a PVC plus where its data comes from (HTTP, registry, S3, GCS, upload, clone,
 * snapshot, blank, imageio, VDDK). Its spec is immutable after creation.
 */
@Group(DataVolume.GROUP)
@Version(DataVolume.VERSION)
@Kind(DataVolume.KIND)
@Plural(DataVolume.PLURAL)
@Singular(DataVolume.SINGULAR)
@ShortNames({"dv", "dvs"})
@Categories("all")
@AdditionalPrinterColumn(
    name = "Phase",
    jsonPath = ".status.phase",
    type = AdditionalPrinterColumn.Type.STRING,
    getDescription = "The phase the data volume is in")
@AdditionalPrinterColumn(
    name = "Progress",
    jsonPath = ".status.progress",
    type = AdditionalPrinterColumn.Type.STRING,
    getDescription = "Transfer progress in percentage if known, N/A otherwise")
@AdditionalPrinterColumn(
    name = "Restarts",
    jsonPath = ".status.restartCount",
    type = AdditionalPrinterColumn.Type.INTEGER,
    getDescription = "The number of times the transfer has been restarted.")
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@ValidationRule(
    value = "!has(oldSelf.spec) || (has(self.spec) && self.spec == oldSelf.spec)",
    message = "spec is immutable after creation: create a new DataVolume instead",
    fieldPath = ".spec")
@JsonClassDescription(
    "A DataVolume: a PVC plus where its data comes from (HTTP, registry, S3, GCS, upload, clone, snapshot, blank, imageio, VDDK). Its spec is immutable after creation.")
public class DataVolume extends CustomResource<DataVolumeSpec, DataVolumeStatus>
    implements Namespaced {

  private static final long serialVersionUID = 1L;

  /** The API group. */
  public static final String GROUP = "cdi.kubevirt.io";

  /** The served version. */
  public static final String VERSION = "v1beta1";

  /** The kind. */
  public static final String KIND = "DataVolume";

  /** The resource (plural) name. */
  public static final String PLURAL = "datavolumes";

  /** The singular name. */
  public static final String SINGULAR = "datavolume";

  /** {@code cdi.kubevirt.io/v1beta1}. */
  public static final String API_VERSION = GROUP + "/" + VERSION;
}
