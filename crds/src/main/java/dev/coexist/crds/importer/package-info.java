/**
 * The cdi-importer's contract with the DataVolume controller: the typed termination message, the
 * progress document, the phase and reason enums, and the names (environment variables, mounts,
 * ports, metric) the controller uses to run an importer pod. Records and constants only, no I/O.
 */
package dev.coexist.crds.importer;
