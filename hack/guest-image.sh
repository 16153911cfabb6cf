#!/usr/bin/env bash
# Builds coexist's tiny test guest from Debian packages only, into the cache:
#   ${COEXIST_CACHE:-$HOME/.cache/coexist}/guest/<hash>/
#     vmlinuz     the Debian kernel (bzImage)
#     vmlinux     the same kernel uncompressed (PVH ELF: fast direct-kernel boot, ~5 s under TCG)
#     initrd.gz   busybox-static initramfs (see GUEST_INIT below)
#     disk.qcow2  MBR + ext4 + extlinux disk holding vmlinuz + initrd.gz (boots from BIOS)
#     kernel-version, .complete (stamp: written last; a directory without it is never used)
#   ${COEXIST_CACHE}/guest/current -> <hash>            (the newest complete build)
#   ${COEXIST_CACHE}/containerdisks/localhost_coexist_tiny-guest_latest/disk.qcow2
#     the local containerDisk `localhost/coexist/tiny-guest:latest` that `virt-launcher run`
#     resolves (a containerDisk image holds its disk at /disk/disk.qcow2, like KubeVirt's).
# The cache key is the hash of this script plus the kernel version. Prints the guest dir on stdout.
#
# The guest prints on ttyS0: `COEXIST-GUEST-READY` once booted (network, acpid, httpd up), then one
# line `COEXIST-FACTS vcpus=<n> memtotal_kb=<n> disks=<name>:<serial>:<bytes>,... macs=<mac>,...
# cloudinit=<yes|no> ip=<addr/len|none>`; it serves HTTP on port 80, powers off on ACPI power
# button, prints `COEXIST-GUEST-POWEROFF` when it does, and gives a root shell on the console.
# Kernel parameter `hb` adds a heartbeat line per second.
# Needs root (loop devices) and the packages in hack/install-deps.sh.
set -euo pipefail

CACHE=${COEXIST_CACHE:-$HOME/.cache/coexist}
SELF=$(readlink -f "${BASH_SOURCE[0]}")
log() { echo "guest-image: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[[ $(id -u) == 0 ]] || die "must run as root (it uses loop devices to build the extlinux disk)"
for tool in apt-get apt-cache dpkg-deb busybox cpio gzip xz modprobe sfdisk losetup mkfs.ext4 \
  extlinux qemu-img flock; do
  command -v "$tool" >/dev/null || die "missing $tool: run 'bash hack/install-deps.sh'"
done
MBR=/usr/lib/syslinux/mbr/mbr.bin
[[ -f $MBR ]] || die "missing $MBR: run 'bash hack/install-deps.sh' (syslinux-common)"

# The kernel: the newest bookworm linux-image-6.1.0-N-amd64 unless COEXIST_GUEST_KERNEL is set.
KVER=${COEXIST_GUEST_KERNEL:-$(apt-cache search --names-only '^linux-image-6\.1\.0-[0-9]+-amd64$' |
  awk '{print $1}' | sed 's/^linux-image-//' | sort -V | tail -1)}
[[ -n $KVER ]] || die "no linux-image-6.1.0-*-amd64 in apt's lists: run 'apt-get update'"
HASH=$( (sha256sum <"$SELF"; echo "$KVER") | sha256sum | cut -c1-16)
GUEST_ROOT=$CACHE/guest
OUT=$GUEST_ROOT/$HASH
CDISK=$CACHE/containerdisks/localhost_coexist_tiny-guest_latest

mkdir -p "$GUEST_ROOT"
exec 9>"$GUEST_ROOT/.lock"
flock 9

publish() {
  ln -sfn "$HASH" "$GUEST_ROOT/current.tmp" && mv -T "$GUEST_ROOT/current.tmp" "$GUEST_ROOT/current"
  if ! cmp -s "$OUT/disk.qcow2" "$CDISK/disk.qcow2" 2>/dev/null; then
    mkdir -p "$CDISK"
    cp "$OUT/disk.qcow2" "$CDISK/.disk.qcow2.tmp" && mv "$CDISK/.disk.qcow2.tmp" "$CDISK/disk.qcow2"
  fi
  echo "$OUT"
}

if [[ -f $OUT/.complete ]]; then
  log "cached: $OUT (kernel $KVER)"
  publish
  exit 0
fi

log "building kernel $KVER into $OUT"
rm -rf "$OUT" "$OUT.tmp"
WORK=$OUT.tmp
mkdir -p "$WORK"
MNT=""; LOOP=""
cleanup() {
  [[ -n $MNT ]] && mountpoint -q "$MNT" && umount "$MNT"
  [[ -n $LOOP ]] && losetup -d "$LOOP" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

# 1. kernel package (downloaded, never installed on the host)
(cd "$WORK" && apt-get download -q "linux-image-$KVER" >&2)
dpkg-deb -x "$WORK"/linux-image-"$KVER"_*.deb "$WORK/kpkg"
cp "$WORK/kpkg/boot/vmlinuz-$KVER" "$WORK/vmlinuz"
off=$(grep -abo $'\xfd7zXZ\x00' "$WORK/vmlinuz" | head -1 | cut -d: -f1)
[[ -n $off ]] || die "no xz payload in vmlinuz-$KVER"
tail -c +$((off + 1)) "$WORK/vmlinuz" | xz -dc >"$WORK/vmlinux" 2>/dev/null || [[ -s $WORK/vmlinux ]]
depmod -b "$WORK/kpkg" "$KVER"

# 2. initramfs: busybox-static, the modules in dependency order, /init
R=$WORK/root
mkdir -p "$R"/{bin,sbin,etc,proc,sys,dev,tmp,run,var/log,www,lib/modules,usr/share/udhcpc,etc/acpi/PWRF}
cp /bin/busybox "$R/bin/busybox"
for applet in $(/bin/busybox --list); do
  [[ $applet == busybox ]] || ln -sf busybox "$R/bin/$applet"
done
MODS="virtio_pci virtio_net virtio_blk virtio_scsi virtio_console virtio_rng sd_mod sr_mod ahci button evdev"
: >"$R/etc/modules.order"
for m in $MODS; do
  modprobe -S "$KVER" -d "$WORK/kpkg" --show-depends "$m" | awk '$1 == "insmod" {print $2}'
done | awk '!seen[$0]++' | while read -r ko; do
  name=$(basename "$ko"); name=${name%.xz}
  if [[ $ko == *.xz ]]; then xz -dc "$ko" >"$R/lib/modules/$name"; else cp "$ko" "$R/lib/modules/$name"; fi
  echo "$name" >>"$R/etc/modules.order"
done
[[ -s $R/etc/modules.order ]] || die "no modules resolved from linux-image-$KVER"

cat >"$R/usr/share/udhcpc/default.script" <<'EOF'
#!/bin/sh
case "$1" in
  bound|renew)
    ip addr flush dev "$interface"
    ip addr add "$ip/${mask:-24}" dev "$interface"
    [ -n "$router" ] && ip route replace default via "${router%% *}" dev "$interface"
    : >/etc/resolv.conf; for d in $dns; do echo "nameserver $d" >>/etc/resolv.conf; done ;;
  deconfig) ip addr flush dev "$interface" ;;
esac
exit 0
EOF
cat >"$R/etc/acpi/PWRF/00000080" <<'EOF'
#!/bin/sh
echo COEXIST-GUEST-POWEROFF >/dev/console
sync
poweroff -f
EOF
echo "coexist-tiny-guest" >"$R/www/index.html"

cat >"$R/init" <<'EOF'
#!/bin/sh
export PATH=/bin:/sbin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
while read -r m; do insmod "/lib/modules/$m" 2>/dev/null; done </etc/modules.order
mdev -s 2>/dev/null
ip link set lo up
ipaddr=none
if ip link set eth0 up 2>/dev/null; then
  udhcpc -i eth0 -n -q -t 5 -T 1 -s /usr/share/udhcpc/default.script >/dev/null 2>&1 &&
    ipaddr=$(ip -4 -o addr show eth0 | awk '{print $4}')
fi
acpid -c /etc/acpi
httpd -p 80 -h /www
echo COEXIST-GUEST-READY
disks=""
for b in /sys/block/*; do
  n=${b##*/}
  case $n in loop*|ram*) continue ;; esac
  s=""
  [ -r "$b/serial" ] && s=$(cat "$b/serial")
  [ -z "$s" ] && [ -r "$b/device/serial" ] && s=$(cat "$b/device/serial")
  [ -z "$s" ] && [ -r "$b/device/vpd_pg80" ] && s=$(tail -c +5 "$b/device/vpd_pg80" | tr -dc 'A-Za-z0-9._-')
  disks="$disks${disks:+,}$n:$s:$(( $(cat "$b/size") * 512 ))"
done
macs=""
for n in /sys/class/net/*; do
  [ "${n##*/}" = lo ] || macs="$macs${macs:+,}$(cat "$n/address")"
done
ci=no
{ findfs LABEL=cidata || findfs LABEL=CIDATA || findfs LABEL=config-2; } >/dev/null 2>&1 && ci=yes
echo "COEXIST-FACTS vcpus=$(grep -c ^processor /proc/cpuinfo) memtotal_kb=$(awk '/^MemTotal:/{print $2}' /proc/meminfo) disks=$disks macs=$macs cloudinit=$ci ip=$ipaddr"
grep -qw hb /proc/cmdline && (while :; do echo "HB $(cut -d' ' -f1 /proc/uptime)"; sleep 1; done) &
while :; do setsid cttyhack sh; sleep 1; done
EOF
chmod +x "$R/init" "$R/usr/share/udhcpc/default.script" "$R/etc/acpi/PWRF/00000080"
(cd "$R" && find . | LC_ALL=C sort | cpio -o -H newc --quiet | gzip -9) >"$WORK/initrd.gz"

# 3. extlinux-bootable qcow2 disk holding the kernel and the initramfs
truncate -s 64M "$WORK/disk.raw"
echo 'start=2048, type=83, bootable' | sfdisk -q "$WORK/disk.raw"
LOOP=$(losetup -f --show -o $((2048 * 512)) --sizelimit $((62 * 1024 * 1024)) "$WORK/disk.raw")
mkfs.ext4 -q -O ^64bit,^metadata_csum -L coexist-root "$LOOP"
MNT=$WORK/mnt
mkdir -p "$MNT"
mount "$LOOP" "$MNT"
mkdir -p "$MNT/boot/extlinux"
cp "$WORK/vmlinuz" "$WORK/initrd.gz" "$MNT/boot/"
printf 'DEFAULT g\nTIMEOUT 1\nPROMPT 0\nSERIAL 0 115200\nLABEL g\n LINUX /boot/vmlinuz\n INITRD /boot/initrd.gz\n APPEND console=ttyS0 quiet\n' \
  >"$MNT/boot/extlinux/extlinux.conf"
extlinux --install "$MNT/boot/extlinux" >/dev/null 2>&1
umount "$MNT"; MNT=""
losetup -d "$LOOP"; LOOP=""
dd if="$MBR" of="$WORK/disk.raw" bs=440 count=1 conv=notrunc status=none
qemu-img convert -O qcow2 "$WORK/disk.raw" "$WORK/disk.qcow2"

# 4. publish atomically: move the finished files, then write the stamp
mkdir -p "$OUT"
mv "$WORK/vmlinuz" "$WORK/vmlinux" "$WORK/initrd.gz" "$WORK/disk.qcow2" "$OUT/"
echo "$KVER" >"$OUT/kernel-version"
touch "$OUT/.complete"
log "built $OUT: $(du -sh "$OUT" | cut -f1)"
publish
