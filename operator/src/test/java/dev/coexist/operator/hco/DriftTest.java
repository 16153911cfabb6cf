package dev.coexist.operator.hco;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.KubeVirt;
import dev.coexist.crds.kubevirt.v1.KubeVirtSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriftTest {

  static final KubeVirt DESIRED =
      OperandModel.kubeVirt(OperandModelTest.hco(null), OperandModelTest.EMULATION);

  static KubeVirt actual(boolean useEmulation, String stampedHash) {
    KubeVirt kv = OperandModel.kubeVirt(OperandModelTest.hco(null), OperandModelTest.EMULATION);
    kv.getSpec().getConfiguration().getDeveloperConfiguration().setUseEmulation(useEmulation);
    if (stampedHash != null) {
      kv.getMetadata().setAnnotations(Map.of(OperandModel.ANNOTATION_SPEC_HASH, stampedHash));
    }
    return kv;
  }

  static Drift.Action classify(KubeVirt actual) {
    return Drift.classify(DESIRED.getSpec(), actual, actual == null ? null : actual.getSpec());
  }

  @Test
  void missingIsCreated() {
    assertThat(classify(null)).isEqualTo(Drift.Action.CREATE);
  }

  @Test
  void asDesiredAndStampedIsLeftAlone() {
    assertThat(classify(actual(true, Drift.hash(DESIRED.getSpec())))).isEqualTo(Drift.Action.NONE);
  }

  @Test
  void editedWhileCarryingTheDesiredHashIsOutOfBand() {
    assertThat(classify(actual(false, Drift.hash(DESIRED.getSpec()))))
        .isEqualTo(Drift.Action.REVERT_OUT_OF_BAND);
  }

  @Test
  void differentBecauseTheHyperConvergedChangedIsAnUpdate() {
    KubeVirtSpec older = actual(false, null).getSpec();
    assertThat(classify(actual(false, Drift.hash(older)))).isEqualTo(Drift.Action.UPDATE);
    assertThat(classify(actual(true, null))).isEqualTo(Drift.Action.UPDATE);
  }

  @Test
  void hashIsStableAndSpecSensitive() {
    assertThat(Drift.hash(DESIRED.getSpec())).isEqualTo(Drift.hash(actual(true, null).getSpec()));
    assertThat(Drift.hash(DESIRED.getSpec()))
        .isNotEqualTo(Drift.hash(actual(false, null).getSpec()));
  }
}
