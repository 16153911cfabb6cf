package dev.coexist.importer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.importer.ImportOutcome;
import dev.coexist.crds.importer.ImportReason;
import dev.coexist.crds.importer.ImporterNames;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import dev.coexist.crds.importer.UploadNames;
import dev.coexist.importer.process.ProgressListener;
import dev.coexist.importer.process.QemuImg;
import dev.coexist.importer.upload.UploadServer;
import dev.coexist.importer.upload.UploadServerConfig;
import dev.coexist.importer.upload.UploadTls;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upload server on loopback: real TLS (an openssl CA, a server certificate and the proxy's
 * client certificate, EC P-256, PKCS#8 keys as the operator writes them), real qemu-img. A qcow2
 * upload becomes a raw disk.img identical to the source; a truncated upload leaves nothing and the
 * server ready for the retry; one upload at a time; no client certificate → 401.
 */
class UploadServerIT {
  private static final char[] NONE = new char[0];

  @TempDir static Path images;
  @TempDir static Path pki;
  @TempDir Path data;

  private static Path raw;
  private static Path qcow2;
  private static SSLContext proxyTls;
  private static SSLContext anonymousTls;

  private UploadServer server;

  @BeforeAll
  static void buildImagesAndPki() throws Exception {
    raw = TestImages.sourceRaw(images);
    qcow2 = TestImages.convert(raw, TestImages.Format.QCOW2);
    Path ca = issue("ca", "/CN=coexist-upload-test-ca", null, null);
    issue("tls", "/CN=cdi-upload-test", ca, "subjectAltName=IP:127.0.0.1");
    issue("client", "/CN=" + UploadNames.DEFAULT_CLIENT_NAME, ca, "extendedKeyUsage=clientAuth");
    Files.copy(ca, pki.resolve(UploadNames.CLIENT_CA));
    proxyTls = clientContext(true);
    anonymousTls = clientContext(false);
  }

  /** openssl: an EC key (PKCS#8) and a certificate, self-signed when {@code ca} is null. */
  private static Path issue(String name, String subject, Path ca, String ext) throws Exception {
    Path key = pki.resolve(name + ".key");
    Path crt = pki.resolve(name + ".crt");
    TestImages.run(
        List.of(
            "openssl",
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-out",
            key.toString()));
    if (ca == null) {
      TestImages.run(
          List.of(
              "openssl",
              "req",
              "-x509",
              "-new",
              "-key",
              key.toString(),
              "-days",
              "1",
              "-subj",
              subject,
              "-out",
              crt.toString()));
      return crt;
    }
    Path csr = pki.resolve(name + ".csr");
    TestImages.run(
        List.of(
            "openssl",
            "req",
            "-new",
            "-key",
            key.toString(),
            "-subj",
            subject,
            "-out",
            csr.toString()));
    Path extFile = Files.writeString(pki.resolve(name + ".ext"), ext + "\n");
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
            pki.resolve("ca.key").toString(),
            "-CAcreateserial",
            "-days",
            "1",
            "-extfile",
            extFile.toString(),
            "-out",
            crt.toString()));
    return crt;
  }

  private static SSLContext clientContext(boolean withCertificate) throws Exception {
    KeyManagerFactory kmf = null;
    if (withCertificate) {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      keys.setKeyEntry(
          "client",
          UploadTls.pkcs8Key(pki.resolve("client.key")),
          NONE,
          UploadTls.certificates(pki.resolve("client.crt")).toArray(new Certificate[0]));
      kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keys, NONE);
    }
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("ca", UploadTls.certificates(pki.resolve("ca.crt")).get(0));
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    return ctx;
  }

  @BeforeEach
  void startServer() throws Exception {
    UploadServerConfig config =
        UploadServerConfig.parse(
            Map.of(
                ImporterNames.ENV_DATA_DIR, data.toString(),
                ImporterNames.ENV_IMAGE_SIZE, "64Mi",
                ImporterNames.ENV_FILESYSTEM_OVERHEAD, "0",
                ImporterNames.ENV_TERMINATION_LOG, "",
                UploadNames.ENV_CERT_DIR, pki.toString()));
    server =
        UploadServer.start(
            "127.0.0.1",
            0,
            UploadTls.serverContext(config.certDir()),
            config.clientName(),
            config.job(),
            ProgressListener.none(),
            new QemuImg("qemu-img"),
            Clock.systemUTC());
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private HttpResponse<String> post(SSLContext tls, String path, Path file) throws Exception {
    HttpClient c = HttpClient.newBuilder().sslContext(tls).build();
    return c.send(
        HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofFile(file))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private List<String> filesInData() throws Exception {
    try (Stream<Path> s = Files.list(data)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aSyncUploadOfQcow2BecomesTheRawDiskAndTheServerCompletes() throws Exception {
    HttpResponse<String> r = post(proxyTls, UploadNames.SYNC_PATH, qcow2);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("qcow2");
    ImporterTerminationMessage m = server.completion().get(2, TimeUnit.MINUTES);
    assertThat(m.outcome()).isEqualTo(ImportOutcome.Succeeded);
    assertThat(m.format()).isEqualTo("qcow2");
    assertThat(filesInData()).containsExactly("disk.img");
    assertThat(Files.size(data.resolve("disk.img"))).isEqualTo(64L << 20);
    Path cut = data.resolve("disk.img").resolveSibling("cut.raw");
    try (var in = Files.newInputStream(data.resolve("disk.img"))) {
      Files.write(cut, in.readNBytes((int) TestImages.SIZE));
    }
    assertThat(TestImages.differences(raw, cut)).isEmpty();
    assertThat(server.state()).isEqualTo(UploadServer.State.DONE);
    assertThat(post(proxyTls, UploadNames.SYNC_PATH, qcow2).statusCode()).isEqualTo(409);
  }

  @Test
  void anAsyncUploadAnswersWhenReceivedAndCompletesLater() throws Exception {
    Path gz = TestImages.compress(raw, TestImages.Compressor.GZ);
    HttpResponse<String> r = post(proxyTls, UploadNames.ASYNC_PATH, gz);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    ImporterTerminationMessage m = server.completion().get(2, TimeUnit.MINUTES);
    assertThat(m.outcome()).as(m.message()).isEqualTo(ImportOutcome.Succeeded);
    assertThat(m.compression()).isEqualTo("gz");
    assertThat(filesInData()).containsExactly("disk.img");
  }

  @Test
  void aTruncatedUploadLeavesNothingAndTheRetrySucceeds() throws Exception {
    long length = Files.size(qcow2);
    try (SSLSocket s = openRawUpload(length)) {
      OutputStream out = s.getOutputStream();
      try (InputStream in = Files.newInputStream(qcow2)) {
        out.write(in.readNBytes((int) (length / 2)));
      }
      out.flush();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> server.state() == UploadServer.State.UPLOADING);
      HttpResponse<String> busy = post(proxyTls, UploadNames.SYNC_PATH, qcow2);
      assertThat(busy.statusCode()).as("one upload at a time").isEqualTo(503);
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> server.state() == UploadServer.State.READY);
    assertThat(server.lastFailure()).isPresent();
    assertThat(server.lastFailure().get().reason()).isEqualTo(ImportReason.TransferFailed);
    assertThat(filesInData()).as("no disk.img, no temporaries").isEmpty();
    assertThat(server.completion()).isNotDone();
    HttpResponse<String> retry = post(proxyTls, UploadNames.SYNC_PATH, qcow2);
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
    assertThat(filesInData()).containsExactly("disk.img");
  }

  @Test
  void withoutTheProxysClientCertificateAnUploadIsRefused() throws Exception {
    HttpResponse<String> r = post(anonymousTls, UploadNames.SYNC_PATH, qcow2);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("client certificate");
    HttpResponse<String> health =
        HttpClient.newBuilder()
            .sslContext(anonymousTls)
            .build()
            .send(
                HttpRequest.newBuilder(
                        URI.create("https://127.0.0.1:" + server.port() + UploadNames.HEALTH_PATH))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(filesInData()).isEmpty();
  }

  @Test
  void somethingThatIsNotAnImageIsRefusedWith400() throws Exception {
    Path html = TestImages.html(images);
    HttpResponse<String> r = post(proxyTls, UploadNames.SYNC_PATH, html);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("not a disk image");
    assertThat(server.state()).isEqualTo(UploadServer.State.READY);
    assertThat(filesInData()).isEmpty();
  }

  private SSLSocket openRawUpload(long length) throws Exception {
    SSLSocket s = (SSLSocket) proxyTls.getSocketFactory().createSocket("127.0.0.1", server.port());
    s.startHandshake();
    String head =
        "POST "
            + UploadNames.SYNC_PATH
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
            + "Content-Length: "
            + length
            + "\r\n\r\n";
    s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
    return s;
  }
}
