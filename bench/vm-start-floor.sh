#!/usr/bin/env bash
# The architectural floor of vm-start-bench.sh's VM start on the one node of the test cluster
# (make cluster-up; images from make images), WITHOUT coexist deployed: no operator, no handler,
# no launcher JVM, no status writes. In one run, in a namespace it creates and deletes, three
# batches of FLOOR_PODS (10) pods, each created with one `kubectl create`, one after the other:
#  A  plain pods exactly as vm-start-bench.sh's (localhost/coexist/pause:1.0): creation → Running;
#  B  launcher-shaped pods (bench/vm-start-floor-pod.json: the launcher pod of the bench's VM —
#     launcher image, privileged, shared process namespace, emptyDirs, init container
#     container-disk-binary, the tiny guest's containerDisk container) whose compute container
#     prints a mark and sleeps: creation → the mark (the cost of the pod's shape alone);
#  C  the same pods, compute starting libvirtd as the launcher's pod mode does and `virsh create`
#     of a minimal TCG domain on the containerDisk: creation → `virsh create` returned (the floor
#     of "a libvirtd + QEMU per pod" with no launcher and no control plane). Like the launcher's
#     before 33820da, this libvirtd finds the image's capability cache outdated (the cache was
#     probed without /dev/kvm, the privileged container sees the host's) and probes QEMU again;
#  D  as C, with /dev/kvm removed from the compute container first, so the cache holds, as the
#     launcher does in emulation since 33820da: the floor of today's launcher;
#  E  (only when named in FLOOR_BATCHES: libvirt-unpinned) as D, libvirtd not pinned to the first
#     CPU (the launcher pins it, so all launchers' libvirtds share one CPU).
# bench/vm-start-floor-compute.sh is the compute container's script. Marks carry the container's
# `date +%s.%N` (its clock is the host's) and are read with `kubectl logs`; pod Running comes from
# `kubectl get -w` stamped with $EPOCHREALTIME (bench/pod-batch.sh, as vm-start-bench.sh).
# FLOOR_BATCHES (default "shape libvirt libvirt-cached") picks and orders B, C, D, E after A.
# P50/P95 are nearest-rank over the batch. Prints bench.vm.start.floor.<batch>_p{50,95}_ratio for
# shape (B), libvirt (C) and libvirt_cached (D), each against A of the same run; the raw seconds, the 1-minute load average before each
# batch and the CPU per pod go to stderr. FLOOR_LOG_DIR=<dir> keeps each batch's pods as JSON,
# the compute logs, t0 and a cpu.jsonl of bench/vm-start-cpu-sampler.py (which costs CPU itself);
# bench/vm-start-floor-cpu.py <dir>/<batch> prints the containers' start times and the CPU-seconds
# per consumer in 2 s windows.
# On the shared machine: flock /tmp/coexist-cluster.lock bash bench/vm-start-floor.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=hack/cluster-env.sh
source hack/cluster-env.sh
# shellcheck source=bench/pod-batch.sh
source bench/pod-batch.sh
N=${FLOOR_PODS:-10}
TIMEOUT=${FLOOR_TIMEOUT_SECONDS:-300}
NS=bench-floor-$$
KUBECTL=${KUBECTL:-kubectl}
export KUBECONFIG=${KUBECONFIG:-$(hack/kubeconfig.sh)}
PODLOGS=$CLUSTER_STATE/kubelet/pod-logs # the kubelet's podLogsDir (hack/cluster-up.sh)
CGROUPS=/sys/fs/cgroup/cpuacct/kubepods
WORK=$(mktemp -d)
WATCHERS=()

cleanup() {
  local p
  for p in "${WATCHERS[@]}"; do kill "$p" 2>/dev/null || true; done
  $KUBECTL delete namespace "$NS" --ignore-not-found --wait=true --timeout=300s >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if $KUBECTL get deployments,daemonsets -A -l 'app.kubernetes.io/name in (coexist-operator,virt-handler)' \
  -o name 2>/dev/null | grep -q .; then
  die "floor: coexist is deployed; the floor leaves its control plane out: run hack/undeploy.sh first"
fi
$KUBECTL create namespace "$NS" >/dev/null
$KUBECTL -n "$NS" wait --for=create serviceaccount/default --timeout=60s >/dev/null

# batch_start LABEL LOG: starts the pods' watch (and with FLOOR_LOG_DIR the CPU sampler, pid in
# SAMPLER); the 1-minute load average in LOAD and t0 (just before `kubectl create`) in T0
batch_start() {
  watch pods "bench=$1" "$2"
  SAMPLER=
  if [[ -n ${FLOOR_LOG_DIR:-} && -d $CGROUPS ]]; then
    python3 bench/vm-start-cpu-sampler.py "$2.cpu.jsonl" &
    SAMPLER=$!
    WATCHERS+=("$SAMPLER")
  fi
  sleep 1 # let the watch (and the sampler) start before t0, as vm-start-bench.sh does
  LOAD=$(load1)
  T0=$EPOCHREALTIME
}

stop_sampler() { if [[ -n $SAMPLER ]]; then kill "$SAMPLER" 2>/dev/null || true; fi; }

# marks_seen MODE: how many compute logs of the batch have FLOOR-MARK or FLOOR-FAIL lines (the
# kubelet's log files on this host; `kubectl logs` per pod and second would load the node)
marks_seen() {
  local files=("$PODLOGS/${NS}_floor-$1-"*/compute/*.log)
  [[ -e ${files[0]} ]] || { echo "0 0"; return; }
  echo "$(grep -l -F ' FLOOR-MARK ' "${files[@]}" | wc -l) $(grep -l -F ' FLOOR-FAIL ' "${files[@]}" | wc -l)"
}

# await_marks MODE: returns once every compute container printed FLOOR-MARK; dies on a failure
await_marks() {
  local deadline=$((SECONDS + TIMEOUT)) seen failed
  while :; do
    read -r seen failed < <(marks_seen "$1")
    ((failed == 0)) || {
      $KUBECTL -n "$NS" logs -l "bench=floor-$1" -c compute --prefix --tail=40 --max-log-requests="$N" >&2 || true
      die "floor: a compute container of batch $1 failed (its log above)"
    }
    ((seen >= N)) && return
    ((SECONDS < deadline)) || die "floor: only $seen of $N marks of batch $1 within ${TIMEOUT}s"
    sleep 0.5
  done
}

# pod_cpu UID: the pod cgroup's CPU-seconds now (all its containers, the init container included)
pod_cpu() {
  local f
  for f in "$CGROUPS"/pod"$1"/cpuacct.usage "$CGROUPS"/*/pod"$1"/cpuacct.usage; do
    [[ -r $f ]] && { awk '{ printf "%.3f\n", $1 / 1e9 }' "$f"; return; }
  done
  echo -
}

# mean FILE: the mean of the numbers in FILE ("-" when there are none)
mean() { awk '$1 != "-" { s += $1; n++ } END { if (n) printf "%.2f\n", s / n; else print "-" }' "$1"; }

# launcher_batch MODE: batch B (shape), C (libvirt), D (libvirt-cached) or E (libvirt-unpinned); per-pod seconds to FLOOR-MARK in
# $WORK/MODE.s, each other mark's in $WORK/MODE.<MARK>.s, CPU in $WORK/MODE.cpu-*
launcher_batch() {
  local mode=$1 pod uid i m
  python3 bench/vm-start-floor-pods.py bench/vm-start-floor-pod.json bench/vm-start-floor-compute.sh \
    "$mode" "$N" "$NS" >"$WORK/$mode.json"
  batch_start "floor-$mode" "$WORK/$mode.pods"
  echo "$LOAD" >"$WORK/$mode.load"
  log "floor: batch $mode, $N launcher-shaped pods (load $LOAD)"
  $KUBECTL -n "$NS" create -f "$WORK/$mode.json" >/dev/null
  await_marks "$mode"
  local t0=$T0
  await_running "$WORK/$mode.pods" "pods of batch $mode"
  # the pods' CPU right after the last mark (for C it goes on: the guests boot)
  : >"$WORK/$mode.cpu-pod"
  while read -r pod uid; do
    echo "$(pod_cpu "$uid") $pod" >>"$WORK/$mode.cpu-pod"
  done < <($KUBECTL -n "$NS" get pods -l "bench=floor-$mode" -o jsonpath='{range .items[*]}{.metadata.name} {.metadata.uid}{"\n"}{end}')
  stop_sampler
  : >"$WORK/$mode.marks"
  for ((i = 1; i <= N; i++)); do
    $KUBECTL -n "$NS" logs "floor-$mode-$i" -c compute | awk -v p="floor-$mode-$i" '/^FLOOR-/ { print p, $0 }' >>"$WORK/$mode.marks"
  done
  awk -v t0="$t0" '$2 == "FLOOR-MARK" { printf "%.3f\n", $3 - t0 }' "$WORK/$mode.marks" | sort -n >"$WORK/$mode.s"
  awk '$2 == "FLOOR-MARK" { print ($4 == "-" ? "-" : $4 / 1e9) }' "$WORK/$mode.marks" >"$WORK/$mode.cpu-compute"
  for m in START LIBVIRTD DISK SERIAL GUEST; do
    awk -v t0="$t0" -v m="FLOOR-$m" '$2 == m { printf "%.3f\n", $3 - t0 }' "$WORK/$mode.marks" | sort -n >"$WORK/$mode.$m.s"
  done
  first_running "$WORK/$mode.pods" "$t0" >"$WORK/$mode.running.s"
  log "floor: batch $mode marks after (s): $(tr '\n' ' ' <"$WORK/$mode.s")"
  if [[ -n ${FLOOR_LOG_DIR:-} ]]; then
    mkdir -p "$FLOOR_LOG_DIR/$mode"
    echo "$t0" >"$FLOOR_LOG_DIR/$mode/t0"
    cp "$WORK/$mode.marks" "$WORK/$mode.pods" "$WORK/$mode.cpu-pod" "$FLOOR_LOG_DIR/$mode/"
    [[ -f $WORK/$mode.pods.cpu.jsonl ]] && cp "$WORK/$mode.pods.cpu.jsonl" "$FLOOR_LOG_DIR/$mode/cpu.jsonl"
    $KUBECTL -n "$NS" get pods -l "bench=floor-$mode" -o json >"$FLOOR_LOG_DIR/$mode/objects.json"
  fi
  $KUBECTL -n "$NS" delete pods -l "bench=floor-$mode" --wait=true --timeout=300s >/dev/null
}

# A: plain pods, as vm-start-bench.sh
pause_pods_yaml >"$WORK/a.yaml"
batch_start pod "$WORK/a.pods"
load_a=$LOAD
log "floor: batch A, $N plain pods (load $load_a)"
$KUBECTL -n "$NS" create -f "$WORK/a.yaml" >/dev/null
await_running "$WORK/a.pods" pods
first_running "$WORK/a.pods" "$T0" >"$WORK/a.s"
stop_sampler
log "floor: batch A Running after (s): $(tr '\n' ' ' <"$WORK/a.s")"
$KUBECTL -n "$NS" delete pods -l bench=pod --wait=true --timeout=120s >/dev/null

read -r -a MODES <<<"${FLOOR_BATCHES:-shape libvirt libvirt-cached}"
for mode in "${MODES[@]}"; do launcher_batch "$mode"; done

a50=$(pct "$WORK/a.s" 50) a95=$(pct "$WORK/a.s" 95)
log "floor: A plain pods (load $load_a): Running P50 ${a50}s P95 ${a95}s"
for mode in "${MODES[@]}"; do
  line="floor: ${mode} (load $(cat "$WORK/$mode.load")): mark P50 $(pct "$WORK/$mode.s" 50)s P95 $(pct "$WORK/$mode.s" 95)s;"
  line+=" pod Running P50 $(pct "$WORK/$mode.running.s" 50)s"
  for m in START LIBVIRTD DISK SERIAL GUEST; do
    [[ -s $WORK/$mode.$m.s ]] && line+="; $m P50 $(pct "$WORK/$mode.$m.s" 50)s ($(wc -l <"$WORK/$mode.$m.s")/$N)"
  done
  line+="; CPU-s per pod: compute container at the mark $(mean "$WORK/$mode.cpu-compute"), whole pod after the last mark $(mean "$WORK/$mode.cpu-pod")"
  log "$line"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f\n", a / b }'; }
for mode in "${MODES[@]}"; do
  echo "bench.vm.start.floor.${mode//-/_}_p50_ratio=$(ratio "$(pct "$WORK/$mode.s" 50)" "$a50")"
  echo "bench.vm.start.floor.${mode//-/_}_p95_ratio=$(ratio "$(pct "$WORK/$mode.s" 95)" "$a95")"
done
