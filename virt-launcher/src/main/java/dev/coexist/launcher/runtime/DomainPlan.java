package dev.coexist.launcher.runtime;

import dev.coexist.launcher.network.PasstInterface;
import java.time.Duration;
import java.util.List;

/**
 * Everything needed to start a VMI's domain, computed before anything is started.
 *
 * @param vmiKey {@code namespace/name}, for logs
 * @param domainName the libvirt domain name
 * @param xml the final domain XML
 * @param passt the passt instances the domain's NICs connect to
 * @param grace the VMI's termination grace period, or null
 * @param startPaused the VMI's {@code startStrategy: Paused}
 */
public record DomainPlan(
    String vmiKey,
    String domainName,
    String xml,
    List<PasstInterface> passt,
    Duration grace,
    boolean startPaused) {}
