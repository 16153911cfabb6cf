//go:build tools

// Package tools pins KubeVirt's virtctl (built by hack/build-virtctl.sh) as a dependency of this
// module, so go.sum records it.
package tools

import _ "kubevirt.io/kubevirt/cmd/virtctl"
