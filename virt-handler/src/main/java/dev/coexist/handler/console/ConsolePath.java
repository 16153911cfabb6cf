package dev.coexist.handler.console;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request path of the console server, KubeVirt's handler layout {@code
 * /v1/namespaces/<ns>/virtualmachineinstances/<name>/<subresource>}. Pure.
 *
 * @param namespace the VMI's namespace
 * @param name the VMI's name
 * @param subresource what is asked for
 * @param kind how it is served
 */
public record ConsolePath(String namespace, String name, String subresource, Kind kind) {

  /** How a subresource is served. */
  public enum Kind {
    /** {@code PUT}: a launcher command. */
    ACTION,
    /** {@code GET} with a websocket upgrade: a byte stream. */
    STREAM,
    /** {@code GET}: guest agent data (coexist has no guest agent channel). */
    GUEST_INFO
  }

  /** The serial console stream. */
  public static final String CONSOLE = "console";

  /** The VNC stream. */
  public static final String VNC = "vnc";

  private static final Pattern PATH =
      Pattern.compile(
          "^/v1/namespaces/([a-z0-9]([-a-z0-9]*[a-z0-9])?)/virtualmachineinstances/"
              + "([a-z0-9]([-a-z0-9.]*[a-z0-9])?)/([a-z]+)/?$");
  private static final Set<String> ACTIONS = Set.of("pause", "unpause", "reset", "softreboot");
  private static final Set<String> STREAMS = Set.of(CONSOLE, VNC);
  private static final Set<String> GUEST_INFO = Set.of("guestosinfo", "userlist", "filesystemlist");

  /** Parses a path; empty when it is not a subresource this server knows. */
  public static Optional<ConsolePath> parse(String path) {
    if (path == null) {
      return Optional.empty();
    }
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    String sub = m.group(5);
    Kind kind;
    if (ACTIONS.contains(sub)) {
      kind = Kind.ACTION;
    } else if (STREAMS.contains(sub)) {
      kind = Kind.STREAM;
    } else if (GUEST_INFO.contains(sub)) {
      kind = Kind.GUEST_INFO;
    } else {
      return Optional.empty();
    }
    return Optional.of(new ConsolePath(m.group(1), m.group(3), sub, kind));
  }

  /** The HTTP method this subresource is served with. */
  public String method() {
    return kind == Kind.ACTION ? "PUT" : "GET";
  }

  /** {@code namespace/name}, for logs. */
  public String key() {
    return namespace + "/" + name;
  }
}
