package dev.coexist.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Entry point of the coexist cdi-importer binary. */
public final class Main {
  static final String BINARY = "cdi-importer";

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
    System.err.println("usage: " + BINARY + " --version");
    System.exit(2);
  }
}
