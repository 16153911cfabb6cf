package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.kubernetes.api.model.ExecAction;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.TCPSocketAction;
import java.util.Objects;

/** A readiness or liveness probe; exactly one of httpGet, tcpSocket, exec or guestAgentPing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Probe extends ExtensibleObject {

  /** An HTTP GET against the guest's IP. */
  @JsonPropertyDescription("An HTTP GET against the guest's IP.")
  private HTTPGetAction httpGet;

  /** A TCP connect to the guest's IP. */
  @JsonPropertyDescription("A TCP connect to the guest's IP.")
  private TCPSocketAction tcpSocket;

  /** A command run in the guest through the guest agent. */
  @JsonPropertyDescription("A command run in the guest through the guest agent.")
  private ExecAction exec;

  /** A guest-agent ping. */
  @JsonPropertyDescription("A guest-agent ping.")
  private GuestAgentPing guestAgentPing;

  /** Seconds after start before the first probe. */
  @JsonPropertyDescription("Seconds after start before the first probe.")
  private Integer initialDelaySeconds;

  /** Seconds after which a probe times out (1 if empty). */
  @JsonPropertyDescription("Seconds after which a probe times out (1 if empty).")
  private Integer timeoutSeconds;

  /** Seconds between probes (10 if empty). */
  @JsonPropertyDescription("Seconds between probes (10 if empty).")
  private Integer periodSeconds;

  /** Consecutive successes needed after a failure (1 if empty). */
  @JsonPropertyDescription("Consecutive successes needed after a failure (1 if empty).")
  private Integer successThreshold;

  /** Consecutive failures needed to fail (3 if empty). */
  @JsonPropertyDescription("Consecutive failures needed to fail (3 if empty).")
  private Integer failureThreshold;

  public HTTPGetAction getHttpGet() {
    return httpGet;
  }

  public void setHttpGet(HTTPGetAction httpGet) {
    this.httpGet = httpGet;
  }

  public TCPSocketAction getTcpSocket() {
    return tcpSocket;
  }

  public void setTcpSocket(TCPSocketAction tcpSocket) {
    this.tcpSocket = tcpSocket;
  }

  public ExecAction getExec() {
    return exec;
  }

  public void setExec(ExecAction exec) {
    this.exec = exec;
  }

  public GuestAgentPing getGuestAgentPing() {
    return guestAgentPing;
  }

  public void setGuestAgentPing(GuestAgentPing guestAgentPing) {
    this.guestAgentPing = guestAgentPing;
  }

  public Integer getInitialDelaySeconds() {
    return initialDelaySeconds;
  }

  public void setInitialDelaySeconds(Integer initialDelaySeconds) {
    this.initialDelaySeconds = initialDelaySeconds;
  }

  public Integer getTimeoutSeconds() {
    return timeoutSeconds;
  }

  public void setTimeoutSeconds(Integer timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
  }

  public Integer getPeriodSeconds() {
    return periodSeconds;
  }

  public void setPeriodSeconds(Integer periodSeconds) {
    this.periodSeconds = periodSeconds;
  }

  public Integer getSuccessThreshold() {
    return successThreshold;
  }

  public void setSuccessThreshold(Integer successThreshold) {
    this.successThreshold = successThreshold;
  }

  public Integer getFailureThreshold() {
    return failureThreshold;
  }

  public void setFailureThreshold(Integer failureThreshold) {
    this.failureThreshold = failureThreshold;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Probe that = (Probe) o;
    return Objects.equals(httpGet, that.httpGet)
        && Objects.equals(tcpSocket, that.tcpSocket)
        && Objects.equals(exec, that.exec)
        && Objects.equals(guestAgentPing, that.guestAgentPing)
        && Objects.equals(initialDelaySeconds, that.initialDelaySeconds)
        && Objects.equals(timeoutSeconds, that.timeoutSeconds)
        && Objects.equals(periodSeconds, that.periodSeconds)
        && Objects.equals(successThreshold, that.successThreshold)
        && Objects.equals(failureThreshold, that.failureThreshold);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        httpGet,
        tcpSocket,
        exec,
        guestAgentPing,
        initialDelaySeconds,
        timeoutSeconds,
        periodSeconds,
        successThreshold,
        failureThreshold);
  }
}
