package dev.coexist.launcher.libvirt;

import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStatus;
import java.util.List;

/** libvirt's numeric {@code virDomainState} and per-state reason codes as protocol values. */
public final class DomainStates {
  private static final List<DomainState> STATES =
      List.of(
          DomainState.NO_STATE,
          DomainState.RUNNING,
          DomainState.BLOCKED,
          DomainState.PAUSED,
          DomainState.SHUTTING_DOWN,
          DomainState.SHUT_OFF,
          DomainState.CRASHED,
          DomainState.PM_SUSPENDED);
  private static final List<String> RUNNING =
      List.of(
          "unknown",
          "booted",
          "migrated",
          "restored",
          "from_snapshot",
          "unpaused",
          "migration_canceled",
          "save_canceled",
          "wakeup",
          "crashed",
          "postcopy",
          "postcopy_failed");
  private static final List<String> PAUSED =
      List.of(
          "unknown",
          "user",
          "migration",
          "save",
          "dump",
          "ioerror",
          "watchdog",
          "from_snapshot",
          "shutting_down",
          "snapshot",
          "crashed",
          "starting_up",
          "postcopy",
          "postcopy_failed",
          "api_error");
  private static final List<String> SHUTOFF =
      List.of(
          "unknown",
          "shutdown",
          "destroyed",
          "crashed",
          "migrated",
          "saved",
          "failed",
          "from_snapshot",
          "daemon");

  private DomainStates() {}

  /** The status for libvirt's {@code (state, reason)} pair. */
  public static DomainStatus of(String name, int state, int reason) {
    DomainState s = state >= 0 && state < STATES.size() ? STATES.get(state) : DomainState.NO_STATE;
    List<String> reasons =
        switch (s) {
          case RUNNING -> RUNNING;
          case PAUSED -> PAUSED;
          case SHUT_OFF -> SHUTOFF;
          case SHUTTING_DOWN -> List.of("unknown", "user");
          case CRASHED -> List.of("unknown", "panicked");
          default -> List.of("unknown");
        };
    String r = reason >= 0 && reason < reasons.size() ? reasons.get(reason) : "unknown";
    return new DomainStatus(name, s, r);
  }
}
