package dev.coexist.importer.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the typed termination message as one line of JSON. */
public final class TerminationMessages {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TerminationMessages() {}

  /** The JSON form (under Kubernetes' 4096-byte limit). */
  public static String toJson(ImporterTerminationMessage message) {
    try {
      ImporterTerminationMessage m = message;
      String json = JSON.writeValueAsString(m);
      while (json.getBytes(StandardCharsets.UTF_8).length > ImporterTerminationMessage.MAX_BYTES) {
        m = m.withMessageCutTo(m.message().length() / 2);
        json = JSON.writeValueAsString(m);
      }
      return json;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a termination message record did not serialise", e);
    }
  }

  /** Parses the JSON form (the controller's side; used by tests). */
  public static ImporterTerminationMessage fromJson(String json) throws IOException {
    return JSON.readValue(json, ImporterTerminationMessage.class);
  }

  /** Writes the message to {@code path} (e.g. /dev/termination-log), replacing its content. */
  public static void write(Path path, ImporterTerminationMessage message) throws IOException {
    Files.write(path, toJson(message).getBytes(StandardCharsets.UTF_8));
  }
}
