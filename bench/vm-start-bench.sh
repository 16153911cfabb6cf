#!/usr/bin/env bash
# Benchmark on the one node of the test cluster (make cluster-up; images from make images):
#  - BENCH_VMS (10) plain pods (localhost/coexist/pause:1.0) created at once: creation → Running;
#  - then BENCH_VMS small VMs (the tiny guest as containerDisk, BENCH_VM_MEMORY (128Mi), 1 vCPU,
#    one masquerade interface forwarding port 80, runStrategy Always) created at once:
#    creation → VMI Running (the launcher started the domain). A declared port matters: with none,
#    passt forwards all 65535 ports and needs more open files than this cluster's pods may have;
#  - after BENCH_SETTLE_SECONDS (30) with all guests up, idle RSS of the control plane (every
#    operator replica + virt-handler) and of one launcher (median over the VMs: JVM + libvirtd +
#    virtlogd + passt; QEMU, and with it the guest's RAM, excluded).
# Times are taken here, by watches stamped with $EPOCHREALTIME, from just before the batch's
# `kubectl create`. Prints bench.vm.start.p50_ratio, bench.vm.start.p95_ratio (VM / pod),
# bench.rss.control_plane_mb, bench.rss.launcher_overhead_mb (MiB); details on stderr.
# Deploys coexist if it is not deployed (and undeploys it again at the end). On the shared
# machine run it under the cluster lock: flock /tmp/coexist-cluster.lock make bench
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=hack/cluster-env.sh
source hack/cluster-env.sh
# shellcheck source=bench/pod-batch.sh
source bench/pod-batch.sh
N=${BENCH_VMS:-10}
MEM=${BENCH_VM_MEMORY:-128Mi}
SETTLE=${BENCH_SETTLE_SECONDS:-30}
TIMEOUT=${BENCH_TIMEOUT_SECONDS:-600}
CP_NS=kubevirt-hyperconverged
NS=bench-vm-$$
KUBECTL=${KUBECTL:-kubectl}
export KUBECONFIG=${KUBECONFIG:-$(hack/kubeconfig.sh)}
WORK=$(mktemp -d)
WATCHERS=()
DEPLOYED=

cleanup() {
  local p
  for p in "${WATCHERS[@]}"; do kill "$p" 2>/dev/null || true; done
  $KUBECTL delete namespace "$NS" --ignore-not-found --wait=true --timeout=300s >/dev/null 2>&1 || true
  [[ -n $DEPLOYED ]] && hack/undeploy.sh >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! $KUBECTL -n $CP_NS get deployment/coexist-operator >/dev/null 2>&1; then
  log "bench: deploying coexist"
  DEPLOYED=1
  hack/deploy.sh >&2
fi
$KUBECTL create namespace "$NS" >/dev/null
for ((i = 0; i < 120; i++)); do $KUBECTL -n "$NS" get serviceaccount default >/dev/null 2>&1 && break; sleep 0.5; done

vms_yaml() {
  local i
  for ((i = 1; i <= N; i++)); do
    cat <<YAML
---
apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata: {name: bench-vm-$i, labels: {bench: vm}}
spec:
  runStrategy: Always
  template:
    metadata: {labels: {bench: vm, kubevirt.io/domain: bench-vm-$i}}
    spec:
      terminationGracePeriodSeconds: 5
      domain:
        cpu: {cores: 1}
        memory: {guest: $MEM}
        devices:
          disks: [{name: rootdisk, serial: root0001, disk: {bus: virtio}}]
          interfaces: [{name: default, masquerade: {}, ports: [{name: http, port: 80}]}]
      networks: [{name: default, pod: {}}]
      volumes: [{name: rootdisk, containerDisk: {image: localhost/coexist/tiny-guest:latest}}]
YAML
  done
}

log "bench: $N pods"
pause_pods_yaml >"$WORK/pods.yaml"
watch pods bench=pod "$WORK/pods.log"
sleep 1
t0=$EPOCHREALTIME
$KUBECTL -n "$NS" create -f "$WORK/pods.yaml" >/dev/null
await_running "$WORK/pods.log" pods
first_running "$WORK/pods.log" "$t0" >"$WORK/pods.s"
log "bench: pods Running after (s): $(tr '\n' ' ' <"$WORK/pods.s")"
$KUBECTL -n "$NS" delete pods -l bench=pod --wait=true --timeout=120s >/dev/null

log "bench: $N VMs ($MEM, 1 vCPU)"
vms_yaml >"$WORK/vms.yaml"
watch vmi bench=vm "$WORK/vmis.log"
if [[ -n ${BENCH_LOG_DIR:-} && -d /sys/fs/cgroup/cpuacct/kubepods ]]; then
  python3 bench/vm-start-cpu-sampler.py "$WORK/cpu.jsonl" &
  WATCHERS+=($!)
fi
# api_counters OUT: the API server's request and watch-event counters (BENCH_LOG_DIR only)
api_counters() {
  [[ -n ${BENCH_LOG_DIR:-} ]] || return 0
  $KUBECTL get --raw /metrics 2>/dev/null |
    grep -E '^apiserver_(request_total|watch_events_total|watch_events_sizes_sum)\{' >"$1" || true
}
api_counters "$WORK/api-before"
sleep 1
t0=$EPOCHREALTIME
$KUBECTL -n "$NS" create -f "$WORK/vms.yaml" >/dev/null
await_running "$WORK/vmis.log" VMIs "is coexist deployed and were the images built? make images"
api_counters "$WORK/api-after"
first_running "$WORK/vmis.log" "$t0" >"$WORK/vms.s"

log "bench: VMIs Running after (s): $(tr '\n' ' ' <"$WORK/vms.s")"
pod50=$(pct "$WORK/pods.s" 50) pod95=$(pct "$WORK/pods.s" 95)
vm50=$(pct "$WORK/vms.s" 50) vm95=$(pct "$WORK/vms.s" 95)
log "bench: pod P50 ${pod50}s P95 ${pod95}s; VM P50 ${vm50}s P95 ${vm95}s"

# BENCH_LOG_DIR: keep what explains the times (pod conditions and container states as JSON,
# launcher, handler and operator logs with the kubelet's timestamps, t0) for a breakdown:
# bench/vm-start-timeline.py <dir> prints one line per VM, and where the node's CPU went
# (bench/vm-start-cpu-sampler.py runs during the VM batch).
if [[ -n ${BENCH_LOG_DIR:-} ]]; then
  mkdir -p "$BENCH_LOG_DIR"
  echo "$t0" >"$BENCH_LOG_DIR/t0"
  cp "$WORK/vmis.log" "$WORK/pods.log" "$BENCH_LOG_DIR/"
  [[ -f $WORK/cpu.jsonl ]] && cp "$WORK/cpu.jsonl" "$BENCH_LOG_DIR/"
  cp "$WORK/api-before" "$WORK/api-after" "$BENCH_LOG_DIR/"
  $KUBECTL -n "$NS" get pods,vmis -o json >"$BENCH_LOG_DIR/objects.json"
  $KUBECTL get pods -A -o jsonpath='{range .items[*]}{.metadata.uid} {.metadata.name}{"\n"}{end}' \
    >"$BENCH_LOG_DIR/pod-uids"
  for pod in $($KUBECTL -n "$NS" get pods -l kubevirt.io=virt-launcher -o name); do
    $KUBECTL -n "$NS" logs --timestamps "${pod#pod/}" -c compute >"$BENCH_LOG_DIR/${pod#pod/}.log" 2>&1 || true
  done
  for pod in $($KUBECTL -n $CP_NS get pods -l 'app.kubernetes.io/name in (coexist-operator,virt-handler)' -o name); do
    $KUBECTL -n $CP_NS logs --timestamps --since=10m "${pod#pod/}" >"$BENCH_LOG_DIR/${pod#pod/}.log" 2>&1 || true
  done
  log "bench: logs and objects kept in $BENCH_LOG_DIR"
fi

log "bench: letting the guests settle for ${SETTLE}s"
sleep "$SETTLE"

# rss POD CONTAINER NS: "<comm> <kB>" per process the container sees
rss() {
  $KUBECTL -n "$3" exec "$1" -c "$2" -- sh -c \
    'for d in /proc/[0-9]*; do r=$(sed -n "s/^VmRSS:[[:space:]]*\([0-9]*\).*/\1/p" $d/status 2>/dev/null); [ -n "$r" ] && echo "$(cat $d/comm) $r"; done' 2>/dev/null
}
cp_kb=0
for pod in $($KUBECTL -n $CP_NS get pods -l 'app.kubernetes.io/name in (coexist-operator,virt-handler)' -o name); do
  container=$($KUBECTL -n $CP_NS get "$pod" -o jsonpath='{.spec.containers[0].name}')
  kb=$(rss "${pod#pod/}" "$container" $CP_NS | awk '$1 == "java" { s += $2 } END { print s + 0 }')
  log "bench: ${pod#pod/} java RSS $((kb / 1024)) MiB"
  cp_kb=$((cp_kb + kb))
done
: >"$WORK/launchers"
for pod in $($KUBECTL -n "$NS" get pods -l kubevirt.io=virt-launcher -o name); do
  rss "${pod#pod/}" compute "$NS" >"$WORK/procs"
  kb=$(awk '$1 ~ /^(java|libvirtd|virtlogd|passt)/ { s += $2 } END { print s + 0 }' "$WORK/procs")
  log "bench: ${pod#pod/}: $(awk '$1 !~ /^(sh|sed|cat)$/ { printf "%s=%dMiB ", $1, $2 / 1024 }' "$WORK/procs")"
  echo "$kb" >>"$WORK/launchers"
done
sort -n -o "$WORK/launchers" "$WORK/launchers"
booted=0
for pod in $($KUBECTL -n "$NS" get pods -l kubevirt.io=virt-launcher -o name); do
  $KUBECTL -n "$NS" exec "${pod#pod/}" -c compute -- cat /var/run/kubevirt-private/console/serial.log 2>/dev/null |
    grep -q COEXIST-GUEST-READY && booted=$((booted + 1))
done
log "bench: $booted of $N guests printed COEXIST-GUEST-READY (guest memory $MEM)"
launcher_kb=$(pct "$WORK/launchers" 50)

echo "bench.vm.start.p50_ratio=$(echo "scale=2; $vm50 / $pod50" | bc)"
echo "bench.vm.start.p95_ratio=$(echo "scale=2; $vm95 / $pod95" | bc)"
echo "bench.rss.control_plane_mb=$((cp_kb / 1024))"
echo "bench.rss.launcher_overhead_mb=$((launcher_kb / 1024))"
