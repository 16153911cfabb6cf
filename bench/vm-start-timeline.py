#!/usr/bin/env python3
"""One line per VM of a vm-start-bench run kept with BENCH_LOG_DIR=<dir>: seconds after the
bench's `kubectl create` at which the launcher pod was created, scheduled and initialized, its
compute container started, the launcher's private libvirtd was up, the launcher was ready for
SYNC, the domain was started, and the VMI was first seen Running.

usage: bench/vm-start-timeline.py <BENCH_LOG_DIR>
Pod and condition times come from the API (whole seconds); launcher times from the kubelet's log
timestamps; VMI Running from the bench's own watch.
"""
import datetime
import json
import os
import re
import sys


def main():
    d = sys.argv[1]
    t0 = float(open(os.path.join(d, "t0")).read())

    def ts(s):
        m = re.match(r"(\d+-\d+-\d+T\d+:\d+:\d+)(\.\d+)?Z", s)
        base = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S")
        base = base.replace(tzinfo=datetime.timezone.utc).timestamp()
        return base + (float(m.group(2)) if m.group(2) else 0) - t0

    running = {}
    for line in open(os.path.join(d, "vmis.log")):
        f = line.split()
        if len(f) >= 3 and f[2] == "Running" and f[1] not in running:
            running[f[1]] = float(f[0]) - t0
    marks = [("libvirtd", "private libvirtd pid"), ("ready", "launcher ready"), ("started", " started")]
    rows = []
    for o in json.load(open(os.path.join(d, "objects.json")))["items"]:
        if o["kind"] != "Pod":
            continue
        name = o["metadata"]["name"]
        vm = o["metadata"].get("labels", {}).get("kubevirt.io/domain")
        st = o["status"]
        cond = {c["type"]: ts(c["lastTransitionTime"]) for c in st.get("conditions", [])}
        compute = {c["name"]: c for c in st.get("containerStatuses", [])}.get("compute", {})
        started = compute.get("state", {}).get("running", {}).get("startedAt")
        ev = {}
        path = os.path.join(d, name + ".log")
        for line in open(path) if os.path.exists(path) else []:
            for key, pat in marks:
                if pat in line and key not in ev:
                    ev[key] = ts(line.split()[0])
        times = [ts(o["metadata"]["creationTimestamp"]), cond.get("PodScheduled"),
                 cond.get("Initialized"), ts(started) if started else None, ev.get("libvirtd"),
                 ev.get("ready"), ev.get("started"), running.get(vm)]
        rows.append((running.get(vm, 1e9), vm, times))
    print("%-14s %8s %8s %8s %8s %8s %8s %8s %8s" % ("vm", "created", "sched", "init", "compute",
                                                     "libvirtd", "ready", "domain", "Running"))
    for _, vm, times in sorted(rows, key=lambda r: r[0]):
        print("%-14s " % vm + " ".join("%8.2f" % t if t is not None else "       -" for t in times))


if __name__ == "__main__":
    main()
