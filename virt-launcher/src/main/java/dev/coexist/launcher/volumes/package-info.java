/**
 * VMI volumes become disk files the domain can use: {@link
 * dev.coexist.launcher.volumes.VolumeResolver} resolves each volume of a VMI to a {@link
 * dev.coexist.launcher.volumes.ResolvedVolume} (path, format, file or block), creating overlays,
 * empty disks (written in Java: {@link dev.coexist.launcher.volumes.Qcow2Layout}, qemu-img only as
 * the fallback) and seed images (genisoimage) in the launcher's private dir.
 */
package dev.coexist.launcher.volumes;
