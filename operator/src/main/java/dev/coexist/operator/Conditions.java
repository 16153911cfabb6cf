package dev.coexist.operator;

import dev.coexist.crds.model.Condition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a status's condition list from the previous one: a condition keeps its {@code
 * lastTransitionTime} while its status stays the same, so rewriting an unchanged status is a no-op.
 */
public final class Conditions {

  private final List<Condition> previous;
  private final List<Condition> next = new ArrayList<>();
  private final Instant now;
  private final Long generation;

  /**
   * @param previous the conditions currently in the status (may be null)
   * @param generation the observedGeneration every written condition carries (may be null)
   */
  public Conditions(List<Condition> previous, Instant now, Long generation) {
    this.previous = previous == null ? List.of() : previous;
    this.now = now;
    this.generation = generation;
  }

  /** Sets a condition; the transition time moves only if the status changed. */
  public Conditions set(String type, String status, String reason, String message) {
    Condition c = new Condition(type, status, reason, message);
    c.setObservedGeneration(generation);
    Optional<Condition> old = find(type);
    c.setLastTransitionTime(
        old.filter(o -> Objects.equals(o.getStatus(), status))
            .map(Condition::getLastTransitionTime)
            .orElse(Timestamps.format(now)));
    old.ifPresent(
        o -> {
          c.setLastProbeTime(o.getLastProbeTime());
          c.setLastHeartbeatTime(o.getLastHeartbeatTime());
        });
    next.removeIf(x -> type.equals(x.getType()));
    next.add(c);
    return this;
  }

  /** Keeps a condition this builder does not own (e.g. one written by another component). */
  public Conditions keep(String type) {
    find(type)
        .ifPresent(
            o -> {
              next.removeIf(x -> type.equals(x.getType()));
              next.add(o);
            });
    return this;
  }

  /** The new list, or null when empty (so an absent list stays absent). */
  public List<Condition> build() {
    return next.isEmpty() ? null : List.copyOf(next);
  }

  private Optional<Condition> find(String type) {
    return previous.stream().filter(c -> type.equals(c.getType())).findFirst();
  }
}
