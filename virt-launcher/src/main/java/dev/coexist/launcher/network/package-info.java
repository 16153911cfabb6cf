/**
 * Pod networking through passt. Debian 12's libvirt 9.0 is built with its passt backend disabled
 * ({@code <backend type='passt'/>} is rejected), so the launcher runs passt itself and attaches the
 * NIC with QEMU's {@code -netdev stream}: {@link dev.coexist.launcher.network.PasstAdapter}
 * rewrites such interfaces of the converter's domain model, {@link
 * dev.coexist.launcher.network.PasstProcess} runs one passt per interface.
 */
package dev.coexist.launcher.network;
