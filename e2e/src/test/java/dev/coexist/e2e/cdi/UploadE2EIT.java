package dev.coexist.e2e.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.DataVolumePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus;
import dev.coexist.e2e.cluster.ClusterTest;
import dev.coexist.e2e.cluster.TestNamespace;
import dev.coexist.e2e.install.WithCoexist;
import dev.coexist.e2e.vm.Guests;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Upload end to end on the real cluster with KubeVirt's own {@code virtctl image-upload} (v1.6.0,
 * hack/build-virtctl.sh): coexist deployed with {@code hack/deploy.sh}; virtctl creates the
 * DataVolume, asks kube-apiserver for an UploadTokenRequest (aggregated {@code
 * upload.cdi.kubevirt.io}, served by the operator), waits for UploadReady and streams the test
 * guest to the upload proxy at {@code https://<operator pod IP>:8444} (no kube-proxy here); the
 * DataVolume Succeeds and a VM boots from it. An upload cut off mid-body never makes the DataVolume
 * Succeed and the next upload completes it; forged and expired tokens get 401.
 */
@ClusterTest
@WithCoexist
class UploadE2EIT {
  private static final String NS = "kubevirt-hyperconverged";

  private static Path guest;
  private static Path virtctl;
  private static String proxyUrl;

  @BeforeAll
  static void prepare() throws Exception {
    Path cache =
        Path.of(
            Optional.ofNullable(System.getenv("COEXIST_CACHE"))
                .orElse(System.getProperty("user.home") + "/.cache/coexist"));
    guest = cache.resolve("guest/current/disk.qcow2");
    assertThat(guest).as("the test guest disk: run make guest-image").isRegularFile();
    virtctl = cache.resolve("virtctl/v1.6.0/virtctl");
    assertThat(virtctl).as("KubeVirt's virtctl: run hack/build-virtctl.sh").isExecutable();
  }

  private static String proxyUrl(KubernetesClient client) {
    if (proxyUrl == null) {
      Pod op =
          client
              .pods()
              .inNamespace(NS)
              .withLabel("app.kubernetes.io/name", "coexist-operator")
              .list()
              .getItems()
              .stream()
              .filter(p -> "Running".equals(p.getStatus().getPhase()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no running operator pod in " + NS));
      proxyUrl = "https://" + op.getStatus().getPodIP() + ":8444";
      await("APIService v1beta1.upload.cdi.kubevirt.io Available")
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> apiServiceAvailable(client));
    }
    return proxyUrl;
  }

  private static boolean apiServiceAvailable(KubernetesClient client) {
    GenericKubernetesResource a =
        client
            .genericKubernetesResources("apiregistration.k8s.io/v1", "APIService")
            .withName("v1beta1.upload.cdi.kubevirt.io")
            .get();
    return a != null
        && Serialization.asJson(a.getAdditionalProperties().get("status"))
            .matches(
                ".*\"type\":\"Available\",\"status\":\"True\".*|.*\"status\":\"True\",\"type\":\"Available\".*");
  }

  @Test
  void virtctlUploadsTheGuestAndAVmBootsFromIt(TestNamespace ns) throws Exception {
    KubernetesClient client = ns.client();
    String url = proxyUrl(client);
    long start = System.nanoTime();
    String out =
        virtctl(
            "image-upload",
            "dv",
            "up-root",
            "-n",
            ns.name(),
            "--size=256Mi",
            "--image-path=" + guest,
            "--uploadproxy-url=" + url,
            "--insecure",
            "--force-bind",
            "--wait-secs=180");
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    System.out.println("virtctl image-upload took " + seconds + " s:\n" + out);
    assertThat(out)
        .contains("Uploading data to " + url)
        .contains("Processing completed successfully");
    DataVolume dv =
        client.resources(DataVolume.class).inNamespace(ns.name()).withName("up-root").get();
    assertThat(dv.getStatus().getPhase()).isEqualTo(DataVolumePhase.SUCCEEDED);
    PersistentVolumeClaim pvc =
        client.persistentVolumeClaims().inNamespace(ns.name()).withName("up-root").get();
    assertThat(pvc.getMetadata().getAnnotations())
        .containsEntry("cdi.kubevirt.io/storage.pod.phase", "Succeeded");

    client
        .resources(VirtualMachine.class)
        .inNamespace(ns.name())
        .resource(vm("up-vm", "up-root"))
        .create();
    await("VM Running")
        .atMost(Guests.BOOT)
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> printable(client, ns.name(), "up-vm") == VirtualMachinePrintableStatus.RUNNING);
    Pod pod = launcherPod(client, ns.name(), "up-vm");
    Guests guests = new Guests(client, ns.name());
    await("guest marker on the serial console (booted from the uploaded disk)")
        .atMost(Guests.BOOT)
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> guests.serialLog(pod).contains("COEXIST-GUEST-READY"));
  }

  @Test
  void anInterruptedUploadNeverSucceedsAndTheRetryCompletes(TestNamespace ns) throws Exception {
    KubernetesClient client = ns.client();
    String url = proxyUrl(client);
    client.resources(DataVolume.class).inNamespace(ns.name()).resource(uploadDv("cut")).create();
    await("DataVolume cut UploadReady")
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> phase(client, ns.name(), "cut") == DataVolumePhase.UPLOAD_READY);
    String token = tokenFor(client, ns.name(), "cut");
    assertThat(kubectl("get", "--raw", "/apis/upload.cdi.kubevirt.io/v1beta1"))
        .contains("uploadtokenrequests");
    assertThat(kubectlUnchecked("api-resources", "--api-group=upload.cdi.kubevirt.io"))
        .as("kubectl discovery (aggregated) lists the resource")
        .contains("uploadtokenrequests");
    long size = Files.size(guest);
    URI u = URI.create(url);
    try (SSLSocket s =
        (SSLSocket) trustAll().getSocketFactory().createSocket(u.getHost(), u.getPort())) {
      s.startHandshake();
      OutputStream o = s.getOutputStream();
      o.write(
          ("POST /v1beta1/upload HTTP/1.1\r\nHost: "
                  + u.getHost()
                  + "\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                  + size
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      try (InputStream in = Files.newInputStream(guest)) {
        o.write(in.readNBytes((int) (size / 2)));
      }
      o.flush();
    }
    await("the upload server takes uploads again after the cut")
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> phase(client, ns.name(), "cut") == DataVolumePhase.UPLOAD_READY);
    Answer retry = upload(url, token, guest);
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
    await("DataVolume cut Succeeded after the complete upload")
        .atMost(Duration.ofMinutes(2))
        .until(() -> phase(client, ns.name(), "cut") == DataVolumePhase.SUCCEEDED);
  }

  @Test
  void forgedAndExpiredTokensGet401(TestNamespace ns) throws Exception {
    KubernetesClient client = ns.client();
    String url = proxyUrl(client);
    byte[] wrongKey = new byte[32];
    new SecureRandom().nextBytes(wrongKey);
    Instant now = Instant.now();
    Answer forged = rawPost(url, sign(wrongKey, ns.name(), "x", now));
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.body()).contains("signature is invalid");
    Secret key = client.secrets().inNamespace(NS).withName("coexist-upload-token-key").get();
    byte[] realKey = Base64.getDecoder().decode(key.getData().get("hmac.key"));
    Answer expired = rawPost(url, sign(realKey, ns.name(), "x", now.minus(Duration.ofMinutes(6))));
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(expired.body()).contains("expired");
    Answer none = rawPost(url, "");
    assertThat(none.statusCode()).isEqualTo(401);
  }

  /** An HS256 JWT with the upload claims, as the operator signs them. */
  private static String sign(byte[] key, String ns, String pvc, Instant iat) throws Exception {
    Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
    String header =
        b.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String claims =
        Serialization.asJson(
            Map.of(
                "iss",
                "coexist-upload",
                "iat",
                iat.getEpochSecond(),
                "exp",
                iat.plus(Duration.ofMinutes(5)).getEpochSecond(),
                "operation",
                "Upload",
                "namespace",
                ns,
                "name",
                pvc));
    String signed = header + "." + b.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    Mac m = Mac.getInstance("HmacSHA256");
    m.init(new SecretKeySpec(key, "HmacSHA256"));
    return signed + "." + b.encodeToString(m.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
  }

  private record Answer(int statusCode, String body) {}

  /**
   * A small POST on a raw TLS socket, reading status and body (HttpsURLConnection hides the body of
   * a 401).
   */
  private static Answer rawPost(String url, String token) throws Exception {
    URI u = URI.create(url);
    try (SSLSocket s =
        (SSLSocket) trustAll().getSocketFactory().createSocket(u.getHost(), u.getPort())) {
      s.setSoTimeout(30_000);
      OutputStream o = s.getOutputStream();
      o.write(
          ("POST /v1beta1/upload HTTP/1.1\r\nHost: "
                  + u.getHost()
                  + "\r\nConnection: close\r\n"
                  + (token.isEmpty() ? "" : "Authorization: Bearer " + token + "\r\n")
                  + "Content-Type: application/octet-stream\r\nContent-Length: 4\r\n\r\nQFI\u00fb")
              .getBytes(StandardCharsets.ISO_8859_1));
      o.flush();
      String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = Integer.parseInt(response.substring(9, 12));
      int bodyAt = response.indexOf("\r\n\r\n");
      return new Answer(code, bodyAt < 0 ? "" : response.substring(bodyAt + 4));
    }
  }

  /** POSTs the file like virtctl --insecure (no certificate or host name check). */
  private static Answer upload(String url, String token, Path file) throws Exception {
    HttpsURLConnection c =
        (HttpsURLConnection) URI.create(url + "/v1beta1/upload").toURL().openConnection();
    c.setSSLSocketFactory(trustAll().getSocketFactory());
    c.setHostnameVerifier((host, session) -> true);
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setFixedLengthStreamingMode(Files.size(file));
    c.setReadTimeout(180_000);
    if (!token.isEmpty()) {
      c.setRequestProperty("Authorization", "Bearer " + token);
    }
    try (OutputStream o = c.getOutputStream()) {
      Files.copy(file, o);
    }
    int code = c.getResponseCode();
    try (InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
      return new Answer(
          code, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /**
   * An UploadTokenRequest through kube-apiserver (aggregation, RBAC) as virtctl's typed client
   * sends it: a POST to the resource path, no discovery needed.
   */
  private static String tokenFor(KubernetesClient client, String ns, String pvc) {
    GenericKubernetesResource req =
        Serialization.unmarshal(
            "apiVersion: upload.cdi.kubevirt.io/v1beta1\nkind: UploadTokenRequest\n"
                + "metadata: {name: token-for-test}\nspec: {pvcName: "
                + pvc
                + "}\n",
            GenericKubernetesResource.class);
    GenericKubernetesResource created =
        client
            .genericKubernetesResources(
                new ResourceDefinitionContext.Builder()
                    .withGroup("upload.cdi.kubevirt.io")
                    .withVersion("v1beta1")
                    .withKind("UploadTokenRequest")
                    .withPlural("uploadtokenrequests")
                    .withNamespaced(true)
                    .build())
            .inNamespace(ns)
            .resource(req)
            .create();
    @SuppressWarnings("unchecked")
    Map<String, Object> status =
        (Map<String, Object>) created.getAdditionalProperties().get("status");
    return String.valueOf(status.get("token"));
  }

  private static SSLContext trustAll() throws Exception {
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(
        null,
        new TrustManager[] {
          new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] c, String a) {
              // like virtctl --insecure
            }

            @Override
            public void checkServerTrusted(X509Certificate[] c, String a) {
              // like virtctl --insecure
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
              return new X509Certificate[0];
            }
          }
        },
        null);
    return ctx;
  }

  private static DataVolume uploadDv(String name) {
    return Serialization.unmarshal(
        """
        apiVersion: cdi.kubevirt.io/v1beta1
        kind: DataVolume
        metadata:
          name: %s
          annotations: {cdi.kubevirt.io/storage.bind.immediate.requested: "true"}
        spec:
          source: {upload: {}}
          storage: {resources: {requests: {storage: 256Mi}}}
        """
            .formatted(name),
        DataVolume.class);
  }

  private static VirtualMachine vm(String name, String dv) {
    return Serialization.unmarshal(
        """
        apiVersion: kubevirt.io/v1
        kind: VirtualMachine
        metadata: {name: %1$s}
        spec:
          runStrategy: Always
          template:
            metadata:
              labels: {kubevirt.io/domain: %1$s}
            spec:
              terminationGracePeriodSeconds: 30
              domain:
                cpu: {cores: 1}
                memory: {guest: 256Mi}
                devices:
                  disks:
                  - {name: rootdisk, serial: root0001, disk: {bus: virtio}}
                  interfaces:
                  # one forwarded port: masquerade without ports makes passt open every port
                  - {name: default, masquerade: {}, ports: [{name: http, port: 80}]}
              networks:
              - {name: default, pod: {}}
              volumes:
              - name: rootdisk
                dataVolume: {name: %2$s}
        """
            .formatted(name, dv),
        VirtualMachine.class);
  }

  private static DataVolumePhase phase(KubernetesClient client, String ns, String name) {
    DataVolume dv = client.resources(DataVolume.class).inNamespace(ns).withName(name).get();
    return dv == null || dv.getStatus() == null ? null : dv.getStatus().getPhase();
  }

  private static VirtualMachinePrintableStatus printable(
      KubernetesClient client, String ns, String name) {
    VirtualMachine vm = client.resources(VirtualMachine.class).inNamespace(ns).withName(name).get();
    return vm == null || vm.getStatus() == null ? null : vm.getStatus().getPrintableStatus();
  }

  private static Pod launcherPod(KubernetesClient client, String ns, String vm) {
    List<Pod> pods =
        client
            .pods()
            .inNamespace(ns)
            .withLabel("kubevirt.io", "virt-launcher")
            .withLabel("vm.kubevirt.io/name", vm)
            .list()
            .getItems();
    assertThat(pods).hasSize(1);
    return pods.get(0);
  }

  private static String virtctl(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(virtctl.toString(), "--kubeconfig", kubeconfig()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("virtctl finished").isTrue();
    assertThat(p.exitValue()).as("virtctl " + String.join(" ", args) + ":\n" + out).isZero();
    return out;
  }

  private static String kubectl(String... args) throws IOException, InterruptedException {
    String bin = Guests.capture("hack/cluster-build.sh", "bindir").trim() + "/kubectl";
    List<String> cmd = new ArrayList<>(List.of(bin, "--kubeconfig", kubeconfig()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0).as("kubectl: " + out).isTrue();
    return out;
  }

  private static String kubectlUnchecked(String... args) throws IOException, InterruptedException {
    String bin = Guests.capture("hack/cluster-build.sh", "bindir").trim() + "/kubectl";
    List<String> cmd = new ArrayList<>(List.of(bin, "--kubeconfig", kubeconfig()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(1, TimeUnit.MINUTES);
    return out;
  }

  private static String kubeconfig() throws IOException, InterruptedException {
    return Guests.capture("hack/kubeconfig.sh").trim();
  }
}
