# shellcheck shell=bash
# Shared settings of the local test cluster; sourced by hack/cluster-*.sh, hack/kubeconfig.sh and
# hack/images.sh. Everything the cluster writes lives outside the repository, under COEXIST_CACHE.
COEXIST_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COEXIST_CACHE=${COEXIST_CACHE:-$HOME/.cache/coexist}
export PATH=/usr/local/go/bin:$PATH

K8S_MOD_DIR=$COEXIST_ROOT/hack/k8s/kubernetes
ETCD_MOD_DIR=$COEXIST_ROOT/hack/k8s/etcd
# The one pinned release: whatever hack/k8s/kubernetes/go.mod requires.
mod_version() { awk -v m="$1" '{for (i = 1; i < NF; i++) if ($i == m && $(i + 1) ~ /^v/) {print $(i + 1); exit}}' "$2"; }
K8S_VERSION=$(mod_version k8s.io/kubernetes "$K8S_MOD_DIR/go.mod")
ETCD_VERSION=$(mod_version go.etcd.io/etcd/server/v3 "$ETCD_MOD_DIR/go.mod")
LPP_MOD_DIR=$COEXIST_ROOT/hack/k8s/local-path-provisioner
LPP_VERSION=$(mod_version github.com/rancher/local-path-provisioner "$LPP_MOD_DIR/go.mod")
K8S_BIN=${K8S_BIN:-$COEXIST_CACHE/k8s/$K8S_VERSION/bin}
KUBE_API_TEST_DIR=${KUBE_API_TEST_DIR:-$COEXIST_CACHE/kube-api-test}

# Cluster layout (private to this run; nothing here is used on this host otherwise).
CLUSTER_STATE=${CLUSTER_STATE:-$COEXIST_CACHE/cluster}
CLUSTER_RUN=/run/coexist-cluster
CLUSTER_BRIDGE=coexist0
CLUSTER_NODE_IP=10.88.0.1
CLUSTER_POD_CIDR=10.88.0.0/16
CLUSTER_SERVICE_CIDR=10.96.0.0/16
CLUSTER_NODE_NAME=coexist-node
APISERVER_PORT=6443
ETCD_CLIENT_PORT=12379
ETCD_PEER_PORT=12380
CONTAINERD_SOCK=$CLUSTER_RUN/containerd/containerd.sock
# Chains of our own, jumped to from INPUT/FORWARD; removing them removes every rule we added.
FW_FORWARD_CHAIN=COEXIST-FORWARD
FW_INPUT_CHAIN=COEXIST-INPUT
# Sysctls the bridge plugin or the kubelet change: saved at up, restored at down.
CLUSTER_SYSCTLS=(net.ipv4.ip_forward vm.overcommit_memory kernel.panic kernel.panic_on_oops)
# Fixed host paths the kubelet/CNI write whatever their config says: removed at down if we made them.
CLUSTER_FIXED_PATHS=(/var/lib/kubelet /var/log/containers /var/log/pods /var/lib/cni)
CLUSTER_LAST_DOWN=$COEXIST_CACHE/cluster-last-down
ADMIN_KUBECONFIG=$CLUSTER_STATE/pki/admin.kubeconfig
# The local-path provisioner's volumes (removed at cluster-down: etcd, and so every PV, starts empty).
STORAGE_DIR=$CLUSTER_STATE/local-path
STORAGE_HELPER_IMAGE=localhost/coexist/busybox:1.0

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
