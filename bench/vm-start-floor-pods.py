#!/usr/bin/env python3
"""The launcher-shaped pods of bench/vm-start-floor.sh, as one JSON List on stdout.

Each pod is bench/vm-start-floor-pod.json — the launcher pod the operator builds for
vm-start-bench.sh's VM (LauncherPodModel: compute container of the launcher image, privileged,
shared process namespace, the sockets/private/libvirt-runtime emptyDirs, init container
container-disk-binary, the containerDisk container volumerootdisk of the tiny guest) — with these
differences only: the name and labels (no kubevirt.io labels, no owner: nothing of coexist may
take the pods for its own), no nodeSelector (the kubevirt.io/schedulable label is virt-handler's,
which does not run here), and the compute container runs bench/vm-start-floor-compute.sh MODE
instead of `virt-launcher serve`.

usage: bench/vm-start-floor-pods.py TEMPLATE COMPUTE_SCRIPT MODE COUNT NAMESPACE
"""
import copy
import json
import sys


def main():
    template_path, script_path, mode, count, namespace = sys.argv[1:6]
    template = json.load(open(template_path))
    script = open(script_path).read()
    items = []
    for i in range(1, int(count) + 1):
        pod = copy.deepcopy(template)
        name = f"floor-{mode}-{i}"
        pod["metadata"]["name"] = name
        pod["metadata"]["labels"] = {"bench": f"floor-{mode}"}
        pod["metadata"]["annotations"]["kubevirt.io/domain"] = name
        spec = pod["spec"]
        spec.pop("nodeSelector", None)
        compute = next(c for c in spec["containers"] if c["name"] == "compute")
        compute.pop("args", None)
        compute["command"] = ["/bin/sh", "-c", script, "floor-compute", mode]
        for env in compute.get("env", []):
            if env["name"] in ("VMI_NAME", "VMI_NAMESPACE"):
                env["value"] = name if env["name"] == "VMI_NAME" else namespace
        items.append(pod)
    json.dump({"apiVersion": "v1", "kind": "List", "items": items}, sys.stdout)


if __name__ == "__main__":
    main()
