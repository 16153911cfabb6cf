#!/usr/bin/env bash
# `make bench`: every benchmark, each printing `bench.<name>.ratio=<x>` against a baseline measured
# in the same run. Helpers append one line per benchmark below.
set -euo pipefail
cd "$(dirname "$0")/.."
bench/import-bench.sh
