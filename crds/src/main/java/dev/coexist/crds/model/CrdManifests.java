package dev.coexist.crds.model;

import java.util.List;

/**
 * Where the crds jar carries coexist's CRD manifests (the same files as deploy/crds/), for code
 * that installs them from the classpath.
 */
public final class CrdManifests {

  /** The classpath directory of the manifests, with a trailing slash. */
  public static final String DIRECTORY = "META-INF/coexist/crds/";

  /** The manifest file names, one CRD each. */
  public static final List<String> FILES =
      List.of(
          "virtualmachines.kubevirt.io.yaml",
          "virtualmachineinstances.kubevirt.io.yaml",
          "virtualmachineinstancemigrations.kubevirt.io.yaml",
          "kubevirts.kubevirt.io.yaml",
          "datavolumes.cdi.kubevirt.io.yaml",
          "cdis.cdi.kubevirt.io.yaml",
          "storageprofiles.cdi.kubevirt.io.yaml",
          "hyperconvergeds.hco.kubevirt.io.yaml");

  private CrdManifests() {}

  /** The classpath resource names of all manifests. */
  public static List<String> resources() {
    return FILES.stream().map(f -> DIRECTORY + f).toList();
  }
}
