/** Child processes of the launcher (libvirtd, virtlogd, passt, qemu-img): start, await, stop. */
package dev.coexist.launcher.process;
