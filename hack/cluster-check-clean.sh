#!/usr/bin/env bash
# The leak check: after hack/cluster-down.sh nothing of the cluster may be left running, mounted
# or changed. Run by hack/test.sh after the final cluster-down; exits 1 listing every leftover.
set -uo pipefail
# shellcheck source=hack/cluster-env.sh
source "$(dirname "$0")/cluster-env.sh"
LAST=$CLUSTER_LAST_DOWN
leaks=()
leak() { leaks+=("$*"); }

for p in /proc/[0-9]*; do
  cmd=$(tr '\0' ' ' 2>/dev/null <"$p/cmdline") || continue
  # Every process of the cluster names its state or run dir (others may run the cached binaries,
  # e.g. kube-api-test); pod processes are caught by the kubepods cgroup check below.
  if [[ $cmd == *"$CLUSTER_STATE/"* || $cmd == *"$CLUSTER_RUN/"* ]]; then
    leak "process ${p#/proc/}: $cmd"
  fi
done
while read -r m; do
  case $m in
    "$CLUSTER_STATE"/* | "$CLUSTER_RUN"/* | /var/lib/kubelet/*) leak "mount $m" ;;
    /run/netns/cni-* | /var/run/netns/cni-*)
      grep -qx "$(basename "$m")" "$LAST/netns.preexisting" 2>/dev/null || leak "netns mount $m" ;;
  esac
done < <(awk '{print $5}' /proc/self/mountinfo)
ip link show "$CLUSTER_BRIDGE" >/dev/null 2>&1 && leak "bridge $CLUSTER_BRIDGE"
ip route show | grep -qE "${CLUSTER_SERVICE_CIDR%/*}|${CLUSTER_POD_CIDR%/*}" && leak "route: $(ip route show | grep -E "${CLUSTER_SERVICE_CIDR%/*}|${CLUSTER_POD_CIDR%/*}" | tr '\n' ';')"
for ipt in iptables-save ip6tables-save; do
  $ipt 2>/dev/null | grep -qE "COEXIST|$CLUSTER_BRIDGE|KUBE-|CNI-" && leak "$ipt: $($ipt | grep -E "COEXIST|$CLUSTER_BRIDGE|KUBE-|CNI-" | head -3 | tr '\n' ';')"
done
grep -q "$CLUSTER_NODE_NAME" /etc/hosts && leak "/etc/hosts names $CLUSTER_NODE_NAME"
if [[ -s $LAST/sysctl.saved ]]; then
  while IFS='=' read -r k v; do
    [[ $(sysctl -n "$k") == "$v" ]] || leak "sysctl $k=$(sysctl -n "$k") (was $v)"
  done <"$LAST/sysctl.saved"
fi
for d in /sys/fs/cgroup/*/kubepods; do [[ -d $d ]] && leak "cgroup $d"; done
for p in "${CLUSTER_FIXED_PATHS[@]}"; do
  [[ -e $p ]] && ! grep -qx "$p" "$LAST/paths.preexisting" 2>/dev/null && leak "path $p"
done
[[ -e $CLUSTER_RUN ]] && leak "dir $CLUSTER_RUN"
[[ -e $CLUSTER_STATE/up ]] && leak "state $CLUSTER_STATE/up"
[[ -e $STORAGE_DIR ]] && leak "volumes $STORAGE_DIR"

if ((${#leaks[@]})); then
  printf 'cluster-check-clean: LEFT BEHIND: %s\n' "${leaks[@]}" >&2
  exit 1
fi
echo "cluster-check-clean: nothing left behind"
