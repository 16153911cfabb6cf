package dev.coexist.operator.subresources;

import io.fabric8.kubernetes.api.model.ListMeta;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.StatusCauseBuilder;
import io.fabric8.kubernetes.api.model.StatusDetailsBuilder;

/**
 * Kubernetes {@code Status} error bodies in the shape KubeVirt's virt-api writes (apimachinery's
 * {@code errors.New*}): {@code kind: Status}, {@code apiVersion: v1}, {@code status: Failure}, a
 * message, a reason, details naming the resource, and the HTTP code. Pure.
 */
public final class ApiStatus {
  /**
   * The qualified resource of a VirtualMachine in messages ({@code v1.Resource("virtualmachine")}).
   */
  public static final String VM = "virtualmachine";

  /** The qualified resource of a VirtualMachineInstance in messages. */
  public static final String VMI = "virtualmachineinstance";

  /** The group the resources are qualified with in messages. */
  public static final String GROUP = "kubevirt.io";

  private ApiStatus() {}

  /** 404: {@code virtualmachine.kubevirt.io "name" not found}. */
  public static Status notFound(String resource, String name) {
    return base(404, "NotFound", resource + "." + GROUP + " \"" + name + "\" not found")
        .withDetails(
            new StatusDetailsBuilder().withName(name).withGroup(GROUP).withKind(resource).build())
        .build();
  }

  /** 409: {@code Operation cannot be fulfilled on virtualmachine.kubevirt.io "name": why}. */
  public static Status conflict(String resource, String name, String why) {
    return base(
            409,
            "Conflict",
            "Operation cannot be fulfilled on "
                + resource
                + "."
                + GROUP
                + " \""
                + name
                + "\": "
                + why)
        .withDetails(
            new StatusDetailsBuilder().withName(name).withGroup(GROUP).withKind(resource).build())
        .build();
  }

  /** 500: {@code Internal error occurred: why}. */
  public static Status internal(String why) {
    return base(500, "InternalError", "Internal error occurred: " + why)
        .withDetails(
            new StatusDetailsBuilder()
                .withCauses(new StatusCauseBuilder().withMessage(why).build())
                .build())
        .build();
  }

  /** 400 with the message as given. */
  public static Status badRequest(String why) {
    return base(400, "BadRequest", why).build();
  }

  /** 403: {@code resource.group "name" is forbidden: why}. */
  public static Status forbidden(String qualifiedResource, String name, String why) {
    return base(403, "Forbidden", qualifiedResource + " \"" + name + "\" is forbidden: " + why)
        .withDetails(new StatusDetailsBuilder().withName(name).build())
        .build();
  }

  /** 401 with the reason the request was not authenticated. */
  public static Status unauthorized(String why) {
    return base(401, "Unauthorized", why).build();
  }

  /** 404 for a path this server does not serve. */
  public static Status pathNotFound(String path) {
    return base(404, "NotFound", "the server could not find the requested resource: " + path)
        .build();
  }

  /** 405 for a method a path does not accept. */
  public static Status methodNotAllowed(String method, String path) {
    return base(405, "MethodNotAllowed", method + " is not supported on " + path).build();
  }

  private static StatusBuilder base(int code, String reason, String message) {
    return new StatusBuilder()
        .withApiVersion("v1")
        .withKind("Status")
        .withMetadata(new ListMeta())
        .withStatus("Failure")
        .withMessage(message)
        .withReason(reason)
        .withCode(code);
  }
}
