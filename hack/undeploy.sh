#!/usr/bin/env bash
# Removes what `make deploy` installed (operator, virt-handler, RBAC, APIServices; the CRDs stay),
# and waits until the install namespace is gone. Used by the e2e suite after it has deployed.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=hack/cluster-env.sh
source hack/cluster-env.sh
KUBECTL=${KUBECTL:-kubectl}
if [[ -z ${KUBECONFIG:-} && -e $CLUSTER_STATE/up && -s $ADMIN_KUBECONFIG ]]; then
  export KUBECONFIG=$ADMIN_KUBECONFIG
fi
[[ -n ${KUBECONFIG:-} ]] || die "no KUBECONFIG and no test cluster"
dir=$COEXIST_CACHE/deploy-test
[[ -s $dir/kustomization.yaml ]] || dir=deploy/${DEPLOY_OVERLAY:-base}
$KUBECTL delete -k "$dir" --ignore-not-found --wait=true --timeout=180s >/dev/null
log "coexist removed (CRDs kept)"
