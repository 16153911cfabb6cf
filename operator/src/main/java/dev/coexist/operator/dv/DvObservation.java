package dev.coexist.operator.dv;

import dev.coexist.crds.cdi.v1beta1.DataVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import java.time.Instant;
import java.util.Optional;

/**
 * Everything a DataVolume's status is computed from in one pass.
 *
 * @param dv the DataVolume as read
 * @param invalid why the spec cannot be imported (a message naming the field), if it cannot
 * @param kind what fills the PVC (null when invalid)
 * @param pvc the target PVC, if it exists
 * @param importer the importer pod's outcome, if the pod exists
 * @param waitingForConsumer the PVC waits for a first consumer (WaitForFirstConsumer)
 * @param progress the running import's progress ("NN.NN%" or "N/A"), if it was read
 * @param now the clock
 */
public record DvObservation(
    DataVolume dv,
    Optional<String> invalid,
    ImporterPodModel.SourceKind kind,
    Optional<PersistentVolumeClaim> pvc,
    Optional<ImporterOutcome> importer,
    boolean waitingForConsumer,
    Optional<String> progress,
    Instant now) {}
