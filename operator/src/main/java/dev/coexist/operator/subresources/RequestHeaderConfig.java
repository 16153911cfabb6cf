package dev.coexist.operator.subresources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * How kube-apiserver's front proxy identifies itself and the user, from ConfigMap {@code
 * kube-system/extension-apiserver-authentication}. Pure parsing.
 *
 * @param clientCaPem {@code requestheader-client-ca-file}: the CA that signs the proxy's client
 *     cert
 * @param allowedNames {@code requestheader-allowed-names}: allowed client cert CNs (empty: any)
 * @param usernameHeaders {@code requestheader-username-headers}
 * @param groupHeaders {@code requestheader-group-headers}
 * @param extraHeaderPrefixes {@code requestheader-extra-headers-prefix}
 */
public record RequestHeaderConfig(
    String clientCaPem,
    List<String> allowedNames,
    List<String> usernameHeaders,
    List<String> groupHeaders,
    List<String> extraHeaderPrefixes) {

  /** The ConfigMap's namespace. */
  public static final String NAMESPACE = "kube-system";

  /** The ConfigMap's name. */
  public static final String NAME = "extension-apiserver-authentication";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Parses the ConfigMap's data.
   *
   * @throws IllegalArgumentException naming the key when the CA is missing or a list is not a JSON
   *     array of strings
   */
  public static RequestHeaderConfig fromConfigMapData(Map<String, String> data) {
    String ca = data.get("requestheader-client-ca-file");
    if (ca == null || ca.isBlank()) {
      throw new IllegalArgumentException(
          NAMESPACE
              + "/"
              + NAME
              + ": data.requestheader-client-ca-file is missing: start kube-apiserver with"
              + " --requestheader-client-ca-file (the front-proxy CA)");
    }
    return new RequestHeaderConfig(
        ca,
        list(data, "requestheader-allowed-names", List.of()),
        list(data, "requestheader-username-headers", List.of("X-Remote-User")),
        list(data, "requestheader-group-headers", List.of("X-Remote-Group")),
        list(data, "requestheader-extra-headers-prefix", List.of("X-Remote-Extra-")));
  }

  private static List<String> list(Map<String, String> data, String key, List<String> dflt) {
    String v = data.get(key);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      List<String> parsed = JSON.readValue(v, new TypeReference<List<String>>() {});
      return parsed == null ? dflt : List.copyOf(parsed);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          NAMESPACE + "/" + NAME + ": data." + key + " is not a JSON array of strings: " + v, e);
    }
  }
}
