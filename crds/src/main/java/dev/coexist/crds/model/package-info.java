/**
 * Building blocks shared by all API groups: the unknown-field-keeping base type, the condition
 * shape and the JSON conversion used to copy objects without losing fields.
 */
package dev.coexist.crds.model;
