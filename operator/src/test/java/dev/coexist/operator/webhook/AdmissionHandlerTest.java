package dev.coexist.operator.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.crds.hco.v1beta1.HyperConverged;
import dev.coexist.crds.hco.v1beta1.HyperConvergedSpec;
import dev.coexist.crds.hco.v1beta1.HyperConvergedUninstallStrategy;
import io.fabric8.kubernetes.api.model.GroupVersionKindBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionRequestBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReviewBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdmissionHandlerTest {

  /** The fake seam: a fixed inventory. */
  record FixedWorkloads(Inventory inventory) implements Workloads {
    @Override
    public Inventory list() {
      return inventory;
    }
  }

  static AdmissionReview deleteReview(String op, HyperConvergedUninstallStrategy strategy) {
    HyperConverged old = new HyperConverged();
    old.setMetadata(new ObjectMetaBuilder().withName(HyperConverged.SINGLETON_NAME).build());
    HyperConvergedSpec spec = new HyperConvergedSpec();
    spec.setUninstallStrategy(strategy);
    old.setSpec(spec);
    return new AdmissionReviewBuilder()
        .withRequest(
            new AdmissionRequestBuilder()
                .withUid("u-1")
                .withOperation(op)
                .withName(HyperConverged.SINGLETON_NAME)
                .withKind(
                    new GroupVersionKindBuilder()
                        .withGroup(HyperConverged.GROUP)
                        .withVersion(HyperConverged.VERSION)
                        .withKind(HyperConverged.KIND)
                        .build())
                .withOldObject(old)
                .build())
        .build();
  }

  static final AdmissionHandler WITH_VM =
      new AdmissionHandler(
          new FixedWorkloads(new Workloads.Inventory(List.of("ns/vm"), List.of())));

  @Test
  void refusesDeleteWithTheMessageAndTheSameUid() {
    AdmissionReview out = WITH_VM.review(deleteReview("DELETE", null));
    assertThat(out.getApiVersion()).isEqualTo("admission.k8s.io/v1");
    assertThat(out.getResponse().getUid()).isEqualTo("u-1");
    assertThat(out.getResponse().getAllowed()).isFalse();
    assertThat(out.getResponse().getStatus().getCode()).isEqualTo(403);
    assertThat(out.getResponse().getStatus().getMessage()).contains("VirtualMachine ns/vm");
  }

  @Test
  void readsTheStrategyFromTheOldObject() {
    AdmissionReview out =
        WITH_VM.review(deleteReview("DELETE", HyperConvergedUninstallStrategy.REMOVE_WORKLOADS));
    assertThat(out.getResponse().getAllowed()).isTrue();
  }

  @Test
  void otherOperationsPass() {
    assertThat(WITH_VM.review(deleteReview("UPDATE", null)).getResponse().getAllowed()).isTrue();
  }

  @Test
  void reviewWithoutUidIsBadInput() {
    assertThatThrownBy(() -> WITH_VM.review(new AdmissionReview()))
        .hasMessageContaining("request.uid");
  }
}
