/** The {@code hco.kubevirt.io/v1beta1} API: HyperConverged, its spec highlights and status. */
package dev.coexist.crds.hco.v1beta1;
