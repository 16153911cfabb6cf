#!/usr/bin/env bash
# Runs every test tier: *Test (surefire), *IT and e2e (failsafe) on real libvirt/QEMU and on the
# project's own single-node cluster. A missing prerequisite fails loudly.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=${MVN:-mvn -B}
# The tiny Debian test guest the launcher ITs boot (cached; a no-op when already built).
hack/guest-image.sh >/dev/null
$MVN verify "$@"
