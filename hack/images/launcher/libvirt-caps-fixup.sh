#!/bin/sh
# Keeps libvirt's pre-seeded QEMU capability cache valid inside a pod. The cache (probed once at
# image build) records the ctime of the QEMU and libvirtd binaries and the mtime of QEMU's module
# dir; unpacking the image gives new ctimes (and the image tar clamps mtimes), which would make
# libvirtd re-probe QEMU (seconds of CPU) at every pod start. The files are the same bytes, so
# point the records at the current times. Run before libvirtd.
set -eu
# libvirt's "self" time is the newest ctime of the daemon (when started by its absolute path, as
# the launcher does) and of the driver modules it loads.
self=${1:-/usr/sbin/libvirtd}
selftime=$(stat -c %Z "$self" /usr/lib/x86_64-linux-gnu/libvirt/*/*.so | sort -n | tail -n1)
moddir=/usr/lib/x86_64-linux-gnu/qemu
for f in /var/cache/libvirt/qemu/capabilities/*.xml; do
  [ -e "$f" ] || continue
  emulator=$(sed -n 's:.*<emulator>\(.*\)</emulator>.*:\1:p' "$f" | head -n1)
  [ -n "$emulator" ] && [ -e "$emulator" ] || continue
  sed -i -e "s:<qemuctime>[0-9]*</qemuctime>:<qemuctime>$(stat -c %Z "$emulator")</qemuctime>:" \
    -e "s:<selfctime>[0-9]*</selfctime>:<selfctime>$selftime</selfctime>:" "$f"
  if [ -d "$moddir" ]; then
    sed -i "s:<qemumoddirmtime>[0-9]*</qemumoddirmtime>:<qemumoddirmtime>$(stat -c %Y "$moddir")</qemumoddirmtime>:" "$f"
  fi
done
