package dev.coexist.launcher.libvirt;

/** How a launcher keeps its libvirtd apart from other launchers' on the same machine. */
public enum Isolation {
  /**
   * The launcher runs in its own container: libvirt's fixed paths ({@code /etc/libvirt}, {@code
   * /run/libvirt}, {@code /var/lib/libvirt}, ...) are already private, and the launcher writes its
   * qemu.conf to {@code /etc/libvirt/qemu.conf}. The pod mode.
   */
  CONTAINER,
  /**
   * Many launchers share one host (standalone {@code run}, tests): libvirtd runs in a private mount
   * namespace where those fixed paths are bind mounts of the launcher's private dir. Needs
   * CAP_SYS_ADMIN (root).
   */
  MOUNT_NAMESPACE
}
