package dev.coexist.handler.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsolePathTest {
  private static final String BASE = "/v1/namespaces/ns-1/virtualmachineinstances/vm.a/";

  @Test
  void kubevirtsHandlerLayoutIsParsed() {
    assertThat(ConsolePath.parse(BASE + "console"))
        .contains(new ConsolePath("ns-1", "vm.a", "console", ConsolePath.Kind.STREAM));
    assertThat(ConsolePath.parse(BASE + "vnc"))
        .get()
        .extracting(ConsolePath::kind)
        .isEqualTo(ConsolePath.Kind.STREAM);
    for (String a : new String[] {"pause", "unpause", "reset", "softreboot"}) {
      ConsolePath p = ConsolePath.parse(BASE + a).orElseThrow();
      assertThat(p.kind()).isEqualTo(ConsolePath.Kind.ACTION);
      assertThat(p.method()).isEqualTo("PUT");
    }
    assertThat(ConsolePath.parse(BASE + "guestosinfo").orElseThrow().method()).isEqualTo("GET");
    assertThat(ConsolePath.parse(BASE + "console").orElseThrow().key()).isEqualTo("ns-1/vm.a");
  }

  @Test
  void anythingElseIsNotASubresource() {
    assertThat(ConsolePath.parse(BASE + "migrate")).isEmpty();
    assertThat(ConsolePath.parse("/v1/namespaces/ns/virtualmachines/vm/console")).isEmpty();
    assertThat(ConsolePath.parse("/v1/namespaces/NS/virtualmachineinstances/vm/console")).isEmpty();
    assertThat(ConsolePath.parse("/v1/namespaces/ns/virtualmachineinstances/../console")).isEmpty();
    assertThat(ConsolePath.parse(BASE + "console/extra")).isEmpty();
    assertThat(ConsolePath.parse("/")).isEmpty();
    assertThat(ConsolePath.parse(null)).isEmpty();
  }

  @Test
  void theClientCertificatesCommonNameIsRead() {
    assertThat(ConsoleServer.commonName("CN=coexist-subresources"))
        .contains("coexist-subresources");
    assertThat(ConsoleServer.commonName("O=x,CN=a\\,b")).contains("a,b");
    assertThat(ConsoleServer.commonName("O=x")).isEmpty();
    assertThat(ConsoleServer.commonName("not a dn")).isEmpty();
  }
}
