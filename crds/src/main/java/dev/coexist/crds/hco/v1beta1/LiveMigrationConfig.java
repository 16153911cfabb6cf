package dev.coexist.crds.hco.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** Live-migration settings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class LiveMigrationConfig extends ExtensibleObject {

  /** Seconds per GiB of guest memory before a migration is cancelled (20 if empty). */
  @JsonPropertyDescription(
      "Seconds per GiB of guest memory before a migration is cancelled (20 if empty).")
  private Long completionTimeoutPerGiB;

  /** Concurrent migrations in the cluster (5 if empty). */
  @JsonPropertyDescription("Concurrent migrations in the cluster (5 if empty).")
  private Integer parallelMigrationsPerCluster;

  /** Concurrent outbound migrations per node (1 if empty). */
  @JsonPropertyDescription("Concurrent outbound migrations per node (1 if empty).")
  private Integer parallelOutboundMigrationsPerNode;

  /** Seconds without progress before a migration is cancelled (150 if empty). */
  @JsonPropertyDescription(
      "Seconds without progress before a migration is cancelled (150 if empty).")
  private Long progressTimeout;

  /** Allow post-copy migration. */
  @JsonPropertyDescription("Allow post-copy migration.")
  private Boolean allowPostCopy;

  /** Allow throttling the guest to converge. */
  @JsonPropertyDescription("Allow throttling the guest to converge.")
  private Boolean allowAutoConverge;

  /** Bandwidth per migration, e.g. 64Mi. */
  @JsonPropertyDescription("Bandwidth per migration, e.g. 64Mi.")
  private String bandwidthPerMigration;

  /** A NetworkAttachmentDefinition for migration traffic. */
  @JsonPropertyDescription("A NetworkAttachmentDefinition for migration traffic.")
  private String network;

  public Long getCompletionTimeoutPerGiB() {
    return completionTimeoutPerGiB;
  }

  public void setCompletionTimeoutPerGiB(Long completionTimeoutPerGiB) {
    this.completionTimeoutPerGiB = completionTimeoutPerGiB;
  }

  public Integer getParallelMigrationsPerCluster() {
    return parallelMigrationsPerCluster;
  }

  public void setParallelMigrationsPerCluster(Integer parallelMigrationsPerCluster) {
    this.parallelMigrationsPerCluster = parallelMigrationsPerCluster;
  }

  public Integer getParallelOutboundMigrationsPerNode() {
    return parallelOutboundMigrationsPerNode;
  }

  public void setParallelOutboundMigrationsPerNode(Integer parallelOutboundMigrationsPerNode) {
    this.parallelOutboundMigrationsPerNode = parallelOutboundMigrationsPerNode;
  }

  public Long getProgressTimeout() {
    return progressTimeout;
  }

  public void setProgressTimeout(Long progressTimeout) {
    this.progressTimeout = progressTimeout;
  }

  public Boolean getAllowPostCopy() {
    return allowPostCopy;
  }

  public void setAllowPostCopy(Boolean allowPostCopy) {
    this.allowPostCopy = allowPostCopy;
  }

  public Boolean getAllowAutoConverge() {
    return allowAutoConverge;
  }

  public void setAllowAutoConverge(Boolean allowAutoConverge) {
    this.allowAutoConverge = allowAutoConverge;
  }

  public String getBandwidthPerMigration() {
    return bandwidthPerMigration;
  }

  public void setBandwidthPerMigration(String bandwidthPerMigration) {
    this.bandwidthPerMigration = bandwidthPerMigration;
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
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
    LiveMigrationConfig that = (LiveMigrationConfig) o;
    return Objects.equals(completionTimeoutPerGiB, that.completionTimeoutPerGiB)
        && Objects.equals(parallelMigrationsPerCluster, that.parallelMigrationsPerCluster)
        && Objects.equals(parallelOutboundMigrationsPerNode, that.parallelOutboundMigrationsPerNode)
        && Objects.equals(progressTimeout, that.progressTimeout)
        && Objects.equals(allowPostCopy, that.allowPostCopy)
        && Objects.equals(allowAutoConverge, that.allowAutoConverge)
        && Objects.equals(bandwidthPerMigration, that.bandwidthPerMigration)
        && Objects.equals(network, that.network);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        completionTimeoutPerGiB,
        parallelMigrationsPerCluster,
        parallelOutboundMigrationsPerNode,
        progressTimeout,
        allowPostCopy,
        allowAutoConverge,
        bandwidthPerMigration,
        network);
  }
}
