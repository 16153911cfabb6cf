package dev.coexist.launcher.libvirt;

/** A libvirt call failed; the message names the operation and the domain. */
public class LibvirtFailure extends RuntimeException {
  public LibvirtFailure(String message, Throwable cause) {
    super(message, cause);
  }

  public LibvirtFailure(String message) {
    super(message);
  }
}
