package dev.coexist.operator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Entry point of the coexist operator binary. */
public final class Main {
  static final String BINARY = "operator";

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

  public static void main(String[] args) {
    if (args.length == 1 && "--version".equals(args[0])) {
      System.out.println(BINARY + " " + version());
      return;
    }
    if (args.length == 1 && "subresources".equals(args[0])) {
      dev.coexist.operator.subresources.SubresourcesMain.run();
      return;
    }
    System.err.println("usage: " + BINARY + " --version");
    System.exit(2);
  }
}
