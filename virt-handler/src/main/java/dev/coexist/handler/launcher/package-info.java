/**
 * The handler's own client of the launcher command protocol ({@code dev.coexist.crds.launcher}):
 * where a launcher's sockets are on this node, and how to talk to them.
 */
package dev.coexist.handler.launcher;
