package dev.coexist.operator.subresources;

import java.util.List;
import java.util.Map;

/**
 * The user kube-apiserver's front proxy authenticated.
 *
 * @param name the user name
 * @param groups the groups
 * @param extra extra attributes (keys lower-cased and unescaped, as Kubernetes does)
 */
public record UserInfo(String name, List<String> groups, Map<String, List<String>> extra) {}
