package dev.coexist.operator.vm;

import java.time.Duration;
import java.util.Optional;

/**
 * What the VM controller does to the VMI in this pass.
 *
 * @param action start (create the VMI), stop (delete it) or nothing
 * @param addStartRequest append a Start state change request (RerunOnFailure restarting a failed
 *     VMI: the request survives the VMI's deletion and starts the next one)
 * @param retryIn when to look again without an event (crash-loop back-off)
 * @param why a short human explanation, for logs
 */
public record RunDecision(
    Action action, boolean addStartRequest, Optional<Duration> retryIn, String why) {

  /** The VMI operation. */
  public enum Action {
    NONE,
    START,
    STOP
  }

  static RunDecision none(String why) {
    return new RunDecision(Action.NONE, false, Optional.empty(), why);
  }

  static RunDecision start(String why) {
    return new RunDecision(Action.START, false, Optional.empty(), why);
  }

  static RunDecision stop(String why) {
    return new RunDecision(Action.STOP, false, Optional.empty(), why);
  }

  static RunDecision waitFor(Duration d, String why) {
    return new RunDecision(Action.NONE, false, Optional.of(d), why);
  }
}
