#!/usr/bin/env bash
# Removes what `make deploy` installed, the way users uninstall: `kubectl delete hco` first (the
# operator then removes virt-handler, its RBAC, the subresource API objects, the KubeVirt and CDI
# CRs). HCO refuses that while VMs or DataVolumes exist anywhere (docs/hco.md): undeploy then
# logs the refusal, removes the webhook registration and deletes the CR anyway, keeping the
# workloads (UNDEPLOY_KEEP_WORKLOADS=1: fail instead). Then the operator, its RBAC and
# the namespace, and the webhook registration the operator created at start. The CRDs stay.
# Waits until the install namespace is gone. Used by the e2e suite after it has deployed.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=hack/cluster-env.sh
source hack/cluster-env.sh
KUBECTL=${KUBECTL:-kubectl}
NS=kubevirt-hyperconverged
if [[ -z ${KUBECONFIG:-} && -e $CLUSTER_STATE/up && -s $ADMIN_KUBECONFIG ]]; then
  export KUBECONFIG=$ADMIN_KUBECONFIG
fi
[[ -n ${KUBECONFIG:-} ]] || die "no KUBECONFIG and no test cluster"
dir=$COEXIST_CACHE/deploy-test
[[ -s $dir/kustomization.yaml ]] || dir=deploy/${DEPLOY_OVERLAY:-base}
WEBHOOKS=(validatingwebhookconfigurations -l app.kubernetes.io/managed-by=hco-operator)
OWNED=clusterroles,clusterrolebindings,apiservices.apiregistration.k8s.io
if $KUBECTL get crd hyperconvergeds.hco.kubevirt.io >/dev/null 2>&1; then
  ready=$($KUBECTL -n $NS get deployment coexist-operator -o jsonpath='{.status.readyReplicas}' 2>/dev/null || true)
  if [[ ${ready:-0} -gt 0 ]]; then
    if ! out=$($KUBECTL delete hyperconverged --all -A --wait=true --timeout=180s 2>&1); then
      [[ $out == *BlockUninstallIfWorkloadsExist* && -z ${UNDEPLOY_KEEP_WORKLOADS:-} ]] ||
        die "kubectl delete hco failed (delete the VMs and DataVolumes first): $out"
      # undeploy means "leave nothing" of coexist, and on the shared test cluster the VMs it sees
      # may belong to other tests: say what HCO refused, then take the webhook out of the way and
      # delete the CR anyway. The workloads are kept (their namespaces' owners delete them).
      log "kubectl delete hco was refused: ${out#*denied the request: }"
      log "removing the uninstall webhook and deleting HyperConverged anyway, keeping the workloads (UNDEPLOY_KEEP_WORKLOADS=1: stop here)"
      $KUBECTL delete "${WEBHOOKS[@]}" --ignore-not-found >/dev/null
      $KUBECTL delete hyperconverged --all -A --wait=true --timeout=180s >/dev/null
    fi
  else
    # No operator to run the HCO finalizer or its webhook: remove what it would have removed.
    log "the operator is not running: removing the HyperConverged CR and its operands directly"
    $KUBECTL delete "${WEBHOOKS[@]}" --ignore-not-found >/dev/null
    for hco in $($KUBECTL get hyperconverged -A -o jsonpath='{range .items[*]}{.metadata.namespace}/{.metadata.name}{"\n"}{end}'); do
      $KUBECTL -n "${hco%/*}" patch hyperconverged "${hco#*/}" --type=merge -p '{"metadata":{"finalizers":null}}' >/dev/null || true
      $KUBECTL -n "${hco%/*}" delete hyperconverged "${hco#*/}" --ignore-not-found --wait=true >/dev/null
    done
    $KUBECTL delete $OWNED,cdis.cdi.kubevirt.io -l app.kubernetes.io/managed-by=hco-operator --ignore-not-found >/dev/null
  fi
fi
$KUBECTL delete -k "$dir" --ignore-not-found --wait=true --timeout=180s >/dev/null
# One StorageProfile per StorageClass, created by the operator (gone now): remove them too.
if $KUBECTL get crd storageprofiles.cdi.kubevirt.io >/dev/null 2>&1; then
  $KUBECTL delete storageprofiles.cdi.kubevirt.io -l app.kubernetes.io/managed-by=coexist-operator --ignore-not-found >/dev/null
fi
# Created by the operator at start (not in the kustomization); cluster-scoped.
$KUBECTL delete "${WEBHOOKS[@]}" --ignore-not-found >/dev/null
# The subresource server also (re)writes its APIServices at start; gone with the HCO CR normally.
$KUBECTL delete apiservices.apiregistration.k8s.io -l app.kubernetes.io/component=subresources --ignore-not-found >/dev/null
log "coexist removed (CRDs kept)"
