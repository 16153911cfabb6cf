/**
 * virt-handler's console server on port 8186 (docs/subresources.md, "virt-handler's side"): mutual
 * TLS with the operator's subresource server, VMI actions (pause, unpause, reset, softreboot) sent
 * to the VMI's launcher, and the serial console and VNC relayed between a websocket and the
 * launcher's unix sockets, one session per VMI and stream (a new one takes over).
 */
package dev.coexist.handler.console;
