#!/usr/bin/env bash
# Builds KubeVirt's own virtctl from its Go module (kubevirt.io/kubevirt/cmd/virtctl, pinned in
# hack/virtctl/go.mod + go.sum with KubeVirt's k8s.io replace lines) into the cache, for the
# virtctl compatibility tests. Prints the binary's path. Rebuilt when go.mod/go.sum change.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="${COEXIST_CACHE:-$HOME/.cache/coexist}"
version="$(grep -oE 'kubevirt.io/kubevirt v[^ ]+' "$here/virtctl/go.mod" | head -1 | awk '{print $2}')"
out="$cache/virtctl/$version"
# Without a stamped version virtctl prints "failed to validate metadata: $Format:%h$ is not a valid
# semver identifier" before every command.
ldflags="-X kubevirt.io/client-go/version.gitVersion=$version -X kubevirt.io/client-go/version.gitTreeState=clean"
stamp="$( (cat "$here/virtctl/go.mod" "$here/virtctl/go.sum"; echo "$ldflags") | sha256sum | cut -d' ' -f1)"
if [[ -x $out/virtctl && -f $out/STAMP && "$(cat "$out/STAMP")" == "$stamp" ]]; then
  echo "$out/virtctl"
  exit 0
fi
mkdir -p "$out" "$cache/go/path" "$cache/go/mod" "$cache/go/build"
export GOPATH="$cache/go/path" GOMODCACHE="$cache/go/mod" GOCACHE="$cache/go/build" CGO_ENABLED=0
cd "$here/virtctl"
start=$(date +%s)
nice go build -mod=mod -trimpath -ldflags "$ldflags" -o "$out/virtctl.tmp" kubevirt.io/kubevirt/cmd/virtctl
mv "$out/virtctl.tmp" "$out/virtctl"
echo "$stamp" > "$out/STAMP"
echo "built virtctl $version in $(( $(date +%s) - start ))s" >&2
echo "$out/virtctl"
