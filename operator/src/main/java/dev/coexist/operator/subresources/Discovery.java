package dev.coexist.operator.subresources;

import dev.coexist.operator.upload.UploadTokenApi;
import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIGroupBuilder;
import io.fabric8.kubernetes.api.model.APIGroupList;
import io.fabric8.kubernetes.api.model.APIGroupListBuilder;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceBuilder;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.APIResourceListBuilder;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscovery;
import io.fabric8.kubernetes.api.model.RootPaths;
import io.fabric8.kubernetes.api.model.ServerAddressByClientCIDR;
import java.util.ArrayList;
import java.util.List;

/**
 * The discovery documents of {@code subresources.kubevirt.io}: the root paths, {@code /apis}
 * (APIGroupList), {@code /apis/subresources.kubevirt.io} (APIGroup) and {@code
 * /apis/subresources.kubevirt.io/<version>} (APIResourceList listing the subresources KubeVirt
 * lists). Pure.
 */
public final class Discovery {
  /** The API group. */
  public static final String GROUP = "subresources.kubevirt.io";

  /** Served versions, preferred first (KubeVirt's {@code SubresourceGroupVersions}). */
  public static final List<String> VERSIONS = List.of("v1", "v1alpha3");

  /** The subresources listed in each version's APIResourceList, in KubeVirt's order. */
  public static final List<String> RESOURCES =
      List.of(
          "virtualmachineinstances/vnc",
          "virtualmachineinstances/vnc/screenshot",
          "virtualmachineinstances/console",
          "virtualmachineinstances/portforward",
          "virtualmachineinstances/pause",
          "virtualmachineinstances/unpause",
          "virtualmachineinstances/freeze",
          "virtualmachineinstances/unfreeze",
          "virtualmachineinstances/reset",
          "virtualmachineinstances/softreboot",
          "virtualmachines/start",
          "virtualmachines/stop",
          "virtualmachines/restart",
          "virtualmachines/migrate",
          "virtualmachines/expand-spec",
          "virtualmachines/portforward",
          "virtualmachineinstances/guestosinfo",
          "virtualmachineinstances/userlist",
          "virtualmachineinstances/filesystemlist",
          "virtualmachineinstances/addvolume",
          "virtualmachineinstances/removevolume",
          "virtualmachineinstances/usbredir",
          "virtualmachineinstances/vsock");

  private Discovery() {}

  /** {@code GET /}: the paths this server serves. */
  public static RootPaths rootPaths() {
    List<String> paths = new ArrayList<>(List.of("/apis", "/apis/", "/openapi/v2"));
    paths.add("/apis/" + GROUP);
    for (String v : VERSIONS) {
      paths.add("/apis/" + GROUP + "/" + v);
    }
    paths.add("/apis/" + UploadTokenApi.GROUP);
    paths.add("/apis/" + UploadTokenApi.GROUP + "/" + UploadTokenApi.VERSION);
    return new RootPaths(paths);
  }

  /** {@code GET /apis/subresources.kubevirt.io}. */
  public static APIGroup group() {
    List<GroupVersionForDiscovery> versions = new ArrayList<>();
    for (String v : VERSIONS) {
      versions.add(new GroupVersionForDiscovery(GROUP + "/" + v, v));
    }
    return new APIGroupBuilder()
        .withApiVersion("v1")
        .withKind("APIGroup")
        .withName(GROUP)
        .withVersions(versions)
        .withPreferredVersion(versions.get(0))
        .withServerAddressByClientCIDRs(new ServerAddressByClientCIDR("0.0.0.0/0", ""))
        .build();
  }

  /** {@code GET /apis}. */
  public static APIGroupList groupList() {
    return new APIGroupListBuilder()
        .withApiVersion("v1")
        .withKind("APIGroupList")
        .withGroups(group(), UploadTokenApi.group())
        .build();
  }

  /** {@code GET /apis/subresources.kubevirt.io/<version>}. */
  public static APIResourceList resourceList(String version) {
    if (!VERSIONS.contains(version)) {
      throw new IllegalArgumentException("version: " + version + " is not one of " + VERSIONS);
    }
    List<APIResource> resources = new ArrayList<>();
    for (String name : RESOURCES) {
      resources.add(
          new APIResourceBuilder()
              .withName(name)
              .withSingularName("")
              .withNamespaced(true)
              .withKind("")
              .withVerbs(List.of())
              .build());
    }
    return new APIResourceListBuilder()
        .withApiVersion("v1")
        .withKind("APIResourceList")
        .withGroupVersion(GROUP + "/" + version)
        .withResources(resources)
        .build();
  }
}
