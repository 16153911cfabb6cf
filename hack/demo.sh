#!/usr/bin/env bash
# The local demo. For now: boot docs/examples/vm-tiny.yaml with no cluster and show its serial
# console (COEXIST-GUEST-READY and the guest's facts line). Ctrl-] or Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
exec hack/run-vm.sh docs/examples/vm-tiny.yaml
