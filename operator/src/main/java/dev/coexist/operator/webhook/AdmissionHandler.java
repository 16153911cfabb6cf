package dev.coexist.operator.webhook;

import dev.coexist.crds.hco.v1beta1.HyperConverged;
import dev.coexist.crds.hco.v1beta1.HyperConvergedUninstallStrategy;
import dev.coexist.operator.ModelJson;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionRequest;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponseBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReviewBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** Answers an AdmissionReview about deleting a HyperConverged CR. */
public final class AdmissionHandler {

  private static final KubernetesSerialization JSON = ModelJson.SHARED;

  private final Workloads workloads;

  public AdmissionHandler(Workloads workloads) {
    this.workloads = workloads;
  }

  /** The response review (same uid); anything but a HyperConverged DELETE is allowed. */
  public AdmissionReview review(AdmissionReview in) {
    AdmissionRequest req = in.getRequest();
    if (req == null || req.getUid() == null) {
      throw new IllegalArgumentException("request.uid: missing from the AdmissionReview");
    }
    AdmissionResponse response;
    if (!"DELETE".equals(req.getOperation())
        || req.getKind() == null
        || !HyperConverged.KIND.equals(req.getKind().getKind())) {
      response = new AdmissionResponseBuilder().withUid(req.getUid()).withAllowed(true).build();
    } else {
      HyperConvergedUninstallStrategy strategy = null;
      if (req.getOldObject() != null) {
        HyperConverged old = JSON.convertValue(req.getOldObject(), HyperConverged.class);
        strategy = old.getSpec() == null ? null : old.getSpec().getUninstallStrategy();
      }
      UninstallPolicy.Decision d =
          UninstallPolicy.decide(req.getName(), strategy, workloads.list());
      AdmissionResponseBuilder b =
          new AdmissionResponseBuilder().withUid(req.getUid()).withAllowed(d.allowed());
      if (!d.allowed()) {
        b.withStatus(
            new StatusBuilder()
                .withCode(403)
                .withReason("Forbidden")
                .withMessage(d.message())
                .build());
      }
      response = b.build();
    }
    return new AdmissionReviewBuilder()
        .withApiVersion("admission.k8s.io/v1")
        .withKind("AdmissionReview")
        .withResponse(response)
        .build();
  }
}
