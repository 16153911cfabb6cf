#!/usr/bin/env bash
# Stops the local test cluster and undoes everything cluster-up did: processes (control plane,
# containerd, shims, pod processes), mounts (kubelet pod volumes, container rootfs, netns), the
# bridge, routes, firewall chains, sysctls, kubelet cgroups and fixed host paths it created.
# Keeps only the cache: binaries, PKI and containerd's image store (for a warm next start).
# Idempotent: with nothing running it just checks that nothing is left. See hack/cluster-check-clean.sh.
set -euo pipefail
# shellcheck source=hack/cluster-env.sh
source "$(dirname "$0")/cluster-env.sh"
[[ $(id -u) == 0 ]] || die "cluster-down needs root"
PIDS=$CLUSTER_STATE/pids

# stop NAME: SIGTERM, up to 10 s grace, then SIGKILL.
stop() {
  local f=$PIDS/$1.pid pid i
  [[ -s $f ]] || return 0
  pid=$(cat "$f")
  # After a reboot the pid may belong to someone else: only a process naming our state dir is ours.
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF "$CLUSTER_STATE/"; then
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$f"
}

# Pids of processes whose command line names this cluster's state or run dir (shims, containerd).
cluster_pids() {
  local p
  for p in /proc/[0-9]*; do
    tr '\0' ' ' 2>/dev/null <"$p/cmdline" | grep -qE "($CLUSTER_STATE/|$CLUSTER_RUN/)" && echo "${p#/proc/}"
  done
  return 0
}

# Every process in the kubelet's pod cgroups (containers and sandboxes).
pod_pids() {
  find /sys/fs/cgroup/*/kubepods -name cgroup.procs -exec cat {} + 2>/dev/null | sort -u
}

remove_containers() {
  local ctr=(ctr --address "$CONTAINERD_SOCK" -n k8s.io) ids id
  timeout 5 "${ctr[@]}" version >/dev/null 2>&1 || return 0
  ids=$(timeout 10 "${ctr[@]}" tasks ls -q 2>/dev/null || true)
  for id in $ids; do timeout 5 "${ctr[@]}" tasks kill -s SIGKILL "$id" >/dev/null 2>&1 || true; done
  for id in $ids; do timeout 10 "${ctr[@]}" tasks delete -f "$id" >/dev/null 2>&1 || true; done
  for id in $(timeout 10 "${ctr[@]}" containers ls -q 2>/dev/null || true); do
    timeout 10 "${ctr[@]}" containers delete "$id" >/dev/null 2>&1 || true
  done
}

kill_leftovers() {
  local pids i
  for ((i = 0; i < 50; i++)); do
    pids=$( { pod_pids; cluster_pids; } | sort -u | grep -vxE "$$|$PPID" || true)
    [[ -z $pids ]] && return 0
    # shellcheck disable=SC2086
    kill -KILL $pids 2>/dev/null || true
    sleep 0.1
  done
  log "warning: processes still alive: $pids"
}

unmount_all() {
  local prefixes=("$CLUSTER_STATE/" "$CLUSTER_RUN/" /var/lib/kubelet/) m p i
  for ((i = 0; i < 5; i++)); do
    local found=()
    while read -r m; do
      m=$(printf '%b' "$m")
      for p in "${prefixes[@]}"; do [[ $m == "$p"* ]] && found+=("$m"); done
      if [[ $m == /run/netns/cni-* || $m == /var/run/netns/cni-* ]] &&
        ! grep -qx "$(basename "$m")" "$CLUSTER_STATE/netns.preexisting" 2>/dev/null; then
        found+=("$m")
      fi
    done < <(awk '{print $5}' /proc/self/mountinfo | sort -r)
    ((${#found[@]})) || return 0
    for m in "${found[@]}"; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
  done
}

remove_netns_files() {
  local f
  for f in /run/netns/cni-*; do
    [[ -e $f ]] || continue
    grep -qx "$(basename "$f")" "$CLUSTER_STATE/netns.preexisting" 2>/dev/null || rm -f "$f"
  done
}

teardown_network() {
  local ipt l
  for ipt in iptables ip6tables; do
    while $ipt -D FORWARD -j "$FW_FORWARD_CHAIN" 2>/dev/null; do :; done
    while $ipt -D INPUT -j "$FW_INPUT_CHAIN" 2>/dev/null; do :; done
    for l in "$FW_FORWARD_CHAIN" "$FW_INPUT_CHAIN"; do
      $ipt -F "$l" 2>/dev/null || true
      $ipt -X "$l" 2>/dev/null || true
    done
  done
  ip route del blackhole "$CLUSTER_SERVICE_CIDR" 2>/dev/null || true
  for l in $(ip -o link show master "$CLUSTER_BRIDGE" 2>/dev/null | awk -F': ' '{print $2}' | cut -d@ -f1); do
    ip link del "$l" 2>/dev/null || true
  done
  ip link del "$CLUSTER_BRIDGE" 2>/dev/null || true
}

restore_host() {
  local line p d
  if [[ -s $CLUSTER_STATE/sysctl.saved ]]; then
    while IFS= read -r line; do sysctl -q -w "$line" >/dev/null; done <"$CLUSTER_STATE/sysctl.saved"
  fi
  # The kubelet's pod cgroups, deepest first.
  for d in /sys/fs/cgroup/*/kubepods; do
    [[ -d $d ]] && find "$d" -depth -type d -exec rmdir {} + 2>/dev/null || true
  done
  for p in "${CLUSTER_FIXED_PATHS[@]}"; do
    [[ -e $p ]] || continue
    grep -qx "$p" "$CLUSTER_STATE/paths.preexisting" 2>/dev/null || rm -rf "$p"
  done
}

main() {
  local t0=$SECONDS
  stop local-path-provisioner
  stop kubelet
  remove_containers
  kill_leftovers
  stop containerd
  stop kube-scheduler
  stop kube-controller-manager
  stop kube-apiserver
  stop etcd
  kill_leftovers
  unmount_all
  remove_netns_files
  teardown_network
  restore_host
  # What the leak check compares against, then the per-run state (PKI and images stay cached).
  mkdir -p "$CLUSTER_LAST_DOWN"
  for f in sysctl.saved paths.preexisting netns.preexisting; do
    [[ -e $CLUSTER_STATE/$f ]] && mv -f "$CLUSTER_STATE/$f" "$CLUSTER_LAST_DOWN/$f"
  done
  rm -rf "$CLUSTER_LAST_DOWN/logs"
  [[ -d $CLUSTER_STATE/logs ]] && mv "$CLUSTER_STATE/logs" "$CLUSTER_LAST_DOWN/logs"
  rm -rf "$CLUSTER_STATE/etcd" "$CLUSTER_STATE/kubelet" "$CLUSTER_STATE/cni" "$PIDS" \
    "$CLUSTER_STATE/up" "$CLUSTER_STATE/resolv.conf" "$CLUSTER_RUN" "$STORAGE_DIR"
  log "cluster down in $((SECONDS - t0)) s"
}

main "$@"
