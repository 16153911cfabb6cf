#!/usr/bin/env bash
# The CPU one launcher spends to start a VM, without a cluster: the launcher image (the Jib tar
# `make images` leaves in virt-launcher/target/jib-image.tar, AppCDS layer included, over the
# launcher base image) is unpacked and run in a chroot the way hack/images.sh's CDS training runs
# it (`serve`, TCG); a client sends GET_DOMAIN then SYNC of a VMI shaped like the bench's VMs
# (the tiny guest as a containerDisk, 128Mi, 1 vCPU; no NIC: passt cannot start in a chroot) and
# reads, when the SYNC reply (domain started) arrives, the CPU of every process of the launcher
# (cgroup v1 cpuacct: the JVM, libvirtd, virtlogd, QEMU and any tool they ran) and the JVM's.
# The containerDisk container is a marker process outside the chroot (as in a pod: the disk is
# used in place through /proc/<pid>/root).
# Usage: bench/launcher-start-cpu.sh [JIB_TAR] [RUNS]   (root; default virt-launcher/target/jib-image.tar, 5)
# Prints one line per run and the mean/median; needs `make guest-image` and `make images` (or Jib).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=hack/rootfs.sh
source "$ROOT/hack/rootfs.sh"
TAR=${1:-$ROOT/virt-launcher/target/jib-image.tar}
RUNS=${2:-5}
CACHE=${COEXIST_CACHE:-$HOME/.cache/coexist}
BASE=$CACHE/images/base-launcher.tar
DISK=$CACHE/containerdisks/localhost_coexist_tiny-guest_latest/disk.qcow2
CG=/sys/fs/cgroup/cpuacct/coexist-launcher-start-cpu.$$
[[ -s $TAR ]] || { echo "no launcher image $TAR: run make images" >&2; exit 1; }
[[ -s $BASE ]] || { echo "no $BASE: run make images" >&2; exit 1; }
[[ -s $DISK ]] || { echo "no $DISK: run make guest-image" >&2; exit 1; }
[[ -d ${CG%/*} ]] || { echo "no cgroup v1 cpuacct hierarchy at ${CG%/*}" >&2; exit 1; }

r=$(mktemp -d /tmp/launcher-start-cpu.XXXXXX)
marker=
cleanup() {
  [[ -n $marker ]] && kill "$marker" 2>/dev/null
  cleanup_rootfs "$r"
  rmdir "$CG" 2>/dev/null || true
}
trap cleanup EXIT

unpack_image "$BASE" "$TAR" "$r"
mapfile -t ep < <(image_entrypoint "$TAR")
chroot_mounts "$r"
mkdir "$CG"
# the containerDisk container: its root is the host's, the disk is at $DISK in it
env -i COEXIST_CONTAINER_DISK=rootdisk sleep infinity &
marker=$!

for ((run = 1; run <= RUNS; run++)); do
  rm -rf "$r/tmp/s" "$r/tmp/p"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # the launcher's log, each line stamped on arrival by a reader outside the measured cgroup
  rm -f "$r/tmp/log.fifo" && mkfifo "$r/tmp/log.fifo"
  python3 -c 'import sys, time
for line in sys.stdin:
    sys.stdout.write("%.6f %s" % (time.time(), line)); sys.stdout.flush()' \
    <"$r/tmp/log.fifo" >"$r/tmp/launcher-$run.log" &
  start_ns=$(cat "$CG/cpuacct.usage")
  (
    echo "$BASHPID" >"$CG/cgroup.procs"
    exec env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      COEXIST_LAUNCHER_SOCKET_DIR=/tmp/s COEXIST_LAUNCHER_PRIVATE_DIR=/tmp/p \
      COEXIST_LAUNCHER_HEALTH_PORT="$port" \
      chroot "$r" "${ep[@]}" serve >"$r/tmp/log.fifo" 2>&1
  ) &
  pid=$!
  python3 - "$r/tmp/s/cmd.sock" "$pid" "$CG/cpuacct.usage" "$start_ns" "$DISK" "$run" <<'PY'
import json, os, socket, sys, time
sock, pid, usage, start_ns, disk, run = sys.argv[1:]
deadline = time.time() + 60
while not os.path.exists(sock):
    if time.time() > deadline:
        sys.exit("no command socket after 60 s")
    time.sleep(0.02)
vmi = {"apiVersion": "kubevirt.io/v1", "kind": "VirtualMachineInstance",
       "metadata": {"name": "lsc", "namespace": "lsc", "uid": "00000000-0000-0000-0000-00000000c5c1"},
       "spec": {"terminationGracePeriodSeconds": 1,
                "domain": {"cpu": {"cores": 1}, "memory": {"guest": "128Mi"},
                           "devices": {"autoattachPodInterface": False,
                                       "disks": [{"name": "rootdisk", "disk": {"bus": "virtio"}}]}},
                "volumes": [{"name": "rootdisk", "containerDisk": {
                    "image": "localhost/coexist/tiny-guest:latest", "path": disk}}]}}
def call(req):
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(120)
    for _ in range(100):
        try:
            s.connect(sock)
            break
        except (ConnectionRefusedError, FileNotFoundError):
            time.sleep(0.02)
    s.sendall(json.dumps(req).encode() + b"\n")
    reply = s.makefile().readline()
    s.close()
    return reply
call({"version": 2, "command": "GET_DOMAIN"})
reply = call({"version": 2, "command": "SYNC", "vmi": vmi, "useEmulation": True})
total = (int(open(usage).read()) - int(start_ns)) / 1e9
java = None
for p in os.listdir("/proc"):
    if p.isdigit():
        try:
            if open("/proc/%s/comm" % p).read().strip() == "java" and \
                    os.readlink("/proc/%s/root" % p) == os.path.dirname(os.path.dirname(os.path.dirname(sock))):
                f = open("/proc/%s/stat" % p).read().rsplit(")", 1)[1].split()
                java = (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
        except OSError:
            pass
if '"ok":true' not in reply.replace(" ", ""):
    sys.exit("SYNC failed: " + reply[:300])
print("run %s: launcher processes %.3f CPU-s at domain start (java %.2f)" % (run, total, java or -1))
PY
  python3 - "$r/tmp/launcher-$run.log" <<'PY'
import sys
t = {}
for line in open(sys.argv[1]):
    stamp, _, _ = line.partition(" ")
    ts = float(stamp)
    for key, mark in (("plan", "planning the domain"), ("disk", "used in place"), ("defined", " defined"), ("started", " started")):
        if mark in line and key not in t:
            t[key] = ts
if {"plan", "disk", "defined", "started"} <= t.keys():
    print("  wall: planning → containerDisk %.3f s → defined %.3f s → started %.3f s" % (
        t["disk"] - t["plan"], t["defined"] - t["disk"], t["started"] - t["defined"]))
else:
    print("  wall: marks not found in the launcher log (%s)" % sorted(t))
PY
  kill -TERM "$pid"
  wait "$pid" || true
  kill_chrooted "$r"
  sleep 0.5
done | tee /dev/stderr | python3 -c '
import re, statistics, sys
lines = sys.stdin.read().splitlines()
v = [float(m.group(1)) for m in (re.search(r"processes ([0-9.]+)", l) for l in lines) if m]
d = [float(m.group(1)) for m in (re.search(r"containerDisk [0-9.]+ s → defined ([0-9.]+)", l) for l in lines) if m]
if d:
    print("containerDisk located → domain defined (wall): mean %.3f median %.3f s" % (statistics.mean(d), statistics.median(d)))
print("launcher CPU-s at domain start: n=%d mean %.3f median %.3f min %.3f max %.3f" % (
    len(v), statistics.mean(v), statistics.median(v), min(v), max(v)) if v else "no runs")'
echo "load: $(cut -d" " -f1-3 /proc/loadavg)"
