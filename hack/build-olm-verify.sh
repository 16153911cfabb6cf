#!/usr/bin/env bash
# Builds the OLM bundle validator (hack/olm-verify: a small main over the Operator Framework's own
# github.com/operator-framework/api/pkg/validation, pinned in go.mod + go.sum) into the cache, for
# OlmBundleIT. Test tooling only. Prints the binary's path. Rebuilt when its sources change.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="${COEXIST_CACHE:-$HOME/.cache/coexist}"
version="$(grep -oE 'github.com/operator-framework/api v[^ ]+' "$here/olm-verify/go.mod" | head -1 | awk '{print $2}')"
out="$cache/olm-verify/$version"
stamp="$(cat "$here/olm-verify/go.mod" "$here/olm-verify/go.sum" "$here/olm-verify/main.go" | sha256sum | cut -d' ' -f1)"
if [[ -x $out/olm-verify && -f $out/STAMP && "$(cat "$out/STAMP")" == "$stamp" ]]; then
  echo "$out/olm-verify"
  exit 0
fi
command -v go >/dev/null || { echo "error: go not found (hack/install-deps.sh installs it)" >&2; exit 1; }
mkdir -p "$out" "$cache/go/path" "$cache/go/mod" "$cache/go/build"
export GOPATH="$cache/go/path" GOMODCACHE="$cache/go/mod" GOCACHE="$cache/go/build" CGO_ENABLED=0
cd "$here/olm-verify"
start=$(date +%s)
nice go build -mod=mod -trimpath -o "$out/olm-verify.tmp" .
mv "$out/olm-verify.tmp" "$out/olm-verify"
echo "$stamp" > "$out/STAMP"
echo "built olm-verify ($version) in $(( $(date +%s) - start ))s" >&2
echo "$out/olm-verify"
