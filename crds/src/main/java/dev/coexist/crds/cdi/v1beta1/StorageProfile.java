package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * The cluster-scoped storage profile of one StorageClass (same name): the access and volume modes a
 * DataVolume's {@code spec.storage} gets when it names none. Created and kept by the operator for
 * every StorageClass; administrators override the detected values in {@code spec}.
 */
@Group(StorageProfile.GROUP)
@Version(StorageProfile.VERSION)
@Kind(StorageProfile.KIND)
@Plural(StorageProfile.PLURAL)
@Singular(StorageProfile.SINGULAR)
@JsonClassDescription(
    "The storage profile of one StorageClass (same name): the access and volume modes a DataVolume's spec.storage gets when it names none. Created by the operator for every StorageClass; override the detected values in spec.")
public class StorageProfile extends CustomResource<StorageProfileSpec, StorageProfileStatus> {

  private static final long serialVersionUID = 1L;

  /** The API group. */
  public static final String GROUP = "cdi.kubevirt.io";

  /** The served version. */
  public static final String VERSION = "v1beta1";

  /** The kind. */
  public static final String KIND = "StorageProfile";

  /** The resource (plural) name. */
  public static final String PLURAL = "storageprofiles";

  /** The singular name. */
  public static final String SINGULAR = "storageprofile";

  /** {@code cdi.kubevirt.io/v1beta1}. */
  public static final String API_VERSION = GROUP + "/" + VERSION;
}
