/** What this node offers (KVM or emulation) and the labels that tell the scheduler. */
package dev.coexist.handler.node;
