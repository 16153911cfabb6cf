package dev.coexist.importer.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.importer.ImportOutcome;
import dev.coexist.crds.importer.ImportReason;
import dev.coexist.crds.importer.ImporterNames;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import dev.coexist.importer.ImporterConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS sources (CDI's {@code certConfigMap} and {@code insecureSkipVerify}) against a real TLS
 * server on loopback whose certificate is signed by a CA made for the test with openssl.
 */
class HttpsIT {
  private static final char[] PASSWORD = "changeit".toCharArray();

  @TempDir static Path images;
  @TempDir static Path pki;
  @TempDir Path target;

  private static Path raw;
  private static Path caDir;
  private static SSLContext serverTls;

  @BeforeAll
  static void buildImagesAndPki() throws Exception {
    raw = TestImages.sourceRaw(images);
    TestImages.convert(raw, TestImages.Format.QCOW2);
    caDir = Files.createDirectories(pki.resolve("ca-configmap"));
    serverTls = serverContext(makePki());
  }

  /**
   * A CA (its certificate alone in caDir, as a mounted config map) and a server cert for 127.0.0.1.
   */
  private static Path makePki() throws IOException, InterruptedException {
    Path ca = pki.resolve("ca.crt");
    Path caKey = pki.resolve("ca.key");
    TestImages.run(
        List.of(
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=coexist-test-ca",
            "-keyout",
            caKey.toString(),
            "-out",
            ca.toString()));
    Path key = pki.resolve("server.key");
    Path csr = pki.resolve("server.csr");
    TestImages.run(
        List.of(
            "openssl",
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            key.toString(),
            "-out",
            csr.toString()));
    Path ext = Files.writeString(pki.resolve("san.ext"), "subjectAltName=IP:127.0.0.1\n");
    Path crt = pki.resolve("server.crt");
    TestImages.run(
        List.of(
            "openssl",
            "x509",
            "-req",
            "-in",
            csr.toString(),
            "-CA",
            ca.toString(),
            "-CAkey",
            caKey.toString(),
            "-CAcreateserial",
            "-days",
            "1",
            "-extfile",
            ext.toString(),
            "-out",
            crt.toString()));
    Path p12 = pki.resolve("server.p12");
    TestImages.run(
        List.of(
            "openssl",
            "pkcs12",
            "-export",
            "-inkey",
            key.toString(),
            "-in",
            crt.toString(),
            "-passout",
            "pass:" + new String(PASSWORD),
            "-out",
            p12.toString()));
    Files.copy(ca, caDir.resolve("ca.pem"));
    return p12;
  }

  private static SSLContext serverContext(Path p12) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(p12)) {
      store.load(in, PASSWORD);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, PASSWORD);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    return ctx;
  }

  private ImporterTerminationMessage importWith(String url, String... extra) {
    Map<String, String> s = new HashMap<>();
    s.put("IMPORTER_ENDPOINT", url);
    s.put(ImporterConfig.DEST, target.resolve("disk.img").toString());
    for (int i = 0; i < extra.length; i += 2) {
      s.put(extra[i], extra[i + 1]);
    }
    return ImportRunner.standalone(s);
  }

  private void assertImported(ImporterTerminationMessage m) throws Exception {
    assertThat(m.outcome()).as(m.message()).isEqualTo(ImportOutcome.Succeeded);
    assertThat(TestImages.differences(raw, target.resolve("disk.img"))).isEmpty();
  }

  @Test
  void theCaOfTheCertConfigMapIsTrusted() throws Exception {
    try (TestHttpServer s = TestHttpServer.https(images, serverTls)) {
      assertThat(s.url("disk.qcow2")).startsWith("https://");
      assertImported(importWith(s.url("disk.qcow2"), ImporterNames.ENV_CERT_DIR, caDir.toString()));
    }
  }

  @Test
  void anUnknownCaFailsWithAMessageNamingTheFix() throws Exception {
    try (TestHttpServer s = TestHttpServer.https(images, serverTls)) {
      ImporterTerminationMessage m = importWith(s.url("disk.qcow2"));
      assertThat(m.outcome()).isEqualTo(ImportOutcome.Failed);
      assertThat(m.reason()).as(m.message()).isEqualTo(ImportReason.TransferFailed);
      assertThat(m.message()).contains(s.url("disk.qcow2")).containsIgnoringCase("certificate");
      try (Stream<Path> left = Files.list(target)) {
        assertThat(left).as("no disk.img and no temporaries").isEmpty();
      }
    }
  }

  @Test
  void insecureSkipVerifyAcceptsAnyCertificate() throws Exception {
    try (TestHttpServer s = TestHttpServer.https(images, serverTls)) {
      assertImported(importWith(s.url("disk.raw"), ImporterNames.ENV_INSECURE_TLS, "true"));
    }
  }
}
