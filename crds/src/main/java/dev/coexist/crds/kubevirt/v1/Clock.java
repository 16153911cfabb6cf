package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** The guest clock. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Clock extends ExtensibleObject {

  /** Keep the guest clock in UTC, optionally offset. */
  @JsonPropertyDescription("Keep the guest clock in UTC, optionally offset.")
  private ClockOffsetUtc utc;

  /** Keep the guest clock in this timezone, e.g. Europe/Berlin. */
  @JsonPropertyDescription("Keep the guest clock in this timezone, e.g. Europe/Berlin.")
  private String timezone;

  /** Timers: hpet, kvm, pit, rtc, hyperv (kept as written). */
  @JsonPropertyDescription("Timers: hpet, kvm, pit, rtc, hyperv (kept as written).")
  @PreserveUnknownFields
  private OpenObject timer;

  public ClockOffsetUtc getUtc() {
    return utc;
  }

  public void setUtc(ClockOffsetUtc utc) {
    this.utc = utc;
  }

  public String getTimezone() {
    return timezone;
  }

  public void setTimezone(String timezone) {
    this.timezone = timezone;
  }

  public OpenObject getTimer() {
    return timer;
  }

  public void setTimer(OpenObject timer) {
    this.timer = timer;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Clock that = (Clock) o;
    return Objects.equals(utc, that.utc)
        && Objects.equals(timezone, that.timezone)
        && Objects.equals(timer, that.timer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), utc, timezone, timer);
  }
}
