/**
 * The {@code cdi.kubevirt.io/v1beta1} API: DataVolume and the cluster-scoped CDI CR, with their
 * spec and status types, enums and {@link dev.coexist.crds.cdi.v1beta1.CdiNames}.
 */
package dev.coexist.crds.cdi.v1beta1;
