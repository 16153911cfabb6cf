#!/usr/bin/env bash
# Benchmark: import a 2 GiB qcow2 (random data) over loopback HTTP with the cdi-importer, against
# `qemu-img convert -f qcow2 -O raw` of the same file on the same disk, in the same run.
# Both sides end durable (the baseline is followed by `sync <file>`, the importer fsyncs before its
# rename). Each side runs BENCH_ROUNDS times (default 3), alternating; the best time of each counts.
# Each round runs the baseline, the import without checksum and the import with
# --checksum=sha256. Prints `bench.import.ratio=<baseline/import>` (no checksum, like the baseline,
# which verifies nothing; >= 0.9 is the goal) and `bench.import.checksum_ratio=<baseline/import
# with sha256>`, plus detail lines on stderr (docs/performance.md, "Import").
# Cleans its 2 GiB files on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
COEXIST_CACHE=${COEXIST_CACHE:-$HOME/.cache/coexist}
WORK=${BENCH_DIR:-$COEXIST_CACHE/bench-import}
ROUNDS=${BENCH_ROUNDS:-3}
SIZE=${BENCH_SIZE:-2G}
for tool in qemu-img openssl java; do
  command -v "$tool" >/dev/null || { echo "bench: $tool missing: run bash hack/install-deps.sh" >&2; exit 1; }
done
mkdir -p "$WORK"
SERVER_PID=
cleanup() {
  [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null || true
  rm -f "$WORK"/src.raw "$WORK"/src.qcow2 "$WORK"/base.raw "$WORK"/imp.img "$WORK"/port "$WORK"/port.tmp "$WORK"/result.json "$WORK"/import.log \
    "$WORK"/train.qcow2 "$WORK"/train.img "$WORK"/importer.jsa
  rmdir "$WORK" 2>/dev/null || true
}
trap cleanup EXIT

JAR=$(ls "$ROOT"/cdi-importer/target/cdi-importer-*.jar 2>/dev/null | grep -v -- '-sources' | head -1 || true)
if [[ -z $JAR || ! -d $ROOT/cdi-importer/target/lib ]]; then
  echo "bench: building cdi-importer" >&2
  ${MVN:-mvn -B} -q -pl cdi-importer -am -DskipTests package >&2
  JAR=$(ls "$ROOT"/cdi-importer/target/cdi-importer-*.jar | head -1)
fi

echo "bench: making a $SIZE qcow2 of random data in $WORK" >&2
# AES-CTR keystream: random-looking, much faster than /dev/urandom
{ openssl enc -aes-128-ctr -pass pass:coexist-bench -nosalt -pbkdf2 </dev/zero 2>/dev/null || true; } \
  | head -c "$SIZE" >"$WORK/src.raw"
qemu-img convert -f raw -O qcow2 "$WORK/src.raw" "$WORK/src.qcow2"
rm -f "$WORK/src.raw"
CHECKSUM=sha256:$(sha256sum "$WORK/src.qcow2" | cut -d' ' -f1)
sync

rm -f "$WORK/port" "$WORK/port.tmp"
java "$ROOT/bench/FileServer.java" "$WORK" "$WORK/port" >&2 &
SERVER_PID=$!
for _ in $(seq 1 100); do [[ -f $WORK/port ]] && break; sleep 0.1; done
[[ -f $WORK/port ]] || { echo "bench: the file server did not start" >&2; exit 1; }
URL=http://127.0.0.1:$(cat "$WORK/port")/src.qcow2

JAVA_OPTS=()
if [[ ${BENCH_CDS:-1} != 0 ]]; then
  # An AppCDS archive of the classes a (small, checksummed) import loads, dumped by the same JVM
  # and classpath; not timed, like the image's archive made at `make images`.
  qemu-img create -q -f qcow2 "$WORK/train.qcow2" 16M
  java -XX:ArchiveClassesAtExit="$WORK/importer.jsa" -jar "$JAR" import \
    --url="${URL%/*}/train.qcow2" --dest="$WORK/train.img" \
    --checksum="sha256:$(sha256sum "$WORK/train.qcow2" | cut -d' ' -f1)" >/dev/null 2>"$WORK/import.log" \
    || { cat "$WORK/import.log" >&2; echo "bench: the CDS training import failed" >&2; exit 1; }
  rm -f "$WORK/train.qcow2" "$WORK/train.img"
  [[ -s $WORK/importer.jsa ]] && JAVA_OPTS=(-XX:SharedArchiveFile="$WORK/importer.jsa")
fi

now() { date +%s.%N; }
# import_once ROUND LABEL [--checksum=...]: prints the wall time of one import
import_once() {
  local round=$1 label=$2 t0 t1
  shift 2
  t0=$(now)
  java "${JAVA_OPTS[@]}" -jar "$JAR" import --url="$URL" --dest="$WORK/imp.img" "$@" \
    >"$WORK/result.json" 2>"$WORK/import.log" \
    || { cat "$WORK/import.log" "$WORK/result.json" >&2; echo "bench: import ($label) failed" >&2; exit 1; }
  t1=$(now)
  if [[ $round == 1 ]]; then
    qemu-img compare -q -f raw -F qcow2 "$WORK/imp.img" "$WORK/src.qcow2" \
      || { echo "bench: the imported image ($label) differs from the source" >&2; exit 1; }
  fi
  rm -f "$WORK/imp.img"
  awk "BEGIN{print $t1 - $t0}"
}
min() { awk -v b="$1" -v x="$2" 'BEGIN{print (b == "" || x + 0 < b + 0) ? x : b}'; }
best_base=
best_import=
best_checksum=
for round in $(seq 1 "$ROUNDS"); do
  t0=$(now)
  qemu-img convert -f qcow2 -O raw "$WORK/src.qcow2" "$WORK/base.raw"
  sync "$WORK/base.raw"
  t1=$(now)
  rm -f "$WORK/base.raw"
  base=$(awk "BEGIN{print $t1 - $t0}")
  imp=$(import_once "$round" "no checksum")
  ck=$(import_once "$round" "sha256" --checksum="$CHECKSUM")
  printf 'bench: round %s: qemu-img convert %.2f s, import %.2f s, import with sha256 %.2f s\n' \
    "$round" "$base" "$imp" "$ck" >&2
  best_base=$(min "$best_base" "$base")
  best_import=$(min "$best_import" "$imp")
  best_checksum=$(min "$best_checksum" "$ck")
done
rm -f "$WORK/result.json" "$WORK/import.log"
printf 'bench: best of %s: qemu-img convert %.2f s, import over HTTP %.2f s, with sha256 %.2f s (%s, CDS %s, load %s)\n' \
  "$ROUNDS" "$best_base" "$best_import" "$best_checksum" "$SIZE" "${BENCH_CDS:-1}" "$(cut -d' ' -f1-3 /proc/loadavg)" >&2
awk "BEGIN{printf \"bench.import.ratio=%.2f\\n\", $best_base / $best_import}"
awk "BEGIN{printf \"bench.import.checksum_ratio=%.2f\\n\", $best_base / $best_checksum}"
