package dev.coexist.operator.subresources;

import io.fabric8.kubernetes.api.model.authorization.v1.ResourceAttributesBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Optional;

/** {@link AccessReviewer} through the API server's SubjectAccessReview. */
public final class KubernetesAccessReviewer implements AccessReviewer {
  private final KubernetesClient client;

  /** Uses this client (needs {@code create} on {@code subjectaccessreviews}). */
  public KubernetesAccessReviewer(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public Decision review(UserInfo user, Attributes a) {
    SubjectAccessReview sar =
        new SubjectAccessReviewBuilder()
            .withNewSpec()
            .withUser(user.name())
            .withGroups(user.groups())
            .withExtra(user.extra())
            .withResourceAttributes(
                new ResourceAttributesBuilder()
                    .withNamespace(a.namespace())
                    .withVerb(a.verb())
                    .withGroup(a.group())
                    .withVersion(a.version())
                    .withResource(a.resource())
                    .withSubresource(emptyToNull(a.subresource()))
                    .withName(emptyToNull(a.name()))
                    .build())
            .endSpec()
            .build();
    SubjectAccessReview result = client.authorization().v1().subjectAccessReview().create(sar);
    boolean allowed =
        Optional.ofNullable(result.getStatus())
            .map(s -> Boolean.TRUE.equals(s.getAllowed()))
            .orElse(false);
    String reason = Optional.ofNullable(result.getStatus()).map(s -> s.getReason()).orElse("");
    return new Decision(allowed, reason == null ? "" : reason);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
