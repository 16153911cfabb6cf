package dev.coexist.e2e.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.e2e.cluster.Kubeconfigs;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The binary cache (hack/cluster-build.sh) rejects a broken binary and rebuilds it: a copy of the
 * real cache with a truncated etcd fails verification, and a build restores a good etcd.
 */
class BinaryCacheIT {
  private static final Path SCRIPT = Kubeconfigs.repoRoot().resolve("hack/cluster-build.sh");
  private Path realBin;
  private Path copy;

  @BeforeEach
  void copyTheCache() throws IOException, InterruptedException {
    Result verify = run(Map.of(), "verify");
    assertThat(verify.exit())
        .as("the real cache must be good first (make cluster-up builds it): " + verify.out())
        .isZero();
    realBin = Path.of(run(Map.of(), "bindir").out().trim());
    // A sibling dir on the same file system: hard links for the big binaries, a real copy of etcd.
    copy = Files.createTempDirectory(realBin.getParent().getParent(), "cache-test-");
    Files.createDirectories(copy.resolve("bin"));
    try (Stream<Path> files = Files.list(realBin)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = copy.resolve("bin").resolve(f.getFileName());
        if (f.getFileName().toString().equals("etcd")
            || f.getFileName().toString().equals("MANIFEST")) {
          Files.copy(f, to);
        } else {
          Files.createLink(to, f);
        }
      }
    }
  }

  @AfterEach
  void deleteCopy() throws IOException {
    if (copy != null) {
      try (Stream<Path> all = Files.walk(copy)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void truncatedBinaryIsRejectedAndRebuilt() throws IOException, InterruptedException {
    Map<String, String> env =
        Map.of(
            "K8S_BIN", copy.resolve("bin").toString(),
            "KUBE_API_TEST_DIR", copy.resolve("kube-api-test").toString());
    assertThat(run(env, "verify").exit()).as("an intact copy verifies").isZero();
    Path etcd = copy.resolve("bin/etcd");
    long size = Files.size(etcd);
    try (RandomAccessFile f = new RandomAccessFile(etcd.toFile(), "rw")) {
      f.setLength(size / 2);
    }

    Result broken = run(env, "verify");
    assertThat(broken.exit()).isNotZero();
    assertThat(broken.out()).contains("etcd: checksum mismatch");

    Result rebuilt = run(env, "build");
    assertThat(rebuilt.exit()).as(rebuilt.out()).isZero();
    assertThat(rebuilt.out()).contains("building etcd").doesNotContain("building kube-apiserver");
    assertThat(run(env, "verify").exit()).isZero();
    assertThat(Files.mismatch(etcd, realBin.resolve("etcd")))
        .as("the rebuilt etcd is the same binary")
        .isEqualTo(-1L);
    assertThat(
            Files.isSymbolicLink(
                copy.resolve("kube-api-test/k8s").toFile().listFiles()[0].toPath().resolve("etcd")))
        .isTrue();
  }

  private record Result(int exit, String out) {}

  private static Result run(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = Stream.concat(Stream.of(SCRIPT.toString()), Stream.of(args)).toList();
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + cmd + "\n" + out);
    }
    return new Result(p.exitValue(), out);
  }
}
