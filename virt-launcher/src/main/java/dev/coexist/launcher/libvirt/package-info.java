/**
 * libvirt behind an interface: {@link dev.coexist.launcher.libvirt.LibvirtConnection} (real: {@link
 * dev.coexist.launcher.libvirt.LibvirtJavaConnection} over libvirt-java + JNA) and the launcher's
 * private libvirtd ({@link dev.coexist.launcher.libvirt.PrivateLibvirt}).
 */
package dev.coexist.launcher.libvirt;
