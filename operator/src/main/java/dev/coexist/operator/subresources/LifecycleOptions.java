package dev.coexist.operator.subresources;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Bodies of the lifecycle subresources, as KubeVirt's {@code v1.*Options} (JSON names kept). */
public final class LifecycleOptions {
  private LifecycleOptions() {}

  /** The dry-run value that makes a request a dry run. */
  public static final String DRY_RUN_ALL = "All";

  /** Every lifecycle body carries KubeVirt's {@code dryRun} list. */
  public interface DryRunnable {
    /** The {@code dryRun} list as sent. */
    List<String> dryRun();

    /** Whether this is a dry run. */
    default boolean isDryRun() {
      return dryRun() != null && dryRun().contains(DRY_RUN_ALL);
    }
  }

  /**
   * {@code StartOptions}.
   *
   * @param paused start the VMI paused
   * @param dryRun {@code ["All"]} for a dry run
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Start(Boolean paused, List<String> dryRun) implements DryRunnable {
    /** No body. */
    public static final Start NONE = new Start(null, null);

    /** Whether the VMI should start paused. */
    public boolean isPaused() {
      return Boolean.TRUE.equals(paused);
    }
  }

  /**
   * {@code StopOptions}.
   *
   * @param gracePeriod a new (shorter) termination grace period in seconds
   * @param dryRun {@code ["All"]} for a dry run
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Stop(Long gracePeriod, List<String> dryRun) implements DryRunnable {
    /** No body. */
    public static final Stop NONE = new Stop(null, null);
  }

  /**
   * {@code RestartOptions}.
   *
   * @param gracePeriodSeconds 0 for a forced restart (the launcher pod is deleted)
   * @param dryRun {@code ["All"]} for a dry run
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Restart(Long gracePeriodSeconds, List<String> dryRun) implements DryRunnable {
    /** No body. */
    public static final Restart NONE = new Restart(null, null);
  }

  /**
   * {@code PauseOptions}/{@code UnpauseOptions}: only a dry run flag.
   *
   * @param dryRun {@code ["All"]} for a dry run
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record DryRunOnly(List<String> dryRun) implements DryRunnable {
    /** No body. */
    public static final DryRunOnly NONE = new DryRunOnly(null);
  }
}
