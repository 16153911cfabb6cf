package dev.coexist.crds.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;

/**
 * A KubeVirt/CDI/HCO object coexist does not model (yet): every field is kept as written, in Java
 * ({@link #getAdditionalProperties()}) and by the API server
 * (x-kubernetes-preserve-unknown-fields).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class OpenObject extends ExtensibleObject {}
