/**
 * StorageProfiles (cdi.kubevirt.io/v1beta1): one per StorageClass, holding the access and volume
 * modes DataVolumes' {@code spec.storage} get when they name none.
 */
package dev.coexist.operator.storage;
