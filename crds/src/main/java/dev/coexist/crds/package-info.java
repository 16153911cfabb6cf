/** coexist's shared API module: KubeVirt, CDI and HCO types, launcher protocol records. No I/O. */
package dev.coexist.crds;
