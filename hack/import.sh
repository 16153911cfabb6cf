#!/usr/bin/env bash
# `make import URL=<url> DEST=<file> [CHECKSUM=sha256:...] [SIZE=2Gi]`: runs the cdi-importer
# standalone — the same code path as in an importer pod. Exit code 0 only when DEST is a complete,
# verified raw image; the typed result (termination message) is printed as JSON on stdout.
# Extra flags can be passed through IMPORT_ARGS (e.g. IMPORT_ARGS="--header='X-Token: t'").
set -euo pipefail
cd "$(dirname "$0")/.."
URL=${1:-}
DEST=${2:-}
CHECKSUM=${3:-}
SIZE=${4:-}
if [[ -z $URL || -z $DEST ]]; then
  echo "usage: make import URL=<http(s) url> DEST=<file> [CHECKSUM=sha256:<hex>] [SIZE=2Gi]" >&2
  exit 2
fi
JAR=$(ls cdi-importer/target/cdi-importer-*.jar 2>/dev/null | head -1 || true)
newest_src=$(find cdi-importer/src/main crds/src/main cdi-importer/pom.xml -newer "${JAR:-/nonexistent}" -type f 2>/dev/null | head -1 || true)
if [[ -z $JAR || ! -d cdi-importer/target/lib || -n $newest_src ]]; then
  echo "import: building cdi-importer" >&2
  ${MVN:-mvn -B} -q -pl cdi-importer -am -DskipTests package >&2
  JAR=$(ls cdi-importer/target/cdi-importer-*.jar | head -1)
fi
args=(import "--url=$URL" "--dest=$DEST")
[[ -n $CHECKSUM ]] && args+=("--checksum=$CHECKSUM")
[[ -n $SIZE ]] && args+=("--size=$SIZE")
# shellcheck disable=SC2206
[[ -n ${IMPORT_ARGS:-} ]] && args+=(${IMPORT_ARGS})
exec java -jar "$JAR" "${args[@]}"
