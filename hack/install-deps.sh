#!/usr/bin/env bash
# Installs what coexist's build and tests need on a fresh Debian 12 machine. Idempotent.
set -euo pipefail
PKGS=(
  # guests and libvirt (virt-launcher, tests, demo)
  qemu-system-x86 qemu-utils ovmf seabios ipxe-qemu
  libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients libvirt-daemon-system libxml2-utils passt
  # building the Debian-only test guest
  busybox-static cpio kmod extlinux syslinux-common fdisk e2fsprogs dosfstools genisoimage socat
  # images without Docker, and the node
  mmdebstrap skopeo umoci containerd runc containernetworking-plugins iptables iproute2
  # the test cluster: static pause binary, PKI, image tars
  gcc libc6-dev openssl python3
  # compression formats the importer handles
  xz-utils zstd gzip
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "all ${#PKGS[@]} packages present"
fi
