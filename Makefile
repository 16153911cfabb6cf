# coexist: the one entry point for people and CI. Keep target names stable (see README).
SHELL := /bin/bash
MVN ?= mvn -B
VM ?= docs/examples/vm-tiny.yaml
COEXIST_CACHE ?= $(HOME)/.cache/coexist
export COEXIST_CACHE

.PHONY: help build test unit fmt crds demo run guest-image cluster-up cluster-down kubeconfig images images-upgrade-b deploy import bench demo-local

help:
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s $$'\t'

build: ## compile and package everything, no tests
	$(MVN) -DskipTests package

test: ## all tests: unit (*Test), integration (*IT), e2e — what .ci/run calls
	hack/test.sh

unit: ## fast tests only (*Test)
	$(MVN) -DskipITs verify

fmt: ## format the Java sources
	$(MVN) spotless:apply

crds: ## regenerate deploy/crds/ from the crds module (apply with: kubectl apply --server-side -f deploy/crds/)
	$(MVN) -pl crds -am -DskipTests -Dcoexist.crds.deployDir=$(CURDIR)/deploy/crds process-test-classes

guest-image: ## build the tiny Debian test guest (kernel + busybox initramfs, extlinux qcow2), cached
	hack/guest-image.sh

run: ## boot a VM/VMI YAML locally with no cluster: make run VM=<file>
	hack/run-vm.sh "$(VM)"

demo: ## the demo: local cluster up, coexist installed, vm-tiny Running, its serial output; leaves the cluster up
	hack/demo-cluster.sh

demo-local: ## the same VM with no cluster at all (make run VM=docs/examples/vm-tiny.yaml)
	hack/demo.sh

cluster-up: ## start the local single-node test cluster (built from Kubernetes' Go modules)
	hack/cluster-up.sh

cluster-down: ## stop the test cluster, leaving nothing behind
	hack/cluster-down.sh

kubeconfig: ## print the path of the test cluster's admin kubeconfig
	@hack/kubeconfig.sh

images: ## build coexist's container images without Docker and import them into the node
	hack/images.sh

images-upgrade-b: ## image B of the upgrade e2e (tag upgrade-b, launcher protocol 3; after make images)
	hack/images.sh upgrade-b

deploy: ## install coexist into the cluster of the current KUBECONFIG
	hack/deploy.sh

import: ## import a disk image: make import URL=<url> DEST=<file> [CHECKSUM=sha256:...] [SIZE=2Gi]
	hack/import.sh "$(URL)" "$(DEST)" "$(CHECKSUM)" "$(SIZE)"

bench: ## benchmarks, each printing a ratio against a baseline measured in the same run
	hack/bench.sh
