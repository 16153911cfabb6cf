/**
 * The operator's validating admission webhook: refuses deleting the HyperConverged CR while
 * workloads exist under {@code uninstallStrategy: BlockUninstallIfWorkloadsExist}. Served over TLS
 * by the operator with a CA and serving certificate it creates at start, registered by it (a
 * ValidatingWebhookConfiguration carrying that CA).
 */
package dev.coexist.operator.webhook;
