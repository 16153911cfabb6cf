/**
 * The virt-handler ↔ virt-launcher protocol: versioned JSON-lines records exchanged over the
 * launcher's command socket ({@link dev.coexist.crds.launcher.LauncherProtocol#COMMAND_SOCKET}).
 *
 * <p>One request per connection: the client writes one {@link
 * dev.coexist.crds.launcher.LauncherRequest} line and reads one {@link
 * dev.coexist.crds.launcher.LauncherResponse} line. A {@code WATCH} request keeps the connection
 * open after its response and the server writes one {@link dev.coexist.crds.launcher.DomainEvent}
 * line per domain lifecycle change until the client closes it. Records only, no I/O.
 */
package dev.coexist.crds.launcher;
