#!/usr/bin/env bash
# Builds the pinned Kubernetes binaries (kube-apiserver, kube-controller-manager, kube-scheduler,
# kubelet, kubectl) and etcd from their official Go modules through the module proxy, caching them
# by version outside the repository. A manifest (sha256 of each binary + hash of the go.mod/go.sum
# it came from) tells a good cache from a stale or broken one; a bad binary is rebuilt, never used.
#
#   hack/cluster-build.sh            build what is missing or broken, verify everything
#   hack/cluster-build.sh verify     only verify (exit 1 naming the bad binaries)
#   hack/cluster-build.sh bindir     print the bin dir of the pinned release
#   hack/cluster-build.sh gomod      regenerate hack/k8s/kubernetes/go.mod for K8S_VERSION=vX.Y.Z
#
# Env: COEXIST_CACHE (default ~/.cache/coexist), K8S_BIN (override the bin dir, for tests).
set -euo pipefail
# shellcheck source=hack/cluster-env.sh
source "$(dirname "$0")/cluster-env.sh"

GO_CACHE_ROOT=$COEXIST_CACHE/go
export GOPATH=$GO_CACHE_ROOT/path GOMODCACHE=$GO_CACHE_ROOT/mod GOCACHE=$GO_CACHE_ROOT/build
export CGO_ENABLED=0 GOFLAGS=-buildvcs=false GOTOOLCHAIN=local
MANIFEST=$K8S_BIN/MANIFEST

# Hash of the module files a tool is built from: a change of pins makes its cache entry stale.
mod_hash() { cat "$1/go.mod" "$1/go.sum" | sha256sum | cut -d' ' -f1; }

# verify_tool NAME MODDIR: the binary exists, its manifest line names the current module hash, and
# its sha256 matches the recorded one (a truncated or edited binary fails here).
verify_tool() {
  local name=$1 moddir=$2 line want_sum want_mod
  line=$(awk -v n="$name" '$2 == n' "$MANIFEST" 2>/dev/null || true)
  [[ -n $line ]] || { echo "$name: not in manifest"; return 1; }
  read -r want_sum _ want_mod <<<"$line"
  [[ $want_mod == "$(mod_hash "$moddir")" ]] || { echo "$name: built from other module pins"; return 1; }
  [[ -x $K8S_BIN/$name ]] || { echo "$name: missing"; return 1; }
  # Fast path for warm starts: unchanged since its last full check (same size, mtime, inode).
  [[ ${QUICK:-0} == 1 && -e $K8S_BIN/.checked-$name &&
    $(stat -c '%s %Y %i' "$K8S_BIN/$name") == "$(cat "$K8S_BIN/.checked-$name")" ]] && return 0
  [[ $(sha256sum "$K8S_BIN/$name" | cut -d' ' -f1) == "$want_sum" ]] || { echo "$name: checksum mismatch"; return 1; }
  stat -c '%s %Y %i' "$K8S_BIN/$name" >"$K8S_BIN/.checked-$name"
}

# go_build NAME MODDIR PKG LDFLAGS: build into a temp file, then record and move into place.
go_build() {
  local name=$1 moddir=$2 pkg=$3 ldflags=$4 tmp start
  mkdir -p "$K8S_BIN"
  tmp=$(mktemp "$K8S_BIN/.$name.XXXXXX")
  start=$(date +%s)
  log "building $name ($pkg) — a cold build can take many minutes"
  (cd "$moddir" && nice -n 10 go build -mod=readonly -trimpath -ldflags "-s -w $ldflags" -o "$tmp" "$pkg")
  chmod 755 "$tmp"
  mv -f "$tmp" "$K8S_BIN/$name"
  local sum
  sum=$(sha256sum "$K8S_BIN/$name" | cut -d' ' -f1)
  { awk -v n="$name" '$2 != n' "$MANIFEST" 2>/dev/null || true
    echo "$sum $name $(mod_hash "$moddir")"; } >"$MANIFEST.tmp"
  mv -f "$MANIFEST.tmp" "$MANIFEST"
  log "built $name in $(( $(date +%s) - start )) s"
}

kube_ldflags() {
  local v=$K8S_VERSION minor flags="" p
  minor=$(cut -d. -f2 <<<"$v")
  for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    flags+=" -X $p.gitVersion=$v -X $p.gitMajor=1 -X $p.gitMinor=$minor"
    flags+=" -X $p.gitTreeState=clean -X $p.buildDate=1970-01-01T00:00:00Z"
  done
  echo "$flags"
}

# One function per tool: ensure_<tool> builds it unless the cache already holds a good copy.
ensure_kube() { verify_tool "$1" "$K8S_MOD_DIR" >/dev/null || go_build "$1" "$K8S_MOD_DIR" "k8s.io/kubernetes/cmd/$1" "$(kube_ldflags)"; }
ensure_kube_apiserver() { ensure_kube kube-apiserver; }
ensure_kube_controller_manager() { ensure_kube kube-controller-manager; }
ensure_kube_scheduler() { ensure_kube kube-scheduler; }
ensure_kubelet() { ensure_kube kubelet; }
ensure_kubectl() { ensure_kube kubectl; }
ensure_etcd() {
  verify_tool etcd "$ETCD_MOD_DIR" >/dev/null || go_build etcd "$ETCD_MOD_DIR" . ""
}
# The test cluster's dynamic provisioner (default StorageClass local-path), from its own module.
ensure_local_path_provisioner() {
  verify_tool local-path-provisioner "$LPP_MOD_DIR" >/dev/null ||
    go_build local-path-provisioner "$LPP_MOD_DIR" github.com/rancher/local-path-provisioner \
      "-X main.VERSION=$LPP_VERSION"
}
# Later tools (virtctl, the bundle validator) get their own module dir under hack/k8s/<tool>/ and
# an ensure_<tool> function like ensure_etcd, listed in TOOLS below.

TOOLS=(kube-apiserver kube-controller-manager kube-scheduler kubelet kubectl etcd local-path-provisioner)
tool_moddir() {
  case $1 in
    etcd) echo "$ETCD_MOD_DIR" ;;
    local-path-provisioner) echo "$LPP_MOD_DIR" ;;
    *) echo "$K8S_MOD_DIR" ;;
  esac
}

verify_all() {
  local bad=0 t
  for t in "${TOOLS[@]}"; do verify_tool "$t" "$(tool_moddir "$t")" || bad=1; done
  return $bad
}

# kube-api-test looks for <dir>/k8s/<version>-linux-amd64/{etcd,kube-apiserver,kubectl}.
layout_kube_api_test() {
  local d=$KUBE_API_TEST_DIR/k8s/${K8S_VERSION#v}-linux-amd64 t
  mkdir -p "$d"
  for t in etcd kube-apiserver kubectl; do ln -sfn "$K8S_BIN/$t" "$d/$t"; done
}

regen_gomod() {
  local v=${K8S_VERSION_NEW:?set K8S_VERSION_NEW=vX.Y.Z} gomod staging t
  gomod=$(cd /tmp && go mod download -json "k8s.io/kubernetes@$v" | awk -F'"' '$2 == "GoMod" {print $4}')
  staging=$(awk '$2 == "=>" && $3 ~ /^\.\/staging\// {print $1}' "$gomod")
  {
    echo "// Pins one Kubernetes release; regenerate with: K8S_VERSION_NEW=vX.Y.Z hack/cluster-build.sh gomod"
    echo "module coexist.dev/hack/k8s/kubernetes"; echo
    awk '$1 == "go" || $1 == "godebug" {print; print ""}' "$gomod"
    echo "require k8s.io/kubernetes $v"; echo; echo "replace ("
    for t in $staging; do printf '\t%s => %s v0.%s\n' "$t" "$t" "${v#v1.}"; done
    echo ")"; echo
    for t in kube-apiserver kube-controller-manager kube-scheduler kubelet kubectl; do echo "tool k8s.io/kubernetes/cmd/$t"; done
  } >"$K8S_MOD_DIR/go.mod"
  (cd "$K8S_MOD_DIR" && rm -f go.sum && go mod tidy)
}

case ${1:-build} in
  verify) verify_all ;;
  bindir) echo "$K8S_BIN" ;;
  gomod) regen_gomod ;;
  build)
    # Binaries whose size/mtime/inode match their last full sha256 check are not hashed again
    # (a truncated or replaced binary changes those); `verify` always hashes everything.
    QUICK=1
    start=$(date +%s)
    ensure_kube_apiserver
    ensure_kube_controller_manager
    ensure_kube_scheduler
    ensure_kubelet
    ensure_kubectl
    ensure_etcd
    ensure_local_path_provisioner
    verify_all || die "binaries in $K8S_BIN fail verification right after building"
    layout_kube_api_test
    log "k8s $K8S_VERSION + etcd $ETCD_VERSION + local-path-provisioner $LPP_VERSION ready in $K8S_BIN ($(( $(date +%s) - start )) s)"
    ;;
  *) die "usage: $0 [build|verify|gomod]" ;;
esac
