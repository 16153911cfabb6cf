#!/usr/bin/env bash
# `make bench`: every benchmark, each printing `bench.<name>.ratio=<x>` against a baseline measured
# in the same run (or a figure with its goal). Helpers append one line per benchmark below.
# bench/vm-start-bench.sh uses the test cluster: on the shared machine run make bench under
# flock /tmp/coexist-cluster.lock.
set -euo pipefail
cd "$(dirname "$0")/.."
bench/import-bench.sh
bench/vm-start-bench.sh
