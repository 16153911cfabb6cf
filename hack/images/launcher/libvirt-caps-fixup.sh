#!/bin/sh
# Keeps libvirt's pre-seeded QEMU capability cache valid inside a pod. The cache (probed once at
# image build) records the ctime of the QEMU and libvirtd binaries; unpacking the image gives them
# new ctimes, which would make libvirtd re-probe QEMU (seconds of CPU) at every pod start. The
# binaries are the same bytes, so point the records at the current ctimes. Run before libvirtd.
set -eu
self=${1:-/usr/sbin/libvirtd}
for f in /var/cache/libvirt/qemu/capabilities/*.xml; do
  [ -e "$f" ] || continue
  emulator=$(sed -n 's:.*<emulator>\(.*\)</emulator>.*:\1:p' "$f" | head -n1)
  [ -n "$emulator" ] && [ -e "$emulator" ] || continue
  sed -i -e "s:<qemuctime>[0-9]*</qemuctime>:<qemuctime>$(stat -c %Z "$emulator")</qemuctime>:" \
    -e "s:<selfctime>[0-9]*</selfctime>:<selfctime>$(stat -c %Z "$self")</selfctime>:" "$f"
done
