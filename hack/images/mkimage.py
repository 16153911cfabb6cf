#!/usr/bin/env python3
"""Turns a root filesystem directory into a one-layer image tar in docker-save format
(manifest.json + config + layer), which `ctr images import` and Jib's tar:// base both read.

usage: mkimage.py ROOTFS OUT.tar NAME:TAG [--env K=V]... [--entrypoint JSON] [--cmd JSON]
                  [--user U] [--workdir DIR]
Contents of dev/, proc/, sys/ and run/ are left out (the runtime provides them); the layer is
reproducible: entries sorted, times clamped to 0, owner names dropped.
"""
import argparse
import hashlib
import io
import json
import os
import tarfile
import tempfile

SKIP_CONTENTS = {"dev", "proc", "sys", "run"}


def walk(root):
    """Yields relative paths under root in a stable order, directories before their contents."""
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        top = rel.split(os.sep)[0]
        if rel != "." and top in SKIP_CONTENTS:
            dirnames[:] = []
            continue
        dirnames.sort()
        entries = sorted(dirnames + [f for f in filenames])
        for name in entries:
            yield os.path.normpath(os.path.join(rel, name))
            # symlinks to directories are listed in dirnames but not descended: fine


def write_layer(root, out):
    with tarfile.open(fileobj=out, mode="w|", format=tarfile.PAX_FORMAT) as tar:
        seen = {}
        for rel in walk(root):
            path = os.path.join(root, rel)
            info = tar.gettarinfo(path, arcname=rel)
            info.mtime = 0
            info.uname = info.gname = ""
            st = os.lstat(path)
            if info.isreg() and st.st_nlink > 1:
                key = (st.st_dev, st.st_ino)
                if key in seen:
                    info.type = tarfile.LNKTYPE
                    info.linkname = seen[key]
                    info.size = 0
                    tar.addfile(info)
                    continue
                seen[key] = rel
            if info.isreg():
                with open(path, "rb") as f:
                    tar.addfile(info, f)
            else:
                tar.addfile(info)


class HashingWriter(io.RawIOBase):
    def __init__(self, f):
        self.f, self.h = f, hashlib.sha256()

    def writable(self):
        return True

    def write(self, b):
        self.h.update(b)
        return self.f.write(b)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("rootfs")
    p.add_argument("out")
    p.add_argument("name")
    p.add_argument("--env", action="append", default=[])
    p.add_argument("--entrypoint")
    p.add_argument("--cmd")
    p.add_argument("--user")
    p.add_argument("--workdir")
    a = p.parse_args()

    out_dir = os.path.dirname(os.path.abspath(a.out))
    with tempfile.NamedTemporaryFile(dir=out_dir, suffix=".layer") as layer:
        hw = HashingWriter(layer)
        write_layer(a.rootfs, hw)
        layer.flush()
        diff_id = hw.h.hexdigest()
        cfg = {k: v for k, v in {
            "Env": a.env or None,
            "Entrypoint": json.loads(a.entrypoint) if a.entrypoint else None,
            "Cmd": json.loads(a.cmd) if a.cmd else None,
            "User": a.user,
            "WorkingDir": a.workdir,
        }.items() if v is not None}
        config = json.dumps({
            "architecture": "amd64",
            "os": "linux",
            "created": "1970-01-01T00:00:00Z",
            "config": cfg,
            "rootfs": {"type": "layers", "diff_ids": ["sha256:" + diff_id]},
            "history": [{"created": "1970-01-01T00:00:00Z", "created_by": "hack/images/mkimage.py"}],
        }, sort_keys=True).encode()
        config_name = hashlib.sha256(config).hexdigest() + ".json"
        layer_name = diff_id + "/layer.tar"
        manifest = json.dumps([{"Config": config_name, "RepoTags": [a.name], "Layers": [layer_name]}]).encode()

        tmp_out = a.out + ".tmp"
        with tarfile.open(tmp_out, "w", format=tarfile.PAX_FORMAT) as t:
            for name, data in ((config_name, config), ("manifest.json", manifest)):
                ti = tarfile.TarInfo(name)
                ti.size = len(data)
                t.addfile(ti, io.BytesIO(data))
            ti = tarfile.TarInfo(diff_id)
            ti.type = tarfile.DIRTYPE
            ti.mode = 0o755
            t.addfile(ti)
            ti = t.gettarinfo(layer.name, arcname=layer_name)
            ti.mtime, ti.uname, ti.gname, ti.uid, ti.gid, ti.mode = 0, "", "", 0, 0, 0o644
            with open(layer.name, "rb") as f:
                t.addfile(ti, f)
        os.replace(tmp_out, a.out)
    print(f"{a.out}: {a.name} layer sha256:{diff_id}")


if __name__ == "__main__":
    main()
