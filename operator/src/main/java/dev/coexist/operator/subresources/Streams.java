package dev.coexist.operator.subresources;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import io.fabric8.kubernetes.api.model.Status;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocket;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console and VNC streams: checks before the upgrade, one VNC session per VMI ({@code
 * preserveSession=true} refuses a second one, otherwise the new one takes over, as KubeVirt; 1008
 * with the reason), and the byte pipes between the client's and the handler's websockets with clean
 * close codes.
 */
public final class Streams {
  private static final Logger LOG = LoggerFactory.getLogger(Streams.class);

  /** The websocket subprotocol KubeVirt's clients ask for. */
  public static final String SUBPROTOCOL = "plain.kubevirt.io";

  /** Close code when the other side went away (RFC 6455 1001). */
  public static final short GOING_AWAY = 1001;

  /**
   * Close code of a session taken over by a new one (RFC 6455 1008, as virt-handler's): KubeVirt's
   * clients treat 1000 as a plain end of stream and would not show the reason.
   */
  public static final short TAKEN_OVER = 1008;

  /** Close code of a normal close (RFC 6455 1000). */
  public static final short NORMAL = 1000;

  private final Map<String, ServerWebSocket> vncSessions = new ConcurrentHashMap<>();

  /** Whether a subresource is a stream this server relays. */
  public static boolean isStream(String subresource) {
    return "console".equals(subresource) || "vnc".equals(subresource);
  }

  /** KubeVirt's refusals before a stream opens: the VMI must be running. */
  public static Optional<Status> precheck(String name, Optional<VirtualMachineInstance> vmi) {
    if (vmi.isEmpty()) {
      return Optional.of(ApiStatus.notFound(ApiStatus.VMI, name));
    }
    if (Lifecycle.phase(vmi.get()) != VirtualMachineInstancePhase.RUNNING) {
      return Optional.of(ApiStatus.conflict(ApiStatus.VMI, name, "VMI is not running"));
    }
    return Optional.empty();
  }

  /** A second VNC session with {@code preserveSession=true} while one is open: 409. */
  public Optional<Status> vncBusy(String key, String name, boolean preserveSession) {
    ServerWebSocket open = vncSessions.get(key);
    if (preserveSession && open != null && !open.isClosed()) {
      return Optional.of(
          ApiStatus.conflict(
              ApiStatus.VMI,
              name,
              "a VNC session is already open and preserveSession=true was requested"));
    }
    return Optional.empty();
  }

  /**
   * Relays bytes both ways until either side closes. The handler's websocket arrives paused (so a
   * VNC server's first bytes wait for the client) and is resumed here.
   */
  public void relay(String key, String what, ServerWebSocket client, WebSocket handler) {
    if ("vnc".equals(what)) {
      ServerWebSocket previous = vncSessions.put(key, client);
      if (previous != null && !previous.isClosed()) {
        previous.close(TAKEN_OVER, "vnc session taken over by a new connection");
      }
    }
    client.handler(b -> handler.writeBinaryMessage(b));
    handler.handler(b -> client.writeBinaryMessage(b));
    client.closeHandler(
        v -> {
          vncSessions.remove(key, client);
          if (!handler.isClosed()) {
            handler.close(NORMAL, "client closed the " + what);
          }
        });
    handler.closeHandler(
        v -> {
          if (!client.isClosed()) {
            short code = handler.closeStatusCode() == null ? GOING_AWAY : handler.closeStatusCode();
            String reason =
                handler.closeReason() == null
                    ? what + " closed by virt-handler"
                    : handler.closeReason();
            client.close(code, reason);
          }
        });
    client.exceptionHandler(e -> LOG.warn("{} client stream {}: {}", what, key, e.getMessage()));
    handler.exceptionHandler(e -> LOG.warn("{} handler stream {}: {}", what, key, e.getMessage()));
    handler.resume();
    LOG.info("{} stream of {} open", what, key);
  }

  /** Open VNC sessions (for tests and metrics). */
  public int openVncSessions() {
    return (int) vncSessions.values().stream().filter(w -> !w.isClosed()).count();
  }
}
