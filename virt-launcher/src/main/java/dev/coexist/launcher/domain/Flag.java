package dev.coexist.launcher.domain;

/** An empty marker element such as {@code <acpi/>}, {@code <readonly/>} or {@code <shareable/>}. */
public record Flag() {
  /** The single instance. */
  public static final Flag ON = new Flag();
}
