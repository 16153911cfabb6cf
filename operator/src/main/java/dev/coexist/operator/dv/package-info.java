/**
 * The DataVolume controller (CDI's {@code cdi.kubevirt.io/v1beta1} DataVolume): a target PVC, an
 * importer pod that fills it, and the DataVolume's status. The reconciler is thin; the PVC, the pod
 * and the status are pure functions of what it observes ({@link
 * dev.coexist.operator.dv.ClaimModel}, {@link dev.coexist.operator.dv.ImporterPodModel}, {@link
 * dev.coexist.operator.dv.DvStatusBuilder}).
 */
package dev.coexist.operator.dv;
