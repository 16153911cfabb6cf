/**
 * The launcher's servers: {@link dev.coexist.launcher.server.CommandServer} (the protocol on the
 * command unix socket) and {@link dev.coexist.launcher.server.HealthServer} (health, readiness and
 * Prometheus metrics over HTTP).
 */
package dev.coexist.launcher.server;
