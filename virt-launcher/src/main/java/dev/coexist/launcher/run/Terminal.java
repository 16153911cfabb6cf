package dev.coexist.launcher.run;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Puts the controlling terminal into raw mode for the console and restores it. */
final class Terminal implements AutoCloseable {
  private final String saved;

  private Terminal(String saved) {
    this.saved = saved;
  }

  /** Raw mode on /dev/tty; {@code null} when there is no terminal to change. */
  static Terminal raw() {
    String saved = stty("-g");
    if (saved == null) {
      return null;
    }
    stty("raw", "-echo");
    return new Terminal(saved.strip());
  }

  private static String stty(String... args) {
    String[] cmd = new String[args.length + 1];
    cmd[0] = "stty";
    System.arraycopy(args, 0, cmd, 1, args.length);
    try {
      Process p = new ProcessBuilder(cmd).redirectInput(new File("/dev/tty")).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  @Override
  public void close() {
    stty(saved);
  }
}
