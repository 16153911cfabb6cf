# shellcheck shell=sh
# The compute container of bench/vm-start-floor.sh's launcher-shaped pods (POSIX sh, run by the
# launcher image's /bin/sh instead of `virt-launcher serve`; $1 = shape, libvirt or
# libvirt-cached). Every mark is one line "FLOOR-<WHAT> <epoch seconds> <this container's CPU
# nanoseconds or ->" on stdout, read back with `kubectl logs` (the container's clock is the host's).
#   shape:   FLOOR-MARK at once, then sleep: what the pod's shape alone costs.
#   libvirt: the launcher's pod mode without the launcher: its libvirtd configs (DaemonConfig),
#            qemu.conf copied to /etc/libvirt, the image's capability-cache fixup, libvirtd pinned
#            to the first allowed CPU (PrivateLibvirt's launch script), then `virsh create` of a
#            minimal TCG domain (128 MiB, 1 vCPU, the containerDisk's qcow2 read-only in place
#            through /proc/<pid>/root, no NIC, serial to a file); FLOOR-MARK once `virsh create`
#            returned (the domain runs). It does less than a launcher: no JVM, no command socket,
#            no SYNC, no overlay image, no passt, a transient domain instead of define + start.
#            Marks on the way: START, LIBVIRTD (daemon accepting clients), DISK (containerDisk
#            found); after MARK, SERIAL (the guest's first serial line) and GUEST
#            (COEXIST-GUEST-READY), when they come.
#   libvirt-cached: as libvirt, without /dev/kvm in this container, so that libvirtd takes the
#            image's pre-seeded capability cache instead of probing QEMU again (below); what the
#            launcher does in emulation since 33820da (libvirt is the launcher before it).
#   libvirt-unpinned: as libvirt-cached, libvirtd not pinned to one CPU (the pinning only keeps a
#            KVM capability cache valid; every launcher's libvirtd lands on the same CPU).
set -eu
mode=$1
cpu_ns() {
  for f in /sys/fs/cgroup/cpuacct/cpuacct.usage /sys/fs/cgroup/cpu,cpuacct/cpuacct.usage; do
    [ -r "$f" ] && { cat "$f"; return; }
  done
  echo -
}
mark() { echo "FLOOR-$1 $(date +%s.%N) $(cpu_ns)"; }

if [ "$mode" = shape ]; then
  mark MARK
  exec sleep 2147483647
fi

d=/var/run/kubevirt-private
failed() {
  rc=$?
  [ $rc = 0 ] || { mark "FAIL rc=$rc"; tail -n 20 "$d/libvirtd.log" 2>/dev/null; }
}
trap failed EXIT
mark START
mkdir -p /var/run/kubevirt/sockets "$d/etc" "$d/run" "$d/lib" "$d/cache" "$d/log" "$d/state"
chmod 700 "$d"
cat >"$d/libvirtd.conf" <<EOF
unix_sock_dir = "$d"
unix_sock_rw_perms = "0700"
auth_unix_rw = "none"
auth_unix_ro = "none"
log_outputs = "3:file:$d/libvirtd.log"
max_clients = 20
max_workers = 4
min_workers = 1
prio_workers = 1
EOF
cat >"$d/etc/qemu.conf" <<EOF
namespaces = []
cgroup_controllers = []
security_driver = "none"
user = "root"
group = "root"
dynamic_ownership = 0
remember_owner = 0
clear_emulator_capabilities = 0
stdio_handler = "file"
EOF
mkdir -p /etc/libvirt /run/libvirt /var/lib/libvirt /var/log/libvirt
if [ "$mode" != libvirt ]; then
  # The pre-seeded capability cache was probed without /dev/kvm (chroot at image build); this
  # privileged container sees the host's /dev/kvm, so libvirtd finds the cache outdated and
  # probes QEMU again. Without the device node (this container's own /dev) the cache holds.
  rm -f /dev/kvm
fi
cp "$d/etc/qemu.conf" /etc/libvirt/qemu.conf
/usr/local/bin/coexist-libvirt-caps-fixup /usr/sbin/libvirtd
cpus=$(taskset -pc $$ | sed 's/.*: *//')
[ "$mode" = libvirt-unpinned ] || cpus=${cpus%%[-,]*}
# --daemon returns once the daemon listens (its child reports through a pipe): no socket polling.
(taskset -c "$cpus" /usr/sbin/libvirtd --daemon -f "$d/libvirtd.conf" -p "$d/libvirtd.pid" && mark LIBVIRTD) &
libvirtd=$!

# The containerDisk container's process (shared process namespace), as the launcher finds it:
# polled every 100 ms like PodContainerDisks.
pid=
while [ -z "$pid" ]; do
  for p in /proc/[0-9]*; do
    if grep -qsxz COEXIST_CONTAINER_DISK=rootdisk "$p/environ"; then pid=${p#/proc/} && break; fi
  done
  [ -n "$pid" ] || sleep 0.1
done
set -- "/proc/$pid/root/disk/"*
disk=$1
mark DISK

cat >"$d/floor.xml" <<EOF
<domain type='qemu'>
  <name>floor</name>
  <memory unit='MiB'>128</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='q35'>hvm</type><boot dev='hd'/></os>
  <features><acpi/><tcg><tb-cache unit='KiB'>65536</tb-cache></tcg></features>
  <on_poweroff>destroy</on_poweroff>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='$disk'/>
      <target dev='vda' bus='virtio'/>
      <readonly/>
    </disk>
    <serial type='file'><source path='$d/serial.log'/><target port='0'/></serial>
    <controller type='usb' model='none'/>
    <memballoon model='none'/>
  </devices>
</domain>
EOF
wait "$libvirtd"
virsh -q -c "qemu+unix:///system?socket=$d/libvirt-sock" create "$d/floor.xml" >/dev/null
mark MARK

# The guest's serial output, followed with inotify (tail -F): first line, then the ready marker.
(tail -n +1 -F "$d/serial.log" 2>/dev/null | {
  IFS= read -r _ && mark SERIAL
  grep -q -m1 COEXIST-GUEST-READY && mark GUEST
}) &
exec sleep 2147483647
