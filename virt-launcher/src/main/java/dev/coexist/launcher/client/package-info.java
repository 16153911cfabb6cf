/**
 * The client side of the launcher protocol ({@code dev.coexist.crds.launcher}). Self-contained
 * (crds + Jackson + JDK only) so that virt-handler can carry a copy: {@link
 * dev.coexist.launcher.client.LauncherClient} and its unix-socket implementation {@link
 * dev.coexist.launcher.client.UnixSocketLauncherClient}.
 */
package dev.coexist.launcher.client;
