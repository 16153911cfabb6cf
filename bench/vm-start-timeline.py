#!/usr/bin/env python3
"""One line per VM of a vm-start-bench run kept with BENCH_LOG_DIR=<dir>: seconds after the
bench's `kubectl create` at which the launcher pod was created, scheduled and initialized, its
compute container started, the launcher's command socket opened, its private libvirtd was up,
the launcher was ready (libvirt connected), the SYNC arrived, the domain was defined and started,
and the VMI was first seen Running. Then, when the run has cpu.jsonl, the node's CPU-seconds per
consumer in 5 s windows.

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
    marks = [("socket", "command server on"), ("libvirtd", "private libvirtd pid"),
             ("ready", "launcher ready"), ("sync", "SYNC: planning"), ("sync", "SYNC before"), ("defined", " defined"),
             ("started", " started")]
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
                 cond.get("Initialized"), ts(started) if started else None, ev.get("socket"),
                 ev.get("libvirtd"), ev.get("ready"), ev.get("sync"), ev.get("defined"),
                 ev.get("started"), running.get(vm)]
        times.append(pod_cpu_at(d, t0, o["metadata"]["uid"], ev.get("started")))
        rows.append((running.get(vm, 1e9), vm, times))
    heads = ("created", "sched", "init", "compute", "socket", "libvirtd", "ready", "SYNC",
             "defined", "domain", "Running", "CPU-s")
    print("%-14s" % "vm" + "".join(" %8s" % h for h in heads))
    for _, vm, times in sorted(rows, key=lambda r: r[0]):
        print("%-14s " % vm + " ".join("%8.2f" % t if t is not None else "       -" for t in times))
    used = [r[2][-1] for r in rows if r[2][-1] is not None]
    if used:
        print("CPU-s = the launcher pod's CPU (cgroup) when its domain started; mean %.2f, "
              "median %.2f" % (sum(used) / len(used), sorted(used)[len(used) // 2]))
    cpu(d, t0, max([r[0] for r in rows if r[0] < 1e9], default=30))
    api(d)


def api(d):
    """API server requests (verb resource[/subresource] code) and watch events (kind: events sent
    to all watchers, KB) from the VM batch's create until all VMIs were Running."""
    before, after = os.path.join(d, "api-before"), os.path.join(d, "api-after")
    if not (os.path.exists(before) and os.path.exists(after)):
        return

    def load(path):
        out = {}
        for line in open(path):
            k, _, v = line.rpartition(" ")
            out[k] = float(v)
        return out

    a, b = load(before), load(after)
    reqs, events, size = {}, {}, {}
    for k, v in b.items():
        dv = v - a.get(k, 0)
        if dv <= 0:
            continue
        lab = dict(re.findall(r'(\w+)="([^"]*)"', k))
        if k.startswith("apiserver_request_total"):
            res = lab.get("resource", "") + ("/" + lab["subresource"] if lab.get("subresource") else "")
            key = "%s %s %s" % (lab.get("verb"), res, lab.get("code"))
            reqs[key] = reqs.get(key, 0) + dv
        elif k.startswith("apiserver_watch_events_total"):
            events[lab.get("kind")] = events.get(lab.get("kind"), 0) + dv
        elif k.startswith("apiserver_watch_events_sizes_sum"):
            size[lab.get("kind")] = size.get(lab.get("kind"), 0) + dv
    print()
    print("API requests until all VMIs Running: %d" % sum(reqs.values()))
    for k, v in sorted(reqs.items(), key=lambda kv: -kv[1]):
        if v >= 2:
            print("  %5d %s" % (v, k))
    print("watch events sent to all watchers: %d (KB: apiserver_watch_events_sizes_sum)" % sum(events.values()))
    for k, v in sorted(events.items(), key=lambda kv: -kv[1]):
        if v >= 2:
            print("  %5d %-30s %7.0f KB" % (v, k, size.get(k, 0) / 1024))


SAMPLES = {}


def pod_cpu_at(d, t0, uid, t):
    """The pod's cgroup CPU-seconds at t seconds after t0 (cpu.jsonl), or None."""
    path = os.path.join(d, "cpu.jsonl")
    if t is None or not os.path.exists(path):
        return None
    if path not in SAMPLES:
        SAMPLES[path] = [json.loads(line) for line in open(path) if line.strip()]
    samples = SAMPLES[path]
    s = min(samples, key=lambda x: abs(x["t"] - (t0 + t)))
    return s["pods"].get(uid, s["pods"].get(uid.replace("-", "_")))


def cpu(d, t0, last):
    """CPU-seconds per consumer in 5 s windows after t0 (cpu.jsonl of vm-start-cpu-sampler.py)."""
    path = os.path.join(d, "cpu.jsonl")
    if not os.path.exists(path):
        return
    samples = [json.loads(line) for line in open(path) if line.strip()]
    names = {}
    for o in json.load(open(os.path.join(d, "objects.json")))["items"]:
        uid = o["metadata"]["uid"]
        names[uid] = names[uid.replace("-", "_")] = o["metadata"]["name"]
    uids = os.path.join(d, "pod-uids")
    for line in open(uids) if os.path.exists(uids) else []:
        f = line.split()
        if len(f) == 2:
            names[f[0]] = names[f[0].replace("-", "_")] = f[1]
    end = min(max(s["t"] for s in samples) - t0, last + 5)
    edges = list(range(0, int(end // 5) * 5 + 1, 5))
    if len(edges) < 2:
        return

    def at(t):
        return min(samples, key=lambda s: abs(s["t"] - t))

    rows = {}
    for i, (a, b) in enumerate(zip(edges, edges[1:])):
        x, y = at(t0 + a), at(t0 + b)
        rows.setdefault("node busy (of %d CPU-s)" % (2 * (b - a)), [0.0] * (len(edges) - 1))[i] = (
            y["busy"] - x["busy"])
        for uid, v in y["pods"].items():
            n = names.get(uid, "pod " + uid[:8])
            n = "launcher pods" if n.startswith("virt-launcher-") else re.sub(r"-[a-z0-9]{5}$", "", n)
            rows.setdefault(n, [0.0] * (len(edges) - 1))[i] += v - x["pods"].get(uid, 0)
        # keyed by pid: a kernel worker's name carries the work queue it serves at the moment
        # ("kworker/u8:2-writeback"), so its "name/pid" key changes while the thread lives on
        before = {p.rsplit("/", 1)[1]: v for p, v in x["procs"].items()}
        for p, v in y["procs"].items():
            n = re.sub(r"/.*", "", p)
            rows.setdefault("host " + n, [0.0] * (len(edges) - 1))[i] += v - before.get(p.rsplit("/", 1)[1], 0)
    print()
    print("%-34s" % "CPU-s (s after create)" + "".join(" %7s" % ("%d-%d" % ab) for ab in zip(edges, edges[1:])))
    for k, v in sorted(rows.items(), key=lambda kv: -sum(kv[1])):
        if sum(v) >= float(os.environ.get("TIMELINE_MIN_CPU", "0.5")) or k.startswith("node"):
            print("%-34s" % k[:34] + "".join(" %7.2f" % x for x in v))


if __name__ == "__main__":
    main()
