#!/usr/bin/env bash
# make demo: the whole system on the local cluster. Brings the test cluster up (make cluster-up),
# builds and imports the images (make images), installs coexist (make deploy), applies
# docs/examples/vm-tiny.yaml, waits until the VM is Running and Ready, prints the guest's serial
# output (COEXIST-GUEST-READY), and leaves the cluster up. `make run VM=<file>` boots a VM with
# no cluster at all.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=hack/cluster-env.sh
source hack/cluster-env.sh
VM_FILE=${VM_FILE:-docs/examples/vm-tiny.yaml}
VM_NAME=$(awk '/^metadata:/{m=1} m && $1=="name:"{print $2; exit}' "$VM_FILE")
t0=$SECONDS

hack/cluster-up.sh
hack/images.sh
KUBECONFIG=$(hack/kubeconfig.sh)
export KUBECONFIG
hack/deploy.sh

log "applying $VM_FILE"
kubectl apply -f "$VM_FILE"
log "waiting for vm/$VM_NAME to run"
kubectl wait "vm/$VM_NAME" --for=jsonpath='{.status.printableStatus}'=Running --timeout=300s
kubectl wait "vm/$VM_NAME" --for=condition=Ready --timeout=300s
pod=$(kubectl get pods -l "kubevirt.io/domain=$VM_NAME,kubevirt.io=virt-launcher" -o jsonpath='{.items[0].metadata.name}')
log "waiting for the guest to print COEXIST-GUEST-READY on its serial console"
for ((i = 0; i < 300; i++)); do
  if kubectl exec "$pod" -c compute -- sh -c 'cat /var/run/kubevirt-private/console/*.log' 2>/dev/null \
    | grep -q COEXIST-GUEST-READY; then
    break
  fi
  sleep 1
done
echo "----- serial console of $VM_NAME (pod $pod) -----"
kubectl exec "$pod" -c compute -- sh -c 'cat /var/run/kubevirt-private/console/*.log' | tail -n 30
echo "-----"
kubectl get vm,vmi -o wide
cat <<MSG

The demo took $((SECONDS - t0)) s. The cluster stays up:
  export KUBECONFIG=$KUBECONFIG
  kubectl get vm,vmi,pods
  kubectl patch vm $VM_NAME --type merge -p '{"spec":{"runStrategy":"Halted"}}'   # stop
  kubectl patch vm $VM_NAME --type merge -p '{"spec":{"runStrategy":"Always"}}'   # start
  kubectl delete vm $VM_NAME
  make cluster-down        # when done
MSG
