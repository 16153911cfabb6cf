#!/usr/bin/env bash
# Builds coexist's container images without Docker and imports them into the test node:
#  1. base images from Debian packages with mmdebstrap (a real installer: package scripts run, so
#     users such as libvirt-qemu exist), turned into docker-save tars by hack/images/mkimage.py and
#     cached by recipe hash under $COEXIST_CACHE/images/;
#  2. the binaries' images with Jib (jib-maven-plugin buildTar, base `tar://`), no daemon, no registry;
#  3. the containerDisk localhost/coexist/tiny-guest:latest from `make guest-image`'s disk;
#  4. `ctr images import` into the node's containerd (when the cluster is up).
# Usage: hack/images.sh [bases [NAME...]|jib|guest|import|all|upgrade-b]   (default all)
#   upgrade-b: image B of the upgrade e2e (UpgradeE2EIT, docs/hco.md "Upgrade"): the same sources
#   built as version <project version>-upgrade-b speaking launcher protocol 3, tagged
#   localhost/coexist/{operator,virt-handler,virt-launcher}:upgrade-b, imported like the others
#   (run it after `all`: it reuses the base images).
set -euo pipefail
# shellcheck source=hack/cluster-env.sh
source "$(dirname "$0")/cluster-env.sh"
# shellcheck source=hack/rootfs.sh
source "$(dirname "$0")/rootfs.sh"
IMAGES=$COEXIST_CACHE/images
MVN=${MVN:-mvn -B}
DEBIAN_MIRRORS=(
  "deb http://deb.debian.org/debian bookworm main"
  "deb http://deb.debian.org/debian bookworm-updates main"
  "deb http://deb.debian.org/debian-security bookworm-security main"
)
JRE_PKGS=(openjdk-17-jre-headless ca-certificates)
IMPORTER_PKGS=("${JRE_PKGS[@]}" qemu-utils)
# libvirt-daemon-system: its scripts create the libvirt-qemu user and libvirt's state/log dirs.
# busybox-static: the static /bin/busybox the init container container-disk-binary copies into the
# launcher pod, where each containerDisk container runs it from its own (user's) image.
LAUNCHER_PKGS=("${JRE_PKGS[@]}" libvirt-daemon libvirt-daemon-driver-qemu libvirt-daemon-system
  libvirt-clients qemu-system-x86 qemu-utils passt genisoimage busybox-static)
# module → base image
declare -A MODULE_BASE=([operator]=jre [virt-handler]=jre [cdi-importer]=importer [virt-launcher]=launcher [e2e]=jre)

# The recipe of a base: its packages, the code that builds it and, for the launcher, the files
# it copies in and the capability-cache seeding. Any change gives a new tar; others stay cached.
recipe_hash() {
  local name=$1
  shift
  { echo "$name $*"; declare -f build_rootfs; cat "$COEXIST_ROOT/hack/images/mkimage.py"
    if [[ $name == launcher ]]; then declare -f seed_libvirt; cat "$COEXIST_ROOT"/hack/images/launcher/*; fi
  } | sha256sum | cut -c1-16
}

build_rootfs() {
  local dir=$1
  shift
  local IFS=,
  nice -n 10 mmdebstrap --mode=root --variant=minbase --include="$*" \
    --aptopt='APT::Install-Recommends "false"' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --setup-hook='mkdir -p "$1"/usr/share/man/man1' \
    --customize-hook='rm -rf "$1"/var/cache/apt/* "$1"/var/lib/apt/lists/*' \
    bookworm "$dir" "${DEBIAN_MIRRORS[@]}" >&2
}

# Starts libvirtd once in the rootfs (chroot, no /dev/kvm: TCG) so its QEMU capability cache is
# filled at build time, not at every pod start.
seed_libvirt() {
  local r=$1 i
  install -m 644 "$COEXIST_ROOT/hack/images/launcher/qemu.conf" "$r/etc/libvirt/qemu.conf"
  install -m 755 "$COEXIST_ROOT/hack/images/launcher/libvirt-caps-fixup.sh" "$r/usr/local/bin/coexist-libvirt-caps-fixup"
  mkdir -p "$r/var/log/libvirt" "$r/var/cache/libvirt/qemu"
  chroot_mounts "$r"
  chroot "$r" /usr/sbin/libvirtd --daemon --pid-file=/run/libvirtd.pid
  for ((i = 0; i < 100; i++)); do [[ -S $r/run/libvirt/libvirt-sock ]] && break; sleep 0.1; done
  chroot "$r" virsh -c qemu:///system domcapabilities --virttype qemu --arch x86_64 >/dev/null
  kill "$(cat "$r/run/libvirtd.pid")"
  for ((i = 0; i < 100; i++)); do [[ -e $r/run/libvirtd.pid ]] || break; sleep 0.1; done
  umount "$r/dev" "$r/run" "$r/sys" "$r/proc"
  ls "$r"/var/cache/libvirt/qemu/capabilities/*.xml >/dev/null || die "libvirt wrote no capability cache"
}

# free_port: a TCP port nothing listens on now (the chroots share the host's network).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# build_base NAME PKGS...: $IMAGES/base-NAME.tar (symlink to the tar of the current recipe).
build_base() {
  local name=$1
  shift
  local hash tar rootfs start=$SECONDS
  hash=$(recipe_hash "$name" "$@")
  tar=$IMAGES/base-$name-$hash.tar
  if [[ ! -s $tar ]]; then
    log "building base image $name ($hash) with mmdebstrap"
    rootfs=$(mktemp -d "$IMAGES/.rootfs-$name.XXXXXX")
    rmdir "$rootfs"
    trap "cleanup_rootfs '$rootfs'" EXIT
    build_rootfs "$rootfs" "$@"
    [[ $name == launcher ]] && seed_libvirt "$rootfs"
    python3 "$COEXIST_ROOT/hack/images/mkimage.py" "$rootfs" "$tar" "localhost/coexist/base-$name:$hash" \
      --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      --env JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 >&2
    rm -rf "$rootfs"
    trap - EXIT
    log "base image $name built in $((SECONDS - start)) s ($(du -h "$tar" | cut -f1))"
  fi
  ln -sfn "$(basename "$tar")" "$IMAGES/base-$name.tar"
  # Keep the two most recently used recipes of NAME: worktrees of different recipes building in
  # turn then switch between cached tars instead of rebuilding each other's base.
  touch "$tar"
  ls -t "$IMAGES"/base-"$name"-*.tar | tail -n +3 | xargs -r rm -f
}

# bases [NAME...]: the named base images (default: all three).
bases() {
  mkdir -p "$IMAGES"
  local n names=("$@")
  ((${#names[@]})) || names=(launcher jre importer)
  for n in "${names[@]}"; do
    case $n in
      launcher) build_base launcher "${LAUNCHER_PKGS[@]}" ;;
      jre) build_base jre "${JRE_PKGS[@]}" ;;
      importer) build_base importer "${IMPORTER_PKGS[@]}" ;;
      *) die "no base image named $n" ;;
    esac
  done
}

# Jib on each binary module (configuration in the parent pom; skipped for modules without it).
jib() {
  local start=$SECONDS m
  (cd "$COEXIST_ROOT" && $MVN -DskipTests -Dcoexist.images.dir="$IMAGES" package \
    "com.google.cloud.tools:jib-maven-plugin:$(mvn_jib_version):buildTar") >&2
  for m in "${!MODULE_BASE[@]}"; do
    [[ -s $COEXIST_ROOT/$m/target/jib-image.tar ]] || die "Jib wrote no $m/target/jib-image.tar"
  done
  launcher_cds
  importer_cds
  log "jib images built in $((SECONDS - start)) s"
}

# keep_cds_archive NAME ROOTFS ARCHIVE JSA: the archive a training JVM dumped at ARCHIVE in ROOTFS
# becomes the cached JSA (older ones of NAME deleted); ROOTFS is removed.
keep_cds_archive() {
  local name=$1 r=$2 archive=$3 jsa=$4
  [[ -s $r$archive ]] || { cat "$r/tmp/cds.log" >&2; die "the $name JVM wrote no CDS archive"; }
  cp "$r$archive" "$jsa.tmp" && mv "$jsa.tmp" "$jsa"
  rm -rf "$r"
  find "$IMAGES" -maxdepth 1 -name "$name-cds-*.jsa" ! -name "$(basename "$jsa")" -delete
}

# add_cds_layer NAME TAR JSA ARCHIVE: JSA added to the image TAR as a layer at ARCHIVE, and the
# entrypoint gets -XX:SharedArchiveFile=ARCHIVE.
add_cds_layer() {
  local name=$1 tar=$2 jsa=$3 archive=$4 r
  r=$(mktemp -d)
  install -D -m 444 "$jsa" "$r$archive"
  python3 "$COEXIST_ROOT/hack/images/add-layer.py" "$tar" "$r" "AppCDS archive" \
    "--java-opt=-XX:SharedArchiveFile=$archive"
  rm -rf "$r"
  log "$name image: AppCDS archive $(du -h "$jsa" | cut -f1) added"
}

# The launcher image gets an AppCDS archive of the classes its JVM loads up to "launcher ready"
# (JVM start is most of a launcher's CPU before its guest starts: docs/performance.md). The archive
# is dumped by the image's own JVM, in a chroot of the image, with the image's entrypoint and
# classpath (CDS checks the JVM build, the flags and every jar's size and mtime), then added as a
# layer, and the entrypoint gets -XX:SharedArchiveFile. Cached by the Jib tar's sha256 and this
# training's code.
LAUNCHER_CDS=/app/cds/launcher.jsa
launcher_cds() {
  local tar=$COEXIST_ROOT/virt-launcher/target/jib-image.tar sum jsa r layer i ep
  sum=$({ sha256sum "$tar"; declare -f launcher_cds; } | sha256sum | cut -c1-16)
  jsa=$IMAGES/launcher-cds-$sum.jsa
  if [[ ! -s $jsa ]]; then
    r=$(mktemp -d "$IMAGES/.rootfs-cds.XXXXXX")
    trap "cleanup_rootfs '$r'" EXIT
    unpack_image "$IMAGES/base-launcher.tar" "$tar" "$r"
    chroot_mounts "$r"
    mkdir -p "$r${LAUNCHER_CDS%/*}"
    : >"$r/tmp/cds.log"
    mapfile -t ep < <(image_entrypoint "$tar")
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      COEXIST_LAUNCHER_SOCKET_DIR=/tmp/cds/s COEXIST_LAUNCHER_PRIVATE_DIR=/tmp/cds/p \
      COEXIST_LAUNCHER_HEALTH_PORT=$(free_port) COEXIST_LAUNCHER_CONTAINER_DISK_WAIT_SECONDS=10 \
      chroot "$r" "${ep[0]}" "-XX:ArchiveClassesAtExit=$LAUNCHER_CDS" "${ep[@]:1}" serve >"$r/tmp/cds.log" 2>&1 &
    local pid=$!
    for ((i = 0; i < 600; i++)); do grep -q "launcher ready" "$r/tmp/cds.log" && break; kill -0 $pid 2>/dev/null || break; sleep 0.1; done
    grep -q "launcher ready" "$r/tmp/cds.log" || { cat "$r/tmp/cds.log" >&2; kill $pid 2>/dev/null; die "the launcher did not start in its image (CDS training)"; }
    # The requests of a real VM start, so that their classes are in the archive: GET_DOMAIN, a
    # WATCH kept open, then SYNCs of the bench's VM shape (docs/performance.md, session 6). The
    # containerDisk is a marked process chrooted in the rootfs with a 1 MiB disk under /disk, as a
    # pod's containerDisk container. passt cannot run in a chroot (no user namespace), so the first
    # SYNC — containerDisk + masquerade NIC with a port — fails once planned and defined, when passt
    # is started: its planning (overlay, conversion, the passt NIC) is what it is for; the second —
    # the same without NIC — defines and starts the domain (TCG); the SIGTERM then stops it as in
    # a pod.
    mkdir -p "$r/disk"
    qemu-img create -q -f qcow2 "$r/disk/disk.qcow2" 1M
    chroot "$r" /usr/bin/env -i COEXIST_CONTAINER_DISK=rootdisk /bin/sleep 600 &
    local marker=$!
    python3 - "$r/tmp/cds/s/cmd.sock" <<'PY' >&2 || log "CDS training: SYNC failed (the archive covers the start only)"
import json, socket, sys
def vmi(name, nic):
    devices = {"disks": [{"name": "rootdisk", "disk": {"bus": "virtio"}}]}
    spec = {"terminationGracePeriodSeconds": 1,
            "domain": {"cpu": {"cores": 1}, "memory": {"guest": "32Mi"}, "devices": devices},
            "volumes": [{"name": "rootdisk",
                         "containerDisk": {"image": "localhost/coexist/cds-training:latest"}}]}
    if nic:
        devices["interfaces"] = [{"name": "default", "masquerade": {},
                                  "ports": [{"name": "http", "port": 80}]}]
        spec["networks"] = [{"name": "default", "pod": {}}]
    else:
        devices["autoattachPodInterface"] = False
    return {"apiVersion": "kubevirt.io/v1", "kind": "VirtualMachineInstance",
            "metadata": {"name": name, "namespace": "cds",
                         "uid": "00000000-0000-0000-0000-00000000cd5%d" % nic},
            "spec": spec}
def connect(req):
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(120)
    s.connect(sys.argv[1])
    s.sendall(json.dumps(dict(req, version=2)).encode() + b"\n")
    return s, s.makefile()
def call(req):
    s, f = connect(req)
    reply = f.readline()
    s.close()
    return json.loads(reply)
print("CDS training GET_DOMAIN:", call({"command": "GET_DOMAIN"}).get("ok"))
watch, events = connect({"command": "WATCH"})
print("CDS training WATCH:", events.readline().strip()[:120])
net = call({"command": "SYNC", "vmi": vmi("cds-net", 1), "useEmulation": True})
print("CDS training SYNC with NIC (passt fails in a chroot):", json.dumps(net)[:300])
if not net.get("ok") and "passt" not in json.dumps(net):
    sys.exit("the SYNC with NIC failed before passt: its planning is not in the archive")
reply = call({"command": "SYNC", "vmi": vmi("cds", 0), "useEmulation": True})
print("CDS training SYNC:", json.dumps(reply)[:300])
print("CDS training WATCH event:", events.readline().strip()[:120])
watch.close()
sys.exit(0 if reply.get("ok") else 1)
PY
    kill -TERM $pid
    wait $pid || true
    kill $marker 2>/dev/null || true
    wait $marker 2>/dev/null || true
    umount "$r/dev" "$r/run" "$r/sys" "$r/proc"
    keep_cds_archive launcher "$r" "$LAUNCHER_CDS" "$jsa"
    trap - EXIT
  fi
  add_cds_layer launcher "$tar" "$jsa" "$LAUNCHER_CDS"
}

# The importer image gets an AppCDS archive too (JVM start is about a CPU-second of a small import:
# docs/performance.md "Import"), dumped in a chroot of the image by a real import in pod mode: a
# 4 MiB qcow2 with a sha256 checksum, served by python's http.server on 127.0.0.1, converted by the
# image's qemu-img. C2 stays on (the digest's SHA-NI intrinsic is C2-only). Cached by the Jib tar's
# sha256.
IMPORTER_CDS=/app/cds/importer.jsa
importer_cds() {
  local tar=$COEXIST_ROOT/cdi-importer/target/jib-image.tar sum jsa r ep port i http_pid rc
  sum=$(sha256sum "$tar" | cut -c1-16)
  jsa=$IMAGES/importer-cds-$sum.jsa
  if [[ ! -s $jsa ]]; then
    r=$(mktemp -d "$IMAGES/.rootfs-cds.XXXXXX")
    trap "cleanup_rootfs '$r'" EXIT
    unpack_image "$IMAGES/base-importer.tar" "$tar" "$r"
    chroot_mounts "$r"
    mkdir -p "$r/tmp/cds/www" "$r/tmp/cds/data" "$r/tmp/cds/scratch" "$r${IMPORTER_CDS%/*}"
    head -c 4M /dev/urandom >"$r/tmp/cds/train.raw"
    qemu-img convert -f raw -O qcow2 "$r/tmp/cds/train.raw" "$r/tmp/cds/www/train.qcow2"
    port=$(free_port)
    python3 -m http.server --bind 127.0.0.1 --directory "$r/tmp/cds/www" "$port" >"$r/tmp/cds/http.log" 2>&1 &
    http_pid=$!
    trap "kill $http_pid 2>/dev/null; cleanup_rootfs '$r'" EXIT
    for ((i = 0; i < 100; i++)); do curl -sfo /dev/null "http://127.0.0.1:$port/train.qcow2" && break; sleep 0.1; done
    mapfile -t ep < <(image_entrypoint "$tar")
    rc=0
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      IMPORTER_ENDPOINT="http://127.0.0.1:$port/train.qcow2" IMPORTER_DATA_DIR=/tmp/cds/data \
      IMPORTER_SCRATCH_DIR=/tmp/cds/scratch IMPORTER_TERMINATION_LOG=/tmp/cds/termination-log \
      IMPORTER_METRICS_PORT=$(free_port) IMPORTER_IMAGE_SIZE=8Mi \
      IMPORTER_CHECKSUM="sha256:$(sha256sum "$r/tmp/cds/www/train.qcow2" | cut -d' ' -f1)" \
      chroot "$r" "${ep[0]}" "-XX:ArchiveClassesAtExit=$IMPORTER_CDS" "${ep[@]:1}" >"$r/tmp/cds.log" 2>&1 || rc=$?
    kill "$http_pid" 2>/dev/null || true
    wait "$http_pid" 2>/dev/null || true
    umount "$r/dev" "$r/run" "$r/sys" "$r/proc"
    ((rc == 0)) || { cat "$r/tmp/cds.log" "$r/tmp/cds/termination-log" >&2; die "the CDS training import failed in the importer image"; }
    qemu-img compare -q -f raw -F qcow2 "$r/tmp/cds/data/disk.img" "$r/tmp/cds/www/train.qcow2" \
      || die "the CDS training import in the importer image gave a wrong disk"
    keep_cds_archive importer "$r" "$IMPORTER_CDS" "$jsa"
    trap - EXIT
  fi
  add_cds_layer importer "$tar" "$jsa" "$IMPORTER_CDS"
}
mvn_jib_version() { sed -n 's:.*<jib.version>\(.*\)</jib.version>.*:\1:p' "$COEXIST_ROOT/pom.xml"; }

# Image B of the upgrade e2e: Maven properties of the parent pom select version, protocol, tag and
# tar name; target/jib-image.tar (image A) is left alone. The next ordinary build filters the
# default version and protocol back into target/ (resources are re-filtered on every build).
UPGRADE_B_MODULES=(operator virt-handler virt-launcher)
upgrade_b() {
  local start=$SECONDS m version
  version=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$COEXIST_ROOT/pom.xml")-upgrade-b
  (cd "$COEXIST_ROOT" && $MVN -DskipTests -Dcoexist.images.dir="$IMAGES" \
    -Dcoexist.version="$version" -Dcoexist.launcher.protocol.version=3 \
    -Dcoexist.image.tag=upgrade-b -Dcoexist.image.tar=jib-image-upgrade-b.tar \
    -pl "$(IFS=,; echo "${UPGRADE_B_MODULES[*]}")" -am package \
    "com.google.cloud.tools:jib-maven-plugin:$(mvn_jib_version):buildTar") >&2
  for m in "${UPGRADE_B_MODULES[@]}"; do
    [[ -s $COEXIST_ROOT/$m/target/jib-image-upgrade-b.tar ]] || die "Jib wrote no $m/target/jib-image-upgrade-b.tar"
  done
  log "image B ($version, launcher protocol 3, tag upgrade-b) built in $((SECONDS - start)) s"
  ctr --address "$CONTAINERD_SOCK" version >/dev/null 2>&1 || die "the test cluster is not running: make cluster-up, then hack/images.sh upgrade-b"
  for m in "${UPGRADE_B_MODULES[@]}"; do import_tar "$COEXIST_ROOT/$m/target/jib-image-upgrade-b.tar"; done
  log "image B built and imported in $((SECONDS - start)) s"
}

# The containerDisk of the test guest, exactly as KubeVirt's docs build one (`FROM scratch`,
# `ADD --chown=107:107 disk.qcow2 /disk/`): /disk/disk.qcow2 owned by 107:107 and nothing else, no
# shell, no busybox. The launcher pod brings its own static binary for the containerDisk container.
guest() {
  local qcow=$COEXIST_CACHE/guest/current/disk.qcow2
  if [[ ! -s $qcow ]]; then
    [[ -x $COEXIST_ROOT/hack/guest-image.sh ]] || { log "no hack/guest-image.sh yet: skipping the tiny-guest containerDisk"; return 0; }
    "$COEXIST_ROOT/hack/guest-image.sh" >&2
  fi
  [[ -s $qcow ]] || die "make guest-image produced no $qcow"
  local d tar=$IMAGES/tiny-guest.tar recipe
  recipe=$({ declare -f guest; cat "$COEXIST_ROOT/hack/images/mkimage.py"; } | sha256sum | cut -c1-16)
  if [[ ! -s $tar || $qcow -nt $tar || $(cat "$tar.recipe" 2>/dev/null) != "$recipe" ]]; then
    d=$(mktemp -d)
    mkdir -p "$d/rootfs/disk"
    cp "$qcow" "$d/rootfs/disk/disk.qcow2"
    chown 107:107 "$d/rootfs/disk/disk.qcow2"
    chmod 644 "$d/rootfs/disk/disk.qcow2"
    python3 "$COEXIST_ROOT/hack/images/mkimage.py" "$d/rootfs" "$tar" localhost/coexist/tiny-guest:latest >&2
    rm -rf "$d"
    echo "$recipe" >"$tar.recipe"
  fi
}

# import_tar TAR: ctr import unless this exact tar (sha256) is already in the node's image store.
import_tar() {
  local tar=$1 sum stamp
  sum=$(sha256sum "$tar" | cut -d' ' -f1)
  stamp=$CLUSTER_STATE/containerd/imported/$(basename "$(dirname "$(dirname "$tar")")")-$(basename "$tar").sha256
  [[ -s $stamp && $(cat "$stamp") == "$sum" ]] && return 0
  # containerd right after a restart has answered "parent snapshot ... does not exist" once (seen
  # 2026-11-27); a second import succeeds, so retry a failed import twice before giving up.
  local attempt
  for attempt in 1 2 3; do
    ctr --address "$CONTAINERD_SOCK" -n k8s.io images import "$tar" >&2 && break
    ((attempt < 3)) || { log "ctr images import $tar failed 3 times"; return 1; }
    log "ctr images import $tar failed (attempt $attempt), retrying"
  done
  mkdir -p "$(dirname "$stamp")"
  echo "$sum" >"$stamp"
}

import_all() {
  if ! ctr --address "$CONTAINERD_SOCK" version >/dev/null 2>&1; then
    log "the test cluster is not running: images built but not imported (make cluster-up, then make images)"
    return 0
  fi
  local start=$SECONDS m
  for m in "${!MODULE_BASE[@]}"; do import_tar "$COEXIST_ROOT/$m/target/jib-image.tar"; done
  [[ -s $IMAGES/tiny-guest.tar ]] && import_tar "$IMAGES/tiny-guest.tar"
  log "images imported in $((SECONDS - start)) s"
}

case ${1:-all} in
  bases) shift; bases "$@" ;;
  jib) bases; jib ;;
  guest) guest ;;
  import) import_all ;;
  launcher-cds) launcher_cds ;;
  importer-cds) importer_cds ;;
  all) t0=$SECONDS; bases; jib; guest; import_all; log "make images: $((SECONDS - t0)) s" ;;
  upgrade-b) bases; upgrade_b ;;
  *) die "usage: $0 [bases|jib|guest|import|all|upgrade-b]" ;;
esac
