/** Health, readiness and metrics over HTTP. */
package dev.coexist.handler.probes;
