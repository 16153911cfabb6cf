package dev.coexist.launcher.runtime;

import dev.coexist.launcher.network.PortPolicy;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a {@link VmiRuntime} needs besides its collaborators.
 *
 * @param privateDir the launcher's private dir (passt sockets and logs)
 * @param ports how guest ports are published
 * @param defaultGrace the grace period when neither the request nor the VMI gives one
 */
public record RuntimeSettings(Path privateDir, PortPolicy ports, Duration defaultGrace) {}
