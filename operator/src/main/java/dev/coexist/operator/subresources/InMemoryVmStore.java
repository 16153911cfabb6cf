package dev.coexist.operator.subresources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.fabric8.zjsonpatch.JsonPatch;
import io.fabric8.zjsonpatch.JsonPatchException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link VmStore} in memory, for tests: objects are kept as JSON and patched with RFC 6902
 * semantics, plus the API server's rule that {@code test} against {@code null} passes for an absent
 * path. The status patch touches only {@code /status}, the spec patch everything else.
 */
public final class InMemoryVmStore implements VmStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, JsonNode> vms = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> vmis = new ConcurrentHashMap<>();
  private final List<String> deletedPodsOf = new ArrayList<>();

  /** Stores (or replaces) a VM. */
  public void put(VirtualMachine vm) {
    vms.put(key(vm.getMetadata().getNamespace(), vm.getMetadata().getName()), JSON.valueToTree(vm));
  }

  /** Stores (or replaces) a VMI. */
  public void put(VirtualMachineInstance vmi) {
    vmis.put(
        key(vmi.getMetadata().getNamespace(), vmi.getMetadata().getName()), JSON.valueToTree(vmi));
  }

  /** UIDs of VMIs whose launcher pods were deleted. */
  public synchronized List<String> deletedLauncherPodsOf() {
    return List.copyOf(deletedPodsOf);
  }

  @Override
  public Optional<VirtualMachine> vm(String namespace, String name) {
    return Optional.ofNullable(vms.get(key(namespace, name)))
        .map(n -> JSON.convertValue(n, VirtualMachine.class));
  }

  @Override
  public Optional<VirtualMachineInstance> vmi(String namespace, String name) {
    return Optional.ofNullable(vmis.get(key(namespace, name)))
        .map(n -> JSON.convertValue(n, VirtualMachineInstance.class));
  }

  @Override
  public synchronized void patch(
      Target target, String namespace, String name, List<PatchOp> ops, boolean dryRun) {
    Map<String, JsonNode> store = target == Target.VMI ? vmis : vms;
    JsonNode current = store.get(key(namespace, name));
    if (current == null) {
      throw new PatchConflictException(namespace + "/" + name + " not found", null);
    }
    for (PatchOp op : ops) {
      boolean statusPath = op.path().startsWith("/status");
      if (target == Target.VM_STATUS != statusPath && target != Target.VMI) {
        throw new IllegalArgumentException(
            "patch of " + target + " touches " + op.path() + ", outside its subresource");
      }
    }
    JsonNode next = current.deepCopy();
    for (PatchOp op : ops) {
      next = apply(next, op);
    }
    if (!dryRun) {
      store.put(key(namespace, name), next);
    }
  }

  private static JsonNode apply(JsonNode doc, PatchOp op) {
    if ("test".equals(op.op()) && op.value().isNull() && doc.at(op.path()).isMissingNode()) {
      return doc;
    }
    ArrayNode patch = JSON.createArrayNode();
    patch.add(JSON.valueToTree(op));
    try {
      return JsonPatch.apply(patch, doc);
    } catch (JsonPatchException | IllegalArgumentException e) {
      throw new PatchConflictException(
          "jsonpatch " + op.op() + " operation does not apply: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized boolean deleteLauncherPods(String namespace, VirtualMachineInstance vmi) {
    deletedPodsOf.add(vmi.getMetadata().getUid());
    return true;
  }

  private static String key(String namespace, String name) {
    return namespace + "/" + name;
  }
}
