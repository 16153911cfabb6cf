package dev.coexist.handler.vmi;

import dev.coexist.handler.node.Virtualization;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a {@link VmiSyncer} needs besides its collaborators.
 *
 * @param nodeName this node
 * @param podsDir the kubelet pods dir as mounted in the handler
 * @param virtualization the node's KVM/emulation decision, passed to every {@code SYNC}
 * @param launcherStartPoll how often to look for the command socket of a starting launcher whose
 *     socket dir cannot be watched yet
 * @param launcherSocketSafetyPoll how often to look for it anyway while its dir is watched (a
 *     missed notification costs this much, never the VM)
 * @param runningResync how often an active domain is looked at without events (stats, missed
 *     events)
 * @param killMargin extra time after the grace period before the handler kills the domain itself
 */
public record SyncSettings(
    String nodeName,
    Path podsDir,
    Virtualization virtualization,
    Duration launcherStartPoll,
    Duration launcherSocketSafetyPoll,
    Duration runningResync,
    Duration killMargin) {}
