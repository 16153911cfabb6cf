#!/usr/bin/env bash
# Boots a VirtualMachine / VirtualMachineInstance YAML locally with no cluster (`make run VM=<file>`):
# builds the launcher if needed, ensures the test guest image, then runs
# `virt-launcher run <file>` with its serial console on this terminal (Ctrl-] stops the VM).
# SIGTERM/SIGINT shut the guest down and leave no QEMU, libvirtd or virtlogd behind.
set -euo pipefail
cd "$(dirname "$0")/.."
VM=${1:?usage: hack/run-vm.sh <vm-or-vmi.yaml>}
[[ -f $VM ]] || { echo "run-vm: no such file: $VM" >&2; exit 2; }
MVN=${MVN:-mvn -B}
JAR=virt-launcher/target/virt-launcher-0.1.0-SNAPSHOT.jar
if [[ ! -f $JAR || ! -d virt-launcher/target/lib ]] ||
  [[ -n $(find virt-launcher/src crds/src -newer "$JAR" -type f -print -quit) ]]; then
  echo "run-vm: building virt-launcher" >&2
  nice $MVN -q -pl virt-launcher -am -DskipTests package >&2
fi
hack/guest-image.sh >/dev/null
# A small JVM: the launcher's overhead budget (JVM + libvirtd + virtlogd) is 150 MiB per VM.
JAVA_OPTS=${JAVA_OPTS:--Xmx32m -Xms8m -Xss256k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=16m -XX:MaxMetaspaceSize=48m -XX:CICompilerCount=1 -XX:Tier0InvokeNotifyFreqLog=10 -XX:MaxDirectMemorySize=8m -XX:-UsePerfData -Xshare:auto}
# exec: signals go straight to the JVM, whose shutdown hook stops the guest and the daemons.
# shellcheck disable=SC2086
exec java $JAVA_OPTS -Dorg.slf4j.simpleLogger.showDateTime=true \
  -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
  -cp "$JAR:virt-launcher/target/lib/*" dev.coexist.launcher.Main run "$VM"
