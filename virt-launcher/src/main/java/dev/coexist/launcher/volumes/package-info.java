/**
 * VMI volumes become disk files the domain can use: {@link
 * dev.coexist.launcher.volumes.VolumeResolver} resolves each volume of a VMI to a {@link
 * dev.coexist.launcher.volumes.ResolvedVolume} (path, format, file or block), creating overlays,
 * empty disks and seed images in the launcher's private dir with qemu-img and genisoimage.
 */
package dev.coexist.launcher.volumes;
