package dev.coexist.launcher.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs libvirt's {@code virt-xml-validate FILE domain} (the Relax-NG schema of the installed
 * libvirt) on domain XML. A missing tool fails loudly with how to install it; it is never skipped.
 */
public final class VirtXmlValidate {
  private static final Path TOOL = Path.of("/usr/bin/virt-xml-validate");

  private VirtXmlValidate() {}

  /** The validator's verdict: exit code and combined output. */
  public record Result(int exitCode, String output) {
    public boolean valid() {
      return exitCode == 0;
    }
  }

  /** Validates the XML text against libvirt's domain schema. */
  public static Result validate(String xml) throws IOException, InterruptedException {
    Path file = Files.createTempFile("coexist-domain-", ".xml");
    try {
      Files.writeString(file, xml, StandardCharsets.UTF_8);
      return validate(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Validates an XML file against libvirt's domain schema. */
  public static Result validate(Path file) throws IOException, InterruptedException {
    if (!Files.isExecutable(TOOL) || !Files.isExecutable(Path.of("/usr/bin/xmllint"))) {
      throw new IllegalStateException(
          "virt-xml-validate and xmllint are required to validate domain XML: run"
              + " hack/install-deps.sh (apt-get install libvirt-clients libxml2-utils)");
    }
    Process p =
        new ProcessBuilder(TOOL.toString(), file.toString(), "domain")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("virt-xml-validate did not finish within 30 s: " + out);
    }
    return new Result(p.exitValue(), out);
  }
}
