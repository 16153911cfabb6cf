# shellcheck shell=bash
# Running a program of an image in a chroot on this host: sourced by hack/images.sh (the CDS
# trainings, libvirt's capability cache) and bench/launcher-start-cpu.sh.

# Mounts what a program run with chroot in rootfs $1 needs: proc, sys, an empty /run and a /dev
# with the character devices every program expects (undone by umount of dev run sys proc).
chroot_mounts() {
  local r=$1 i n ma mi
  mount -t proc proc "$r/proc"
  mount -t sysfs sysfs "$r/sys"
  mount -t tmpfs tmpfs "$r/run"
  mount -t tmpfs tmpfs "$r/dev"
  for i in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9; do
    IFS=: read -r n ma mi <<<"$i"
    mknod -m 666 "$r/dev/$n" c "$ma" "$mi"
  done
}

# unpack_image BASE_TAR JIB_TAR DIR: the root filesystem of a Jib image (its base's layers, then
# Jib's own) in DIR, to run the image's JVM in a chroot.
unpack_image() {
  local base=$1 tar=$2 r=$3 layer
  tar -xf "$base" -C "$r" --wildcards '*/layer.tar' manifest.json
  for layer in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$r/manifest.json"); do
    tar --warning=no-unknown-keyword -xpf "$r/$layer" -C "$r" && rm -rf "${r:?}/${layer%%/*}"
  done
  rm "$r/manifest.json"
  for layer in $(tar -xOf "$tar" manifest.json | python3 -c 'import json,sys; print(" ".join(json.load(sys.stdin)[0]["Layers"][1:]))'); do
    tar -xOf "$tar" "$layer" | tar --warning=no-unknown-keyword -xzpf - -C "$r"
  done
}
# image_entrypoint TAR: the Entrypoint of a Jib image tar, one argument per line.
image_entrypoint() {
  tar -xOf "$1" config.json | python3 -c 'import json,sys; print("\n".join(json.load(sys.stdin)["config"]["Entrypoint"]))'
}

# kill_chrooted DIR: kills every process whose root is DIR (a launcher's libvirtd and QEMU outlive
# its JVM).
kill_chrooted() {
  local p root
  root=$(realpath -m "$1")
  for p in /proc/[0-9]*; do
    [[ $(readlink "$p/root" 2>/dev/null) == "$root" ]] && kill -KILL "${p#/proc/}" 2>/dev/null
  done
  return 0
}

# cleanup_rootfs DIR: kills what still runs chrooted in DIR (a training launcher's libvirtd and
# QEMU outlive its JVM when a step fails), unmounts and removes it.
cleanup_rootfs() {
  local m
  kill_chrooted "$1"
  for m in dev run sys proc; do umount "$1/$m" 2>/dev/null || umount -l "$1/$m" 2>/dev/null || true; done
  rm -rf "$1"
}
