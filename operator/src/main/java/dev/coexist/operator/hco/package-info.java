/**
 * The HyperConverged controller: derives the KubeVirt and CDI CRs from the singleton HyperConverged
 * CR, keeps them as derived (reverting out-of-band edits), writes their statuses from what actually
 * runs, and aggregates the worst component state into the HyperConverged status. Rules are pure
 * functions ({@link dev.coexist.operator.hco.OperandModel}, {@link dev.coexist.operator.hco.Drift},
 * {@link dev.coexist.operator.hco.ComponentStatuses}, {@link
 * dev.coexist.operator.hco.HcoStatusBuilder}); {@link
 * dev.coexist.operator.hco.HyperConvergedReconciler} does the I/O.
 */
package dev.coexist.operator.hco;
