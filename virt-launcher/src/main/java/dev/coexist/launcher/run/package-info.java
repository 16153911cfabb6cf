/**
 * The launcher's two modes: {@code serve} (in a pod, driven by virt-handler over the command
 * socket) and {@code run} (standalone: a VM or VMI YAML file booted with the serial console on the
 * terminal), plus the configuration record parsed in {@code Main}.
 */
package dev.coexist.launcher.run;
