package dev.coexist.operator.subresources;

import io.fabric8.kubernetes.api.model.Status;

/**
 * An answer of the subresource API.
 *
 * @param code the HTTP status
 * @param json a body serialized as JSON, or null
 * @param text a plain-text body (KubeVirt answers some errors as text), or null
 */
public record ApiResponse(int code, Object json, String text) {
  /** A Status error. */
  public static ApiResponse of(Status status) {
    return new ApiResponse(status.getCode(), status, null);
  }

  /** A JSON body. */
  public static ApiResponse json(int code, Object body) {
    return new ApiResponse(code, body, null);
  }

  /** No body. */
  public static ApiResponse empty(int code) {
    return new ApiResponse(code, null, null);
  }

  /** A plain-text body. */
  public static ApiResponse text(int code, String text) {
    return new ApiResponse(code, null, text);
  }
}
