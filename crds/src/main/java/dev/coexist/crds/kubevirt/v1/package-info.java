/**
 * The {@code kubevirt.io/v1} API: VirtualMachine, VirtualMachineInstance,
 * VirtualMachineInstanceMigration and KubeVirt, with their spec and status types, enums and the
 * names/labels helper {@link dev.coexist.crds.kubevirt.v1.KubevirtNames}.
 */
package dev.coexist.crds.kubevirt.v1;
