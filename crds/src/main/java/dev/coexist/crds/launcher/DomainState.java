package dev.coexist.crds.launcher;

/** A libvirt domain state ({@code virDomainState}), plus {@link #ABSENT} for no domain at all. */
public enum DomainState {
  /** No domain is defined (nothing synced yet, or it was removed). */
  ABSENT,
  NO_STATE,
  RUNNING,
  BLOCKED,
  PAUSED,
  SHUTTING_DOWN,
  SHUT_OFF,
  CRASHED,
  PM_SUSPENDED
}
