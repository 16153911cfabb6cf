package dev.coexist.launcher.volumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.crds.kubevirt.v1.CloudInitSource;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SeedImageTest {
  @Test
  void noCloudSeed() {
    CloudInitSource src = new CloudInitSource();
    src.setUserData("#cloud-config\nhostname: a\n");
    src.setNetworkData("version: 2\n");
    SeedImage seed = SeedImage.noCloud(src, "uid-1", "vm1", "spec.volumes[1].cloudInitNoCloud");
    assertThat(seed.label()).isEqualTo("cidata");
    assertThat(seed.files()).containsOnlyKeys("meta-data", "user-data", "network-config");
    assertThat(new String(seed.files().get("meta-data"), StandardCharsets.UTF_8))
        .isEqualTo("instance-id: \"uid-1\"\nlocal-hostname: \"vm1\"\n");
    assertThat(seed.files().get("user-data")).asString().startsWith("#cloud-config");
  }

  @Test
  void configDriveSeedFromBase64() {
    CloudInitSource src = new CloudInitSource();
    src.setUserDataBase64(Base64.getEncoder().encodeToString("#!/bin/sh\n".getBytes()));
    SeedImage seed = SeedImage.configDrive(src, "uid-1", "vm1", "f");
    assertThat(seed.label()).isEqualTo("config-2");
    assertThat(seed.files().get("openstack/latest/meta_data.json"))
        .asString()
        .isEqualTo("{\"hostname\":\"vm1\",\"name\":\"vm1\",\"uuid\":\"uid-1\"}");
    assertThat(seed.files().get("openstack/latest/user_data")).asString().isEqualTo("#!/bin/sh\n");
  }

  @Test
  void problemsNameTheField() {
    CloudInitSource src = new CloudInitSource();
    src.setUserDataBase64("%%%");
    assertThatThrownBy(() -> SeedImage.noCloud(src, "u", "h", "spec.volumes[2].cloudInitNoCloud"))
        .hasMessageStartingWith(
            "spec.volumes[2].cloudInitNoCloud.userDataBase64: not valid base64");
    assertThatThrownBy(() -> SeedImage.noCloud(new CloudInitSource(), "u", "h", "f"))
        .hasMessage("f: userData or userDataBase64 is required");
  }
}
