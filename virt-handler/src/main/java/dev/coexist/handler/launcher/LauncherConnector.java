package dev.coexist.handler.launcher;

import java.nio.file.Path;

/** Opens a client for the launcher whose command socket is at a path. */
@FunctionalInterface
public interface LauncherConnector {
  /** A client for this command socket; connects lazily, per command. */
  LauncherClient connect(Path commandSocket);
}
