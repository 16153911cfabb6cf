package dev.coexist.handler.vmi;

import dev.coexist.handler.node.Virtualization;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Instant;
import java.util.Optional;

/**
 * Everything besides the VMI that its status is computed from.
 *
 * @param nodeName this node
 * @param pod the VMI's launcher pod, if it exists
 * @param observation what the launcher reported
 * @param virtualization the node's KVM/emulation decision
 * @param now the time of this sync (for transition timestamps)
 */
public record StatusInputs(
    String nodeName,
    Optional<Pod> pod,
    Observation observation,
    Virtualization virtualization,
    Instant now) {}
