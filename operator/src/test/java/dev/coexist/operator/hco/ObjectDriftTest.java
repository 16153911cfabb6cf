package dev.coexist.operator.hco;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectDriftTest {
  private static final ObjectMapper M = new ObjectMapper();
  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private static JsonNode j(String json) throws Exception {
    return M.readTree(json.replace('\'', '"'));
  }

  @Test
  void defaultsAddedByTheApiServerStillCover() throws Exception {
    JsonNode desired = j("{'spec':{'ports':[{'port':443,'name':'https'}]}}");
    JsonNode stored =
        j(
            "{'spec':{'clusterIP':'10.0.0.1','ports':[{'port':443,'name':'https',"
                + "'protocol':'TCP','targetPort':8443}],'type':'ClusterIP'}}");
    assertThat(ObjectDrift.covers(stored, desired)).isTrue();
  }

  @Test
  void aChangedValueOrAnAddedListElementDoesNotCover() throws Exception {
    JsonNode desired = j("{'env':[{'name':'A','value':'1'}],'n':15}");
    assertThat(ObjectDrift.covers(j("{'env':[{'name':'A','value':'2'}],'n':15}"), desired))
        .isFalse();
    assertThat(
            ObjectDrift.covers(
                j("{'env':[{'name':'A','value':'1'},{'name':'B','value':'x'}],'n':15}"), desired))
        .isFalse();
    assertThat(ObjectDrift.covers(j("{'env':[{'name':'A','value':'1'}],'n':16}"), desired))
        .isFalse();
    assertThat(ObjectDrift.covers(j("{'env':[{'name':'A','value':'1'}],'n':15.0}"), desired))
        .as("numbers compare by value")
        .isTrue();
  }

  @Test
  void overlayReplacesListsAndKeepsAssignedFields() throws Exception {
    JsonNode stored = j("{'spec':{'clusterIP':'10.0.0.1','ports':[{'port':1},{'port':2}]}}");
    JsonNode desired = j("{'spec':{'ports':[{'port':443}]}}");
    assertThat(ObjectDrift.overlay(stored, desired))
        .isEqualTo(j("{'spec':{'clusterIP':'10.0.0.1','ports':[{'port':443}]}}"));
  }

  @Test
  void classifyTellsOutOfBandEditsFromNewDesiredStates() {
    DaemonSet desired = HandlerModelTest.daemonSet(false);
    assertThat(ObjectDrift.classify(desired, null)).isEqualTo(Drift.Action.CREATE);

    DaemonSet stored = JSON.clone(desired);
    stored
        .getMetadata()
        .setAnnotations(Map.of(OperandModel.ANNOTATION_SPEC_HASH, ObjectDrift.hash(desired)));
    assertThat(ObjectDrift.classify(desired, stored)).isEqualTo(Drift.Action.NONE);

    DaemonSet edited = JSON.clone(stored);
    edited.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("evil:1");
    assertThat(ObjectDrift.classify(desired, edited)).isEqualTo(Drift.Action.REVERT_OUT_OF_BAND);

    DaemonSet wantsEmulation = HandlerModelTest.daemonSet(true);
    assertThat(ObjectDrift.classify(wantsEmulation, stored)).isEqualTo(Drift.Action.UPDATE);
  }
}
