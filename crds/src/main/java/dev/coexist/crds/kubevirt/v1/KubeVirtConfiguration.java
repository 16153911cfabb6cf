package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** Cluster-wide VM configuration of the KubeVirt CR; fields coexist does not model are kept. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class KubeVirtConfiguration extends ExtensibleObject {

  /** Feature gates and developer settings. */
  @JsonPropertyDescription("Feature gates and developer settings.")
  private DeveloperConfiguration developerConfiguration;

  /** The default eviction strategy of VMIs. */
  @JsonPropertyDescription("The default eviction strategy of VMIs.")
  private EvictionStrategy evictionStrategy;

  /** Stage or LiveUpdate. */
  @JsonPropertyDescription("Stage or LiveUpdate.")
  private String vmRolloutStrategy;

  /** Live-migration settings (kept as written). */
  @JsonPropertyDescription("Live-migration settings (kept as written).")
  @PreserveUnknownFields
  private OpenObject migrations;

  /** Network settings (kept as written). */
  @JsonPropertyDescription("Network settings (kept as written).")
  @PreserveUnknownFields
  private OpenObject network;

  public DeveloperConfiguration getDeveloperConfiguration() {
    return developerConfiguration;
  }

  public void setDeveloperConfiguration(DeveloperConfiguration developerConfiguration) {
    this.developerConfiguration = developerConfiguration;
  }

  public EvictionStrategy getEvictionStrategy() {
    return evictionStrategy;
  }

  public void setEvictionStrategy(EvictionStrategy evictionStrategy) {
    this.evictionStrategy = evictionStrategy;
  }

  public String getVmRolloutStrategy() {
    return vmRolloutStrategy;
  }

  public void setVmRolloutStrategy(String vmRolloutStrategy) {
    this.vmRolloutStrategy = vmRolloutStrategy;
  }

  public OpenObject getMigrations() {
    return migrations;
  }

  public void setMigrations(OpenObject migrations) {
    this.migrations = migrations;
  }

  public OpenObject getNetwork() {
    return network;
  }

  public void setNetwork(OpenObject network) {
    this.network = network;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    KubeVirtConfiguration that = (KubeVirtConfiguration) o;
    return Objects.equals(developerConfiguration, that.developerConfiguration)
        && Objects.equals(evictionStrategy, that.evictionStrategy)
        && Objects.equals(vmRolloutStrategy, that.vmRolloutStrategy)
        && Objects.equals(migrations, that.migrations)
        && Objects.equals(network, that.network);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        developerConfiguration,
        evictionStrategy,
        vmRolloutStrategy,
        migrations,
        network);
  }
}
