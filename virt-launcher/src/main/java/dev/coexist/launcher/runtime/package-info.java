/**
 * The launcher's core: {@link dev.coexist.launcher.runtime.VmiRuntime} turns a VMI into a running
 * domain (volumes, conversion, passt, libvirt) and serves the protocol's commands as a {@link
 * dev.coexist.launcher.runtime.LauncherService}.
 */
package dev.coexist.launcher.runtime;
