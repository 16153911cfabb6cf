#!/usr/bin/env bash
# Runs every test tier: *Test (surefire), *IT and e2e (failsafe) on real libvirt/QEMU and on the
# project's own single-node cluster. A missing prerequisite fails loudly.
# Order: cluster-up (builds the pinned Kubernetes binaries on first use), images (Debian bases +
# Jib, imported into the node), mvn verify, then cluster-down and the leak check — the trap runs
# them on failure too. A cluster that was already up before this script is left running.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/usr/local/go/bin:$PATH
MVN=${MVN:-mvn -B --fail-at-end}
owned=1
# Only a healthy running cluster counts (state left by killed processes is cleaned by cluster-up).
if kc=$(hack/kubeconfig.sh 2>/dev/null) &&
  "$(hack/cluster-build.sh bindir)/kubectl" --kubeconfig "$kc" get --raw /readyz >/dev/null 2>&1; then
  owned=0
  echo "test.sh: using the already running test cluster (left running; no leak check)"
fi
bases=""
finish() {
  local rc=$?
  [[ -n $bases ]] && kill "$bases" 2>/dev/null && wait "$bases" 2>/dev/null
  if ((owned)); then
    hack/cluster-down.sh || rc=1
    hack/cluster-check-clean.sh || rc=1
  fi
  exit $rc
}
trap finish EXIT
# The Debian base images (mostly download and dpkg) build while cluster-up builds Kubernetes.
mkdir -p target
hack/images.sh bases >target/images-bases.log 2>&1 &
bases=$!
t=$SECONDS; hack/cluster-up.sh; echo "test.sh: cluster-up $((SECONDS - t)) s"
again=$(hack/cluster-up.sh 2>&1)
[[ $again == *"already up"* ]] || { echo "test.sh: a second cluster-up was not a no-op: $again" >&2; exit 1; }
wait $bases || { tail -n 40 target/images-bases.log >&2; echo "test.sh: base images failed" >&2; exit 1; }
# The tiny Debian test guest (cached): the launcher ITs boot it, images.sh may package it.
hack/guest-image.sh >/dev/null
t=$SECONDS; hack/images.sh; echo "test.sh: images $((SECONDS - t)) s"
# Image B of UpgradeE2EIT (tag upgrade-b); the verify below filters the defaults back into target/.
t=$SECONDS; hack/images.sh upgrade-b; echo "test.sh: images upgrade-b $((SECONDS - t)) s"
t=$SECONDS; $MVN verify "$@"; echo "test.sh: mvn verify $((SECONDS - t)) s"
