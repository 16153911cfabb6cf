#!/bin/sh
# Runs in a pod from the launcher base image: libvirtd + the test guest under TCG; prints the
# guest's console (with COEXIST-GUEST-READY) and whether libvirt reused its pre-seeded QEMU
# capability cache instead of probing QEMU again.
set -eu
# TCG only on these machines: hide /dev/kvm (a privileged pod sees the host's) from libvirt.
rm -f /dev/kvm
coexist-libvirt-caps-fixup
# QEMU runs as libvirt-qemu and qemu.conf has no security driver to relabel files: like KubeVirt's
# launcher, hand the guest's files to the QEMU user before starting the domain.
chown libvirt-qemu:libvirt-qemu /vm /vm/disk.qcow2
chmod 660 /vm/disk.qcow2
caps=$(ls /var/cache/libvirt/qemu/capabilities/*.xml)
before=$(stat -c '%i %y' $caps)
start=$(date +%s)
/usr/sbin/libvirtd --daemon
i=0
until [ -S /run/libvirt/libvirt-sock ]; do
  i=$((i + 1)); [ $i -lt 300 ] || { echo "libvirtd did not start"; exit 1; }; sleep 0.1
done
virsh -c qemu:///system create /etc/coexist-boot/domain.xml
i=0
until grep -q COEXIST-GUEST-READY /vm/console.log 2>/dev/null; do
  i=$((i + 1)); [ $i -lt 1800 ] || { echo "no COEXIST-GUEST-READY"; cat /vm/console.log; exit 1; }; sleep 0.1
done
echo "guest ready $(( $(date +%s) - start )) s after libvirtd start"
cat /vm/console.log
after=$(stat -c '%i %y' $caps)
if [ "$before" = "$after" ]; then echo "CAPS-CACHE-REUSED"; else echo "CAPS-CACHE-REPROBED $before -> $after"; fi
virsh -c qemu:///system destroy tiny-guest >/dev/null
