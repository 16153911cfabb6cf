#!/usr/bin/env python3
"""Where the node's CPU went during one batch of bench/vm-start-floor.sh (FLOOR_LOG_DIR=<dir>).

For <dir>/<batch> (shape, libvirt, libvirt-cached): the containers' start times (the API's
one-second resolution, seconds after t0), the marks (P50), then CPU-seconds per consumer in 2 s
windows from t0 to the last FLOOR-MARK (cpu.jsonl of bench/vm-start-cpu-sampler.py, sampled every
0.5 s): the node's busy time, the batch's pods (cgroups), other pods, host processes by name.

usage: bench/vm-start-floor-cpu.py DIR/BATCH...
"""
import datetime
import json
import os
import re
import sys


def median(xs):
    xs = sorted(xs)
    return xs[(len(xs) + 1) // 2 - 1] if xs else None


def starts(d, t0):
    """Median seconds after t0 at which each container started / the init container finished."""
    rows = {}

    def ts(s):
        return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=datetime.timezone.utc).timestamp() - t0

    for pod in json.load(open(os.path.join(d, "objects.json")))["items"]:
        st = pod.get("status", {})
        for c in st.get("initContainerStatuses", []):
            term = c.get("state", {}).get("terminated") or {}
            if term.get("startedAt"):
                rows.setdefault("init %s started" % c["name"], []).append(ts(term["startedAt"]))
                rows.setdefault("init %s finished" % c["name"], []).append(ts(term["finishedAt"]))
        for c in st.get("containerStatuses", []):
            run = c.get("state", {}).get("running") or {}
            if run.get("startedAt"):
                rows.setdefault("%s started" % c["name"], []).append(ts(run["startedAt"]))
    return rows


def marks(d, t0):
    rows = {}
    for f in os.listdir(d):
        if f.endswith(".marks"):
            for line in open(os.path.join(d, f)):
                p = line.split()
                rows.setdefault(p[1], []).append(float(p[2]) - t0)
    return rows


def cpu(d, t0, end):
    samples = [json.loads(line) for line in open(os.path.join(d, "cpu.jsonl")) if line.strip()]
    batch = {o["metadata"]["uid"] for o in json.load(open(os.path.join(d, "objects.json")))["items"]}
    batch |= {u.replace("-", "_") for u in batch}
    edges = list(range(0, int(end) + 2, 2))

    def at(t):
        return min(samples, key=lambda s: abs(s["t"] - t))

    rows = {}
    width = len(edges) - 1
    for i, (a, b) in enumerate(zip(edges, edges[1:])):
        x, y = at(t0 + a), at(t0 + b)
        rows.setdefault("node busy (of %d CPU-s)" % (2 * (b - a)), [0.0] * width)[i] = y["busy"] - x["busy"]
        for uid, v in y["pods"].items():
            n = "this batch's pods" if uid in batch else "other pods"
            rows.setdefault(n, [0.0] * width)[i] += v - x["pods"].get(uid, 0)
        # keyed by pid: a kernel worker's name carries the work queue it serves at the moment
        # ("kworker/u8:2-writeback"), so its "name/pid" key changes while the thread lives on
        before = {p.rsplit("/", 1)[1]: v for p, v in x["procs"].items()}
        for p, v in y["procs"].items():
            n = re.sub(r"/.*", "", p)
            rows.setdefault("host " + n, [0.0] * width)[i] += v - before.get(p.rsplit("/", 1)[1], 0)
    # what ran and ended between two samples (runc, kubectl, the init container's cp, ...)
    busy = next(v for k, v in rows.items() if k.startswith("node"))
    rows["not attributed (exited processes)"] = [
        busy[i] - sum(v[i] for k, v in rows.items() if not k.startswith("node")) for i in range(width)]
    print("%-34s" % "CPU-s (s after create)" + "".join(" %6s" % ("%d-%d" % ab) for ab in zip(edges, edges[1:]))
          + "  total")
    for k, v in sorted(rows.items(), key=lambda kv: -sum(kv[1])):
        if sum(v) >= 0.1 or k.startswith("node"):
            print("%-34s" % k[:34] + "".join(" %6.2f" % x for x in v) + " %6.2f" % sum(v))


def main():
    for d in sys.argv[1:]:
        t0 = float(open(os.path.join(d, "t0")).read())
        print("== %s" % d)
        m = marks(d, t0)
        for k, v in sorted(starts(d, t0).items(), key=lambda kv: median(kv[1])):
            print("%-40s P50 %5.1f s  (%d pods, 1 s resolution)" % (k, median(v), len(v)))
        for k, v in sorted(m.items(), key=lambda kv: median(kv[1])):
            print("%-40s P50 %6.2f s  (%d pods)" % (k, median(v), len(v)))
        if os.path.exists(os.path.join(d, "cpu.jsonl")):
            cpu(d, t0, max(m.get("FLOOR-MARK", [10])))
        print()


if __name__ == "__main__":
    main()
