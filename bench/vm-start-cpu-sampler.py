#!/usr/bin/env python3
"""CPU accounting for vm-start-bench.sh (BENCH_LOG_DIR): every 0.5 s until killed, one JSON line
with the time, the node's busy CPU-seconds (/proc/stat), the CPU-seconds of every pod cgroup
(cgroup v1 cpuacct under kubepods) and of every process outside the pods ("name/pid").
bench/vm-start-timeline.py turns it into CPU-seconds per consumer in 5 s windows.

usage: bench/vm-start-cpu-sampler.py OUT.jsonl
"""
import json
import os
import sys
import time

out = open(sys.argv[1], "w")
hz = os.sysconf("SC_CLK_TCK")
root = "/sys/fs/cgroup/cpuacct/kubepods"
while True:
    t = time.time()
    f = open("/proc/stat").readline().split()[1:]
    busy = (sum(map(int, f)) - int(f[3]) - int(f[4])) / hz
    pods = {}
    for dp, dn, fn in os.walk(root):
        b = os.path.basename(dp)
        if b.startswith("pod"):
            try: pods[b[3:]] = int(open(dp + "/cpuacct.usage").read()) / 1e9
            except OSError: pass
            dn[:] = []
    procs = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit(): continue
        try:
            if "kubepods" in open(f"/proc/{pid}/cgroup").read(): continue
            st = open(f"/proc/{pid}/stat").read(); name = st.split("(")[1].split(")")[0]
            x = st.rsplit(")", 1)[1].split()
            procs[name + "/" + pid] = (int(x[11]) + int(x[12])) / hz
        except OSError: pass
    out.write(json.dumps({"t": t, "busy": busy, "pods": pods, "procs": procs}) + "\n"); out.flush()
    time.sleep(0.5)
