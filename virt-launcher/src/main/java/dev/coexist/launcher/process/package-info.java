/** Child processes of the launcher (libvirtd, passt, qemu-img): start, await, stop. */
package dev.coexist.launcher.process;
