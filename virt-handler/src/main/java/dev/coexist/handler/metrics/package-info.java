/** Prometheus metrics of the handler and of the VMIs on its node (KubeVirt's names). */
package dev.coexist.handler.metrics;
