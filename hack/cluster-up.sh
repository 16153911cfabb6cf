#!/usr/bin/env bash
# Starts the local single-node test cluster: etcd, kube-apiserver, kube-controller-manager,
# kube-scheduler, containerd and a kubelet, all built/installed by the project's own scripts.
# Idempotent: when the cluster is already up and healthy this is a no-op that succeeds.
# Layout and the network rule (traffic only to loopback and to the run's own bridge and pods):
# docs/testing.md. Undo everything with hack/cluster-down.sh.
set -euo pipefail
# shellcheck source=hack/cluster-env.sh
source "$(dirname "$0")/cluster-env.sh"
[[ $(id -u) == 0 ]] || die "cluster-up needs root (bridge, iptables, containerd, kubelet)"
T0=$(date +%s%N)
elapsed() { local d=$(( ($(date +%s%N) - T0) / 100000000 )); echo "$((d / 10)).$((d % 10))"; }

PKI=$CLUSTER_STATE/pki
LOGS=$CLUSTER_STATE/logs
PIDS=$CLUSTER_STATE/pids
KUBECTL=("$K8S_BIN/kubectl" --kubeconfig "$ADMIN_KUBECONFIG")
COMPONENTS=(etcd containerd kube-apiserver kube-controller-manager kube-scheduler kubelet)

alive() { [[ -s $PIDS/$1.pid ]] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

already_up() {
  local c
  for c in "${COMPONENTS[@]}"; do alive "$c" || return 1; done
  "${KUBECTL[@]}" get --raw /readyz >/dev/null 2>&1 || return 1
  node_ready
}

node_ready() {
  [[ $("${KUBECTL[@]}" get node "$CLUSTER_NODE_NAME" \
    -o 'jsonpath={.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null) == True ]]
}

untainted() {
  [[ -z $("${KUBECTL[@]}" get node "$CLUSTER_NODE_NAME" -o 'jsonpath={.spec.taints}') ]]
}

# wait_for WHAT SECONDS CMD...: poll CMD every 0.1 s; on timeout show the component's log tail.
wait_for() {
  local what=$1 secs=$2 i
  shift 2
  for ((i = 0; i < secs * 10; i++)); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  log "timed out after ${secs}s waiting for $what"
  tail -n 30 "$LOGS/$what.log" >&2 2>/dev/null || true
  die "$what did not become ready; logs in $LOGS (run make cluster-down to clean up)"
}

# start NAME CMD...: run in its own session, log to $LOGS/NAME.log, record its pid. File
# descriptors above 2 are closed first: a daemon must not inherit e.g. the shared cluster lock
# (`flock /tmp/coexist-cluster.lock make cluster-up` would otherwise stay locked while it runs).
start() {
  local name=$1
  shift
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}
      if ((fd > 2)); then { eval "exec $fd>&-"; } 2>/dev/null || true; fi
    done
    exec setsid "$@" >"$LOGS/$name.log" 2>&1 </dev/null
  ) &
  echo $! >"$PIDS/$name.pid"
}

save_host_state() {
  # What cluster-down must put back: sysctls, and which fixed host paths existed before.
  local s p
  for s in "${CLUSTER_SYSCTLS[@]}"; do echo "$s=$(sysctl -n "$s")"; done >"$CLUSTER_STATE/sysctl.saved"
  for p in "${CLUSTER_FIXED_PATHS[@]}"; do [[ -e $p ]] && echo "$p"; done >"$CLUSTER_STATE/paths.preexisting" || true
  ls /run/netns 2>/dev/null >"$CLUSTER_STATE/netns.preexisting" || true
}

setup_network() {
  ip link add "$CLUSTER_BRIDGE" type bridge
  ip addr add "$CLUSTER_NODE_IP/${CLUSTER_POD_CIDR#*/}" dev "$CLUSTER_BRIDGE"
  ip link set "$CLUSTER_BRIDGE" up
  # No kube-proxy: Service IPs must never leave the machine.
  ip route add blackhole "$CLUSTER_SERVICE_CIDR"
  local ipt
  for ipt in iptables ip6tables; do
    $ipt -N "$FW_FORWARD_CHAIN"
    $ipt -N "$FW_INPUT_CHAIN"
    # Bridged pod-to-pod traffic passes FORWARD (br_netfilter): accept it, drop the rest.
    $ipt -A "$FW_FORWARD_CHAIN" -i "$CLUSTER_BRIDGE" -o "$CLUSTER_BRIDGE" -j ACCEPT
    $ipt -A "$FW_FORWARD_CHAIN" -i "$CLUSTER_BRIDGE" -j DROP
    $ipt -A "$FW_FORWARD_CHAIN" -o "$CLUSTER_BRIDGE" -j DROP
    $ipt -I FORWARD 1 -j "$FW_FORWARD_CHAIN"
    $ipt -I INPUT 1 -j "$FW_INPUT_CHAIN"
  done
  iptables -A "$FW_FORWARD_CHAIN" -s "$CLUSTER_POD_CIDR" -j DROP
  # Pods may reach the host only at the gateway address (API server, kubelet).
  iptables -A "$FW_INPUT_CHAIN" -i "$CLUSTER_BRIDGE" -d "$CLUSTER_NODE_IP" -j ACCEPT
  iptables -A "$FW_INPUT_CHAIN" -i "$CLUSTER_BRIDGE" -j DROP
  ip6tables -A "$FW_INPUT_CHAIN" -i "$CLUSTER_BRIDGE" -j DROP
}

write_configs() {
  mkdir -p "$CLUSTER_STATE/cni/net.d" "$CLUSTER_STATE/containerd" "$CLUSTER_STATE/kubelet"
  cat >"$CLUSTER_STATE/cni/net.d/10-coexist.conflist" <<CNI
{
  "cniVersion": "1.0.0",
  "name": "coexist",
  "plugins": [
    {
      "type": "bridge",
      "bridge": "$CLUSTER_BRIDGE",
      "isGateway": true,
      "isDefaultGateway": true,
      "ipMasq": false,
      "hairpinMode": true,
      "ipam": {
        "type": "host-local",
        "dataDir": "$CLUSTER_STATE/cni/ipam",
        "ranges": [[{"subnet": "$CLUSTER_POD_CIDR", "rangeStart": "10.88.1.1", "gateway": "$CLUSTER_NODE_IP"}]]
      }
    }
  ]
}
CNI
  cat >"$CLUSTER_STATE/containerd/config.toml" <<TOML
version = 2
root = "$CLUSTER_STATE/containerd/root"
state = "$CLUSTER_RUN/containerd/state"
disabled_plugins = ["io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper", "io.containerd.snapshotter.v1.aufs", "io.containerd.tracing.processor.v1.otlp", "io.containerd.internal.v1.tracing"]
[grpc]
  address = "$CONTAINERD_SOCK"
[ttrpc]
  address = "$CLUSTER_RUN/containerd/ttrpc.sock"
[plugins."io.containerd.internal.v1.opt"]
  path = "$CLUSTER_STATE/containerd/opt"
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "localhost/coexist/pause:1.0"
  restrict_oom_score_adj = true
  disable_apparmor = true
  enable_selinux = false
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        SystemdCgroup = false
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "/usr/lib/cni"
    conf_dir = "$CLUSTER_STATE/cni/net.d"
    max_conf_num = 1
TOML
  # Pods get a resolver of ours (nothing answers there), never the host's outside DNS server.
  echo "nameserver $CLUSTER_NODE_IP" >"$CLUSTER_STATE/resolv.conf"
  cat >"$CLUSTER_STATE/kubelet/config.yaml" <<KUBELET
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
address: $CLUSTER_NODE_IP
port: 10250
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
healthzPort: 10248
authentication:
  anonymous: {enabled: false}
  webhook: {enabled: true}
  x509: {clientCAFile: $PKI/ca.crt}
authorization: {mode: Webhook}
tlsCertFile: $PKI/kubelet-serving.crt
tlsPrivateKeyFile: $PKI/kubelet-serving.key
containerRuntimeEndpoint: unix://$CONTAINERD_SOCK
cgroupDriver: cgroupfs
failCgroupV1: false
failSwapOn: false
makeIPTablesUtilChains: false
rotateCertificates: false
serverTLSBootstrap: false
protectKernelDefaults: false
resolvConf: $CLUSTER_STATE/resolv.conf
clusterDomain: cluster.local
podLogsDir: $CLUSTER_STATE/kubelet/pod-logs
staticPodPath: ""
nodeStatusUpdateFrequency: 4s
imageGCHighThresholdPercent: 100
imageGCLowThresholdPercent: 99
evictionHard: {memory.available: 100Mi, nodefs.available: "1%", imagefs.available: "1%", nodefs.inodesFree: "1%"}
KUBELET
}

import_pause() {
  local d
  d=$(mktemp -d)
  mkdir -p "$d/rootfs"
  gcc -static -Os -o "$d/rootfs/pause" "$COEXIST_ROOT/hack/images/pause.c"
  python3 "$COEXIST_ROOT/hack/images/mkimage.py" "$d/rootfs" "$d/pause.tar" localhost/coexist/pause:1.0 \
    --entrypoint '["/pause"]' >/dev/null
  ctr --address "$CONTAINERD_SOCK" -n k8s.io images import "$d/pause.tar" >/dev/null
  rm -rf "$d"
}

start_control_plane() {
  start etcd "$K8S_BIN/etcd" --name coexist --data-dir "$CLUSTER_STATE/etcd" \
    --listen-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" \
    --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-cluster "coexist=http://127.0.0.1:$ETCD_PEER_PORT" --unsafe-no-fsync --log-level warn
  start kube-apiserver "$K8S_BIN/kube-apiserver" \
    --bind-address="$CLUSTER_NODE_IP" --advertise-address="$CLUSTER_NODE_IP" --secure-port="$APISERVER_PORT" \
    --etcd-servers="http://127.0.0.1:$ETCD_CLIENT_PORT" \
    --client-ca-file="$PKI/ca.crt" --tls-cert-file="$PKI/apiserver.crt" --tls-private-key-file="$PKI/apiserver.key" \
    --authorization-mode=Node,RBAC --enable-admission-plugins=NodeRestriction --allow-privileged=true \
    --service-account-issuer=https://kubernetes.default.svc.cluster.local \
    --service-account-key-file="$PKI/sa.pub" --service-account-signing-key-file="$PKI/sa.key" \
    --service-cluster-ip-range="$CLUSTER_SERVICE_CIDR" --endpoint-reconciler-type=none \
    --enable-aggregator-routing=true --kubelet-preferred-address-types=InternalIP \
    --kubelet-client-certificate="$PKI/apiserver-kubelet-client.crt" --kubelet-client-key="$PKI/apiserver-kubelet-client.key" \
    --kubelet-certificate-authority="$PKI/ca.crt" \
    --proxy-client-cert-file="$PKI/front-proxy-client.crt" --proxy-client-key-file="$PKI/front-proxy-client.key" \
    --requestheader-client-ca-file="$PKI/front-proxy-ca.crt" --requestheader-allowed-names=front-proxy-client \
    --requestheader-username-headers=X-Remote-User --requestheader-group-headers=X-Remote-Group \
    --requestheader-extra-headers-prefix=X-Remote-Extra- --profiling=false --v=1
}

# Started once the apiserver is ready: they die on the RBAC they cannot read before bootstrap.
start_controllers() {
  start kube-controller-manager "$K8S_BIN/kube-controller-manager" \
    --kubeconfig="$PKI/controller-manager.kubeconfig" \
    --authentication-kubeconfig="$PKI/controller-manager.kubeconfig" --authorization-kubeconfig="$PKI/controller-manager.kubeconfig" \
    --bind-address=127.0.0.1 --secure-port=10257 --leader-elect=false --use-service-account-credentials=false \
    --root-ca-file="$PKI/ca.crt" --service-account-private-key-file="$PKI/sa.key" \
    --cluster-signing-cert-file="$PKI/ca.crt" --cluster-signing-key-file="$PKI/ca.key" \
    --service-cluster-ip-range="$CLUSTER_SERVICE_CIDR" --profiling=false --v=1
  start kube-scheduler "$K8S_BIN/kube-scheduler" --kubeconfig="$PKI/scheduler.kubeconfig" \
    --authentication-kubeconfig="$PKI/scheduler.kubeconfig" --authorization-kubeconfig="$PKI/scheduler.kubeconfig" \
    --bind-address=127.0.0.1 --secure-port=10259 --leader-elect=false --profiling=false --v=1
}

# The helper image of the local-path provisioner: Debian's static busybox with its applets.
import_busybox() {
  local d a
  d=$(mktemp -d)
  mkdir -p "$d/rootfs/bin" "$d/rootfs/tmp"
  cp /bin/busybox "$d/rootfs/bin/busybox"
  for a in $(/bin/busybox --list); do [[ $a == busybox ]] || ln -s busybox "$d/rootfs/bin/$a"; done
  python3 "$COEXIST_ROOT/hack/images/mkimage.py" "$d/rootfs" "$d/busybox.tar" "$STORAGE_HELPER_IMAGE" \
    --entrypoint '["/bin/sh"]' --env PATH=/bin >/dev/null
  ctr --address "$CONTAINERD_SOCK" -n k8s.io images import "$d/busybox.tar" >/dev/null
  rm -rf "$d"
}

# Storage: the default StorageClass local-path (WaitForFirstConsumer) served by the local-path
# provisioner (hack/k8s/local-path-provisioner), a host process like the control plane, with its
# volumes under $CLUSTER_STATE/local-path. Idempotent: starts only what is not running.
start_storage() {
  ctr --address "$CONTAINERD_SOCK" -n k8s.io images ls -q | grep -qx "$STORAGE_HELPER_IMAGE" || import_busybox
  mkdir -p "$STORAGE_DIR"
  sed "s|@DATA_DIR@|$STORAGE_DIR|" "$COEXIST_ROOT/hack/k8s/local-path-provisioner/storage.yaml" |
    "${KUBECTL[@]}" apply -f - >/dev/null
  wait_for kube-controller-manager 30 "${KUBECTL[@]}" -n local-path-storage get serviceaccount default
  alive local-path-provisioner && return 0
  start local-path-provisioner "$K8S_BIN/local-path-provisioner" start \
    --kubeconfig "$PKI/admin.kubeconfig" --namespace local-path-storage \
    --configmap-name local-path-config --service-account-name default \
    --helper-image "$STORAGE_HELPER_IMAGE" --provisioner-name rancher.io/local-path
  log "local-path provisioner started (StorageClass local-path, data in $STORAGE_DIR)"
}

main() {
  if already_up; then
    alive local-path-provisioner || start_storage
    log "cluster already up (kubeconfig: $ADMIN_KUBECONFIG)"
    exit 0
  fi
  if [[ -e $CLUSTER_STATE/up ]] || ip link show "$CLUSTER_BRIDGE" >/dev/null 2>&1; then
    log "found a half-started or broken cluster: cleaning up first"
    "$COEXIST_ROOT/hack/cluster-down.sh"
  fi
  "$COEXIST_ROOT/hack/cluster-build.sh" >&2
  "$COEXIST_ROOT/hack/cluster-pki.sh"
  mkdir -p "$LOGS" "$PIDS" "$CLUSTER_RUN"
  rm -f "$LOGS"/*.log
  save_host_state
  touch "$CLUSTER_STATE/up"
  trap 'log "cluster-up failed; see $LOGS and run make cluster-down"' ERR
  setup_network
  write_configs
  start containerd containerd --config "$CLUSTER_STATE/containerd/config.toml"
  start_control_plane
  wait_for containerd 30 ctr --address "$CONTAINERD_SOCK" version
  ctr --address "$CONTAINERD_SOCK" -n k8s.io images ls -q | grep -qx localhost/coexist/pause:1.0 || import_pause
  wait_for kube-apiserver 60 "${KUBECTL[@]}" get --raw /readyz
  log "apiserver ready at $(elapsed) s"
  start_controllers
  start kubelet "$K8S_BIN/kubelet" --config="$CLUSTER_STATE/kubelet/config.yaml" \
    --kubeconfig="$PKI/kubelet.kubeconfig" --root-dir="$CLUSTER_STATE/kubelet/root" \
    --cert-dir="$CLUSTER_STATE/kubelet/pki" --hostname-override="$CLUSTER_NODE_NAME" \
    --node-ip="$CLUSTER_NODE_IP" --v=1
  wait_for kubelet 60 node_ready
  log "node $CLUSTER_NODE_NAME Ready $(elapsed) s after cluster-up started"
  # Pods can land once the node lifecycle controller lifted the not-ready taint, and need their
  # namespace's default ServiceAccount: wait for both.
  wait_for kube-controller-manager 30 untainted
  wait_for kube-controller-manager 30 "${KUBECTL[@]}" -n default get serviceaccount default
  start_storage
  log "cluster up in $(elapsed) s; kubeconfig: $ADMIN_KUBECONFIG"
}

main "$@"
