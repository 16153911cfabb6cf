/**
 * The node's VMI loop: informers scoped to this node feed a keyed work queue; each sync talks to
 * the VMI's launcher and writes the VMI status computed by pure functions.
 */
package dev.coexist.handler.vmi;
