package dev.coexist.operator.upload;

/**
 * Finds the upload server that receives uploads into a PVC: {@link KubernetesUploadTargets} reads
 * the {@code cdi-upload-<pvc>} pod; tests point at a server on loopback.
 */
public interface UploadTargets {

  /**
   * Where to send the bytes, or why not.
   *
   * @param host the upload server's address (a pod IP), null when not ready
   * @param port its HTTPS port
   * @param problem why there is no target (a sentence for the user), empty when there is one
   */
  record Target(String host, int port, String problem) {
    /** A ready upload server. */
    public static Target at(String host, int port) {
      return new Target(host, port, "");
    }

    /** No upload server ready. */
    public static Target none(String problem) {
      return new Target(null, 0, problem);
    }

    /** Whether there is a ready server. */
    public boolean ready() {
      return host != null;
    }
  }

  /** The target for uploads into {@code namespace/pvc} (blocking: call off the event loop). */
  Target find(String namespace, String pvc);
}
