// olm-verify validates an OLM bundle directory (manifests/ + metadata/) with the Operator
// Framework's own validators (github.com/operator-framework/api), printing every error and
// warning and exiting 1 on any error. Test tooling only (hack/build-olm-verify.sh).
package main

import (
	"fmt"
	"os"

	"github.com/operator-framework/api/pkg/manifests"
	"github.com/operator-framework/api/pkg/validation"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: olm-verify <bundle dir>")
		os.Exit(2)
	}
	bundle, err := manifests.GetBundleFromDir(os.Args[1])
	if err != nil || bundle == nil {
		fmt.Fprintf(os.Stderr, "ERROR reading the bundle: %v\n", err)
		os.Exit(1)
	}
	validators := validation.DefaultBundleValidators.WithValidators(validation.ObjectValidator)
	failed := false
	for _, r := range validators.Validate(bundle.ObjectsToValidate()...) {
		for _, e := range r.Errors {
			fmt.Printf("ERROR %s: %v\n", r.Name, e)
			failed = true
		}
		for _, w := range r.Warnings {
			fmt.Printf("WARN %s: %v\n", r.Name, w)
		}
	}
	if failed {
		os.Exit(1)
	}
	fmt.Printf("bundle %s (%s) is valid\n", bundle.Name, bundle.CSV.GetName())
}
