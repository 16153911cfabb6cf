package dev.coexist.handler.console;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link ConsoleServer} as the certificates allow: the handler starts without them (the
 * operator writes Secret {@code coexist-handler-certs} once its subresource API is enabled; kubelet
 * fills the optional Secret volume later), the server listens once the files are complete, and
 * changed files (rotation: kubelet swaps the volume's contents) are loaded without dropping open
 * sessions. Invalid files are logged and retried at the next poll.
 */
public final class ConsoleService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleService.class);

  private final ConsoleConfig config;
  private final ConsoleServer server;
  private final String host;
  private final AtomicBoolean waitingLogged = new AtomicBoolean();
  private volatile TlsMaterial loaded;
  private volatile int port = -1;
  private ScheduledFuture<?> poll;

  /** Serves {@code server} on {@code host} with the configured port and certificate dir. */
  public ConsoleService(ConsoleConfig config, ConsoleServer server, String host) {
    this.config = config;
    this.server = server;
    this.host = host;
  }

  /** Looks at the certificates now and then every poll interval on {@code timer}. */
  public synchronized void start(ScheduledExecutorService timer) {
    check();
    long every = config.certPoll().toMillis();
    poll = timer.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
  }

  /** Whether the server listens. */
  public boolean isServing() {
    return port >= 0;
  }

  /** The bound port, -1 while waiting for certificates. */
  public int port() {
    return port;
  }

  /** Loads new or changed certificates; starts the server on the first complete set. */
  public synchronized void check() {
    Optional<TlsMaterial> tls;
    try {
      tls = TlsMaterial.read(config.certDir());
    } catch (IOException e) {
      LOG.warn("reading the console certificates in {}: {}", config.certDir(), e.getMessage());
      return;
    }
    if (tls.isEmpty()) {
      if (waitingLogged.compareAndSet(false, true)) {
        LOG.info(
            "console server waits for certificates in {} (Secret coexist-handler-certs, written"
                + " by the operator's subresource API)",
            config.certDir());
      }
      return;
    }
    if (tls.get().equals(loaded)) {
      return;
    }
    try {
      if (port < 0) {
        port = server.start(host, config.port(), tls.get());
      } else {
        server.updateTls(tls.get());
      }
      loaded = tls.get();
    } catch (IllegalStateException e) {
      LOG.warn(
          "console server: certificates in {} not usable: {}", config.certDir(), e.getMessage());
    }
  }

  @Override
  public synchronized void close() {
    if (poll != null) {
      poll.cancel(false);
    }
    server.close();
  }
}
