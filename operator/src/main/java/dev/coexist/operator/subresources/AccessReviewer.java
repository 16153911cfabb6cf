package dev.coexist.operator.subresources;

/**
 * Asks whether a user may do something (a SubjectAccessReview), so RBAC on each subresource holds.
 * {@link KubernetesAccessReviewer} asks the API server.
 */
public interface AccessReviewer {
  /**
   * What is asked.
   *
   * @param group the API group ({@value Discovery#GROUP} unless another group is served here)
   * @param namespace the namespace
   * @param verb the RBAC verb ({@code update}, {@code get})
   * @param version the API version
   * @param resource {@code virtualmachines} or {@code virtualmachineinstances}
   * @param subresource {@code start}, {@code console}, ...
   * @param name the object's name
   */
  record Attributes(
      String group,
      String namespace,
      String verb,
      String version,
      String resource,
      String subresource,
      String name) {

    /** Attributes in group {@value Discovery#GROUP}. */
    public Attributes(
        String namespace,
        String verb,
        String version,
        String resource,
        String subresource,
        String name) {
      this(Discovery.GROUP, namespace, verb, version, resource, subresource, name);
    }
  }

  /**
   * The answer.
   *
   * @param allowed whether RBAC allows it
   * @param reason the authorizer's reason, possibly empty
   */
  record Decision(boolean allowed, String reason) {}

  /** Reviews access of this user. */
  Decision review(UserInfo user, Attributes attributes);
}
