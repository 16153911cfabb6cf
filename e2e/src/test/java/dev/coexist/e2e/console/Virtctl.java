package dev.coexist.e2e.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** KubeVirt's own virtctl (hack/build-virtctl.sh, cached) against the test cluster. */
public final class Virtctl {
  private final Path repo;
  private final Path kubeconfig;
  private final String namespace;
  private Path binary;

  public Virtctl(Path repo, Path kubeconfig, String namespace) {
    this.repo = repo;
    this.kubeconfig = kubeconfig;
    this.namespace = namespace;
  }

  /** The exit code and combined output of a finished command. */
  public record Result(int code, String output) {}

  Path binary() throws IOException, InterruptedException {
    if (binary == null) {
      Process p =
          new ProcessBuilder(repo.resolve("hack/build-virtctl.sh").toString())
              .directory(repo.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(40, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IllegalStateException("hack/build-virtctl.sh failed: " + out);
      }
      binary = Path.of(out);
    }
    return binary;
  }

  private List<String> command(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(binary().toString());
    cmd.add("--kubeconfig");
    cmd.add(kubeconfig.toString());
    cmd.add("-n");
    cmd.add(namespace);
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Runs to completion (at most two minutes). */
  public Result run(String... args) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("virtctl " + String.join(" ", args) + " hung");
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  /** Starts a long-running command (console, vnc) whose output is collected as it comes. */
  Session start(String... args) throws IOException, InterruptedException {
    return new Session(new ProcessBuilder(command(args)).redirectErrorStream(true).start());
  }

  /** A running virtctl: type into its stdin, read what it printed so far. */
  static final class Session implements AutoCloseable {
    final Process process;
    private final StringBuilder out = new StringBuilder();
    private final OutputStream in;

    Session(Process process) {
      this.process = process;
      this.in = process.getOutputStream();
      Thread t =
          new Thread(
              () -> {
                byte[] buf = new byte[4096];
                try (InputStream s = process.getInputStream()) {
                  int n;
                  while ((n = s.read(buf)) > 0) {
                    synchronized (out) {
                      out.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    }
                  }
                } catch (IOException e) {
                  synchronized (out) {
                    out.append("\n[reading virtctl output failed: ").append(e).append("]\n");
                  }
                }
              },
              "virtctl-output");
      t.setDaemon(true);
      t.start();
    }

    void type(String s) throws IOException {
      in.write(s.getBytes(StandardCharsets.UTF_8));
      in.flush();
    }

    String output() {
      synchronized (out) {
        return out.toString();
      }
    }

    boolean isAlive() {
      return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
