package dev.coexist.operator.subresources;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;

/**
 * The built-in {@code apiregistration.k8s.io/v1} APIService (cluster-scoped), typed for fabric8,
 * whose model jars do not include the aggregator's types.
 */
@Group("apiregistration.k8s.io")
@Version("v1")
@Kind("APIService")
@Plural("apiservices")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ApiService extends CustomResource<ApiService.Spec, ApiService.Status> {
  private static final long serialVersionUID = 1L;

  /**
   * {@code spec}.
   *
   * @param group the API group
   * @param version the version
   * @param service the Service in front of the server
   * @param caBundle base64 PEM CA that signs the serving certificate
   * @param groupPriorityMinimum group priority
   * @param versionPriority version priority within the group
   * @param insecureSkipTLSVerify never set by coexist
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Spec(
      String group,
      String version,
      ServiceReference service,
      String caBundle,
      Integer groupPriorityMinimum,
      Integer versionPriority,
      Boolean insecureSkipTLSVerify) {}

  /**
   * {@code spec.service}.
   *
   * @param namespace the Service's namespace
   * @param name the Service's name
   * @param port the Service port
   */
  public record ServiceReference(String namespace, String name, Integer port) {}

  /**
   * {@code status}.
   *
   * @param conditions {@code Available} and its reason
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Status(List<Condition> conditions) {}

  /**
   * A condition.
   *
   * @param type the type ({@code Available})
   * @param status True/False/Unknown
   * @param reason the reason
   * @param message the message
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Condition(String type, String status, String reason, String message) {}

  /** Whether kube-apiserver reports the APIService Available. */
  public boolean available() {
    return getStatus() != null
        && getStatus().conditions() != null
        && getStatus().conditions().stream()
            .anyMatch(c -> "Available".equals(c.type()) && "True".equals(c.status()));
  }
}
