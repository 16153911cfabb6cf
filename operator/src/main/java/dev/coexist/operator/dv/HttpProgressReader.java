package dev.coexist.operator.dv;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.importer.ImportProgress;
import dev.coexist.crds.importer.ImporterNames;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code GET http://<podIP>:<port>/progress} (the importer's typed progress JSON) with a
 * short timeout; the operator reaches pod IPs directly, as CDI's controller scrapes the importer's
 * metrics. An unreachable or not-yet-started importer is "no progress now", never an error.
 */
public final class HttpProgressReader implements ProgressReader {

  private static final Logger LOG = LoggerFactory.getLogger(HttpProgressReader.class);
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final HttpClient http;
  private final int port;
  private final Duration timeout;

  public HttpProgressReader(int port, Duration timeout) {
    this.port = port;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** The importer's port ({@link ImporterNames#METRICS_PORT}), 2 s timeout like CDI's scrape. */
  public static HttpProgressReader standard() {
    return new HttpProgressReader(ImporterNames.METRICS_PORT, Duration.ofSeconds(2));
  }

  @Override
  public Optional<ImportProgress> read(String podIp) {
    String host = podIp.contains(":") ? "[" + podIp + "]" : podIp;
    URI uri = URI.create("http://" + host + ":" + port + ImporterNames.PROGRESS_PATH);
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        LOG.debug("{}: HTTP {}", uri, r.statusCode());
        return Optional.empty();
      }
      return Optional.of(JSON.readValue(r.body(), ImportProgress.class));
    } catch (IOException e) {
      LOG.debug("{}: {}", uri, e.toString());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
