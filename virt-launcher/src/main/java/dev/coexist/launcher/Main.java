package dev.coexist.launcher;

import dev.coexist.launcher.run.LauncherConfig;
import dev.coexist.launcher.run.Serve;
import dev.coexist.launcher.run.StandaloneRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Entry point of the coexist virt-launcher binary.
 *
 * <pre>
 *   virt-launcher --version
 *   virt-launcher serve            pod mode, configured by COEXIST_LAUNCHER_* env (LauncherConfig)
 *   virt-launcher run vm.yaml      standalone: boot a VM/VMI, serial console on the terminal
 * </pre>
 */
public final class Main {
  static final String BINARY = "virt-launcher";

  private Main() {}

  /** The version this binary was built as. */
  static String version() {
    Properties props = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("/coexist-" + BINARY + ".properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "coexist-" + BINARY + ".properties missing from the classpath");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the build version", e);
    }
    return props.getProperty("version");
  }

  public static void main(String[] args) throws InterruptedException {
    System.exit(run(args));
  }

  static int run(String[] args) throws InterruptedException {
    if (args.length == 1 && "--version".equals(args[0])) {
      System.out.println(BINARY + " " + version());
      return 0;
    }
    if (args.length == 1 && "serve".equals(args[0])) {
      return new Serve(LauncherConfig.fromEnv(System.getenv())).run();
    }
    if (args.length == 2 && "run".equals(args[0])) {
      String cache =
          System.getenv()
              .getOrDefault(
                  "COEXIST_CACHE",
                  Path.of(System.getProperty("user.home"), ".cache/coexist").toString());
      StandaloneRun run = new StandaloneRun(Path.of("/run/coexist-launcher"), Path.of(cache));
      return run.run(Path.of(args[1]), System.in, System.out, System.err);
    }
    System.err.println("usage: " + BINARY + " --version | serve | run <vm-or-vmi.yaml>");
    return 2;
  }
}
