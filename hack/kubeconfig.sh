#!/usr/bin/env bash
# Prints the path of the running test cluster's admin kubeconfig (and nothing else), so that
# `export KUBECONFIG=$(make -s kubeconfig)` works. Fails loudly when no cluster is up.
set -euo pipefail
# shellcheck source=hack/cluster-env.sh
source "$(dirname "$0")/cluster-env.sh"
[[ -e $CLUSTER_STATE/up && -s $ADMIN_KUBECONFIG ]] || die "no test cluster is running: run make cluster-up"
echo "$ADMIN_KUBECONFIG"
