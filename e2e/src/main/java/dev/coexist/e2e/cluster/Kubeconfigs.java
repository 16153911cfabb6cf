package dev.coexist.e2e.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Finds the admin kubeconfig of the running test cluster. */
public final class Kubeconfigs {
  private Kubeconfigs() {}

  /**
   * {@code $KUBECONFIG} if set, else what {@code make -s kubeconfig} (hack/kubeconfig.sh) prints.
   *
   * @throws IllegalStateException saying "run make cluster-up" when there is no cluster
   */
  public static Path locate() {
    String env = System.getenv("KUBECONFIG");
    if (env != null && !env.isBlank()) {
      Path path = Path.of(env);
      if (!Files.isReadable(path)) {
        throw new IllegalStateException(
            "KUBECONFIG=" + env + " is not a readable file: unset it and run make cluster-up");
      }
      return path;
    }
    Path script = repoRoot().resolve("hack/kubeconfig.sh");
    return Path.of(run(script));
  }

  /** The repository root: the nearest directory above the working directory with hack/. */
  public static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("hack/kubeconfig.sh"))) {
        return d;
      }
    }
    throw new IllegalStateException(
        "no hack/kubeconfig.sh above " + dir + ": set KUBECONFIG or run the tests from the repo");
  }

  private static String run(Path script) {
    try {
      Process p =
          new ProcessBuilder(script.toString()).redirectError(ProcessBuilder.Redirect.PIPE).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
        throw new IllegalStateException(
            "no test cluster (" + script + ": " + err + "): run make cluster-up");
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("running " + script + ": run make cluster-up", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + script, e);
    }
  }
}
