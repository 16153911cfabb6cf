#!/usr/bin/env bash
# `make bench`: every benchmark, each printing `bench.<name>.ratio=<x>` against a baseline measured
# in the same run (or a figure with its goal). Helpers append one line per benchmark below.
# bench/vm-start-bench.sh uses the test cluster: on the shared machine run make bench under
# flock /tmp/coexist-cluster.lock.
set -euo pipefail
cd "$(dirname "$0")/.."
bench/import-bench.sh
# Opt-in (BENCH_FLOOR=1, about a minute more): the VM start's floor without coexist
# (bench/vm-start-floor.sh, docs/performance.md); it needs coexist undeployed, so it runs first.
if [[ ${BENCH_FLOOR:-0} == 1 ]]; then bench/vm-start-floor.sh; fi
bench/vm-start-bench.sh
