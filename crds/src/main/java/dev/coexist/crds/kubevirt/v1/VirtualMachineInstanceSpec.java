package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ApiObjects;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.PodDNSConfig;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The specification of a virtual machine instance: its domain (virtual hardware), volumes, networks
 * and scheduling.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@ValidationRule(
    value =
        "!has(self.domain.devices) || !has(self.domain.devices.disks)"
            + " || self.domain.devices.disks.all(d, self.domain.devices.disks.exists_one(e, e.name == d.name))",
    message = "disk names must be unique",
    fieldPath = ".domain.devices.disks")
@ValidationRule(
    value =
        "!has(self.domain.devices) || !has(self.domain.devices.disks)"
            + " || self.domain.devices.disks.all(d, has(self.volumes)"
            + " && self.volumes.exists(v, v.name == d.name))",
    message = "every disk needs a volume of the same name (volumes[].name)",
    fieldPath = ".domain.devices.disks")
@JsonClassDescription(
    "The specification of a virtual machine instance: its domain (virtual hardware), volumes, networks and scheduling.")
public class VirtualMachineInstanceSpec extends ExtensibleObject {

  /** The virtual hardware: CPU, memory, firmware, features, clock and devices. */
  @JsonPropertyDescription(
      "The virtual hardware: CPU, memory, firmware, features, clock and devices.")
  @Required
  private DomainSpec domain;

  /** Volumes that can be attached as disks, by name. */
  @JsonPropertyDescription("Volumes that can be attached as disks, by name.")
  @Size(max = 256)
  private List<Volume> volumes;

  /** Networks the interfaces connect to, by name. */
  @JsonPropertyDescription("Networks the interfaces connect to, by name.")
  @Size(max = 256)
  private List<Network> networks;

  /** Node labels the launcher pod must match to be scheduled. */
  @JsonPropertyDescription("Node labels the launcher pod must match to be scheduled.")
  private Map<String, String> nodeSelector;

  /** Scheduling constraints for the launcher pod. */
  @JsonPropertyDescription("Scheduling constraints for the launcher pod.")
  private Affinity affinity;

  /** Taints the launcher pod tolerates. */
  @JsonPropertyDescription("Taints the launcher pod tolerates.")
  private List<Toleration> tolerations;

  /** How the launcher pods spread across topology domains. */
  @JsonPropertyDescription("How the launcher pods spread across topology domains.")
  private List<TopologySpreadConstraint> topologySpreadConstraints;

  /** The scheduler that places the launcher pod; the default scheduler if empty. */
  @JsonPropertyDescription(
      "The scheduler that places the launcher pod; the default scheduler if empty.")
  private String schedulerName;

  /** The priority class of the launcher pod. */
  @JsonPropertyDescription("The priority class of the launcher pod.")
  private String priorityClassName;

  /** What happens to the VMI when its node is drained; the cluster default if empty. */
  @JsonPropertyDescription(
      "What happens to the VMI when its node is drained; the cluster default if empty.")
  private EvictionStrategy evictionStrategy;

  /** Paused starts the VMI with paused vCPUs. */
  @JsonPropertyDescription("Paused starts the VMI with paused vCPUs.")
  private StartStrategy startStrategy;

  /** Seconds the guest gets to shut down after an ACPI power button press before it is killed. */
  @JsonPropertyDescription(
      "Seconds the guest gets to shut down after an ACPI power button press before it is killed.")
  @Min(0)
  private Long terminationGracePeriodSeconds;

  /**
   * When this probe fails the VMI is stopped (and restarted according to the VM's run strategy).
   */
  @JsonPropertyDescription(
      "When this probe fails the VMI is stopped (and restarted according to the VM's run strategy).")
  private Probe livenessProbe;

  /** The VMI is Ready only while this probe succeeds. */
  @JsonPropertyDescription("The VMI is Ready only while this probe succeeds.")
  private Probe readinessProbe;

  /** The guest's hostname; the VMI name if empty. */
  @JsonPropertyDescription("The guest's hostname; the VMI name if empty.")
  private String hostname;

  /**
   * With a headless service of this name the guest gets the FQDN
   * <hostname>.<subdomain>.<namespace>.svc.
   */
  @JsonPropertyDescription(
      "With a headless service of this name the guest gets the FQDN <hostname>.<subdomain>.<namespace>.svc.")
  private String subdomain;

  /** The DNS policy of the launcher pod (ClusterFirst, Default, None, ClusterFirstWithHostNet). */
  @JsonPropertyDescription(
      "The DNS policy of the launcher pod (ClusterFirst, Default, None, ClusterFirstWithHostNet).")
  private String dnsPolicy;

  /** Extra DNS settings of the launcher pod. */
  @JsonPropertyDescription("Extra DNS settings of the launcher pod.")
  private PodDNSConfig dnsConfig;

  /**
   * SSH keys and user passwords injected into the guest (kept as written; not interpreted by
   * coexist yet).
   */
  @JsonPropertyDescription(
      "SSH keys and user passwords injected into the guest (kept as written; not interpreted by coexist yet).")
  @PreserveUnknownFields
  private List<OpenObject> accessCredentials;

  /** The guest CPU architecture (amd64, arm64, s390x); the cluster default if empty. */
  @JsonPropertyDescription(
      "The guest CPU architecture (amd64, arm64, s390x); the cluster default if empty.")
  private String architecture;

  /** Dynamic resource allocation claims of the launcher pod (kept as written). */
  @JsonPropertyDescription(
      "Dynamic resource allocation claims of the launcher pod (kept as written).")
  @PreserveUnknownFields
  private List<OpenObject> resourceClaims;

  public DomainSpec getDomain() {
    return domain;
  }

  public void setDomain(DomainSpec domain) {
    this.domain = domain;
  }

  public List<Volume> getVolumes() {
    return volumes;
  }

  public void setVolumes(List<Volume> volumes) {
    this.volumes = volumes;
  }

  public List<Network> getNetworks() {
    return networks;
  }

  public void setNetworks(List<Network> networks) {
    this.networks = networks;
  }

  public Map<String, String> getNodeSelector() {
    return nodeSelector;
  }

  public void setNodeSelector(Map<String, String> nodeSelector) {
    this.nodeSelector = nodeSelector;
  }

  public Affinity getAffinity() {
    return affinity;
  }

  public void setAffinity(Affinity affinity) {
    this.affinity = affinity;
  }

  public List<Toleration> getTolerations() {
    return tolerations;
  }

  public void setTolerations(List<Toleration> tolerations) {
    this.tolerations = tolerations;
  }

  public List<TopologySpreadConstraint> getTopologySpreadConstraints() {
    return topologySpreadConstraints;
  }

  public void setTopologySpreadConstraints(
      List<TopologySpreadConstraint> topologySpreadConstraints) {
    this.topologySpreadConstraints = topologySpreadConstraints;
  }

  public String getSchedulerName() {
    return schedulerName;
  }

  public void setSchedulerName(String schedulerName) {
    this.schedulerName = schedulerName;
  }

  public String getPriorityClassName() {
    return priorityClassName;
  }

  public void setPriorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
  }

  public EvictionStrategy getEvictionStrategy() {
    return evictionStrategy;
  }

  public void setEvictionStrategy(EvictionStrategy evictionStrategy) {
    this.evictionStrategy = evictionStrategy;
  }

  public StartStrategy getStartStrategy() {
    return startStrategy;
  }

  public void setStartStrategy(StartStrategy startStrategy) {
    this.startStrategy = startStrategy;
  }

  public Long getTerminationGracePeriodSeconds() {
    return terminationGracePeriodSeconds;
  }

  public void setTerminationGracePeriodSeconds(Long terminationGracePeriodSeconds) {
    this.terminationGracePeriodSeconds = terminationGracePeriodSeconds;
  }

  public Probe getLivenessProbe() {
    return livenessProbe;
  }

  public void setLivenessProbe(Probe livenessProbe) {
    this.livenessProbe = livenessProbe;
  }

  public Probe getReadinessProbe() {
    return readinessProbe;
  }

  public void setReadinessProbe(Probe readinessProbe) {
    this.readinessProbe = readinessProbe;
  }

  public String getHostname() {
    return hostname;
  }

  public void setHostname(String hostname) {
    this.hostname = hostname;
  }

  public String getSubdomain() {
    return subdomain;
  }

  public void setSubdomain(String subdomain) {
    this.subdomain = subdomain;
  }

  public String getDnsPolicy() {
    return dnsPolicy;
  }

  public void setDnsPolicy(String dnsPolicy) {
    this.dnsPolicy = dnsPolicy;
  }

  public PodDNSConfig getDnsConfig() {
    return dnsConfig;
  }

  public void setDnsConfig(PodDNSConfig dnsConfig) {
    this.dnsConfig = dnsConfig;
  }

  public List<OpenObject> getAccessCredentials() {
    return accessCredentials;
  }

  public void setAccessCredentials(List<OpenObject> accessCredentials) {
    this.accessCredentials = accessCredentials;
  }

  public String getArchitecture() {
    return architecture;
  }

  public void setArchitecture(String architecture) {
    this.architecture = architecture;
  }

  public List<OpenObject> getResourceClaims() {
    return resourceClaims;
  }

  public void setResourceClaims(List<OpenObject> resourceClaims) {
    this.resourceClaims = resourceClaims;
  }

  /**
   * A deep copy of this spec, fields coexist does not model included: what the VM controller puts
   * into a new VMI from {@code VirtualMachine.spec.template.spec}. Pure: this spec is unchanged.
   */
  public VirtualMachineInstanceSpec copy() {
    return ApiObjects.deepCopy(this, VirtualMachineInstanceSpec.class);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    VirtualMachineInstanceSpec that = (VirtualMachineInstanceSpec) o;
    return Objects.equals(domain, that.domain)
        && Objects.equals(volumes, that.volumes)
        && Objects.equals(networks, that.networks)
        && Objects.equals(nodeSelector, that.nodeSelector)
        && Objects.equals(affinity, that.affinity)
        && Objects.equals(tolerations, that.tolerations)
        && Objects.equals(topologySpreadConstraints, that.topologySpreadConstraints)
        && Objects.equals(schedulerName, that.schedulerName)
        && Objects.equals(priorityClassName, that.priorityClassName)
        && Objects.equals(evictionStrategy, that.evictionStrategy)
        && Objects.equals(startStrategy, that.startStrategy)
        && Objects.equals(terminationGracePeriodSeconds, that.terminationGracePeriodSeconds)
        && Objects.equals(livenessProbe, that.livenessProbe)
        && Objects.equals(readinessProbe, that.readinessProbe)
        && Objects.equals(hostname, that.hostname)
        && Objects.equals(subdomain, that.subdomain)
        && Objects.equals(dnsPolicy, that.dnsPolicy)
        && Objects.equals(dnsConfig, that.dnsConfig)
        && Objects.equals(accessCredentials, that.accessCredentials)
        && Objects.equals(architecture, that.architecture)
        && Objects.equals(resourceClaims, that.resourceClaims);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        domain,
        volumes,
        networks,
        nodeSelector,
        affinity,
        tolerations,
        topologySpreadConstraints,
        schedulerName,
        priorityClassName,
        evictionStrategy,
        startStrategy,
        terminationGracePeriodSeconds,
        livenessProbe,
        readinessProbe,
        hostname,
        subdomain,
        dnsPolicy,
        dnsConfig,
        accessCredentials,
        architecture,
        resourceClaims);
  }
}
