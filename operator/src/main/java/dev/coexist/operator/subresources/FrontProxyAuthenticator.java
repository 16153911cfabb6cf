package dev.coexist.operator.subresources;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Authenticates requests proxied by kube-apiserver: the TLS layer has verified the client
 * certificate against the request-header CA; this checks the certificate's CN against {@code
 * requestheader-allowed-names} and reads the user, groups and extras from the configured headers.
 * Pure.
 */
public final class FrontProxyAuthenticator {
  private final RequestHeaderConfig config;

  /** For this request-header configuration. */
  public FrontProxyAuthenticator(RequestHeaderConfig config) {
    this.config = config;
  }

  /**
   * The outcome.
   *
   * @param user the user when authenticated
   * @param reason why not, otherwise empty
   */
  public record Result(Optional<UserInfo> user, String reason) {
    static Result denied(String reason) {
      return new Result(Optional.empty(), reason);
    }
  }

  /**
   * Authenticates.
   *
   * @param peerChain the verified client certificate chain, empty when the client sent none
   * @param headers request headers, names in any case
   */
  public Result authenticate(List<X509Certificate> peerChain, Map<String, List<String>> headers) {
    if (peerChain.isEmpty()) {
      return Result.denied("request is not authenticated: no front-proxy client certificate");
    }
    String cn = commonName(peerChain.get(0)).orElse("");
    if (!config.allowedNames().isEmpty() && !config.allowedNames().contains(cn)) {
      return Result.denied(
          "request is not authenticated: client certificate CN "
              + cn
              + " is not in requestheader-allowed-names "
              + config.allowedNames());
    }
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    Optional<String> user =
        config.usernameHeaders().stream()
            .map(h::get)
            .filter(v -> v != null && !v.isEmpty() && !v.get(0).isEmpty())
            .map(v -> v.get(0))
            .findFirst();
    if (user.isEmpty()) {
      return Result.denied("a valid user header is required for authorization");
    }
    List<String> groups = new ArrayList<>();
    for (String g : config.groupHeaders()) {
      groups.addAll(h.getOrDefault(g, List.of()));
    }
    return new Result(Optional.of(new UserInfo(user.get(), groups, extras(h))), "");
  }

  private Map<String, List<String>> extras(Map<String, List<String>> headers) {
    Map<String, List<String>> extra = new TreeMap<>();
    for (String prefix : config.extraHeaderPrefixes()) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        String k = e.getKey();
        if (k.length() > prefix.length() && k.regionMatches(true, 0, prefix, 0, prefix.length())) {
          String key =
              URLDecoder.decode(
                  k.substring(prefix.length()).toLowerCase(Locale.ROOT), StandardCharsets.UTF_8);
          extra.computeIfAbsent(key, x -> new ArrayList<>()).addAll(e.getValue());
        }
      }
    }
    return extra;
  }

  /** The CN of a certificate's subject. */
  static Optional<String> commonName(X509Certificate cert) {
    try {
      LdapName dn = new LdapName(cert.getSubjectX500Principal().getName());
      for (Rdn rdn : dn.getRdns()) {
        if ("CN".equalsIgnoreCase(rdn.getType())) {
          return Optional.of(String.valueOf(rdn.getValue()));
        }
      }
      return Optional.empty();
    } catch (InvalidNameException e) {
      throw new IllegalArgumentException(
          "client certificate subject is not a DN: " + cert.getSubjectX500Principal(), e);
    }
  }
}
