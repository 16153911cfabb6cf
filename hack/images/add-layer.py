#!/usr/bin/env python3
"""Appends one layer (the files under DIR, as /-relative paths) to an image tar in docker-save
format (as Jib's buildTar writes it) and inserts JVM options after the entrypoint's `java`.

usage: add-layer.py IMAGE.tar DIR COMMENT [--java-opt OPT]...
The layer is reproducible (entries sorted, mtime 1 as Jib's, owners root, gzip without a
timestamp), so the same inputs give the same tar and the image is not imported again.
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import tarfile


def layer_bytes(root):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(dirnames + filenames):
                path = os.path.join(dirpath, name)
                info = tar.gettarinfo(path, arcname=os.path.relpath(path, root))
                info.mtime = 1
                info.uid = info.gid = 0
                info.uname = info.gname = ""
                if info.isreg():
                    with open(path, "rb") as f:
                        tar.addfile(info, f)
                else:
                    tar.addfile(info)
    data = raw.getvalue()
    gz = io.BytesIO()
    with gzip.GzipFile(fileobj=gz, mode="wb", mtime=0) as g:
        g.write(data)
    return data, gz.getvalue()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("image")
    ap.add_argument("dir")
    ap.add_argument("comment")
    ap.add_argument("--java-opt", action="append", default=[])
    a = ap.parse_args()
    with tarfile.open(a.image) as t:
        members = {m.name: t.extractfile(m).read() for m in t.getmembers() if m.isfile()}
    manifest = json.loads(members["manifest.json"])
    config = json.loads(members[manifest[0]["Config"]])
    raw, gz = layer_bytes(a.dir)
    name = hashlib.sha256(gz).hexdigest() + ".tar.gz"
    members[name] = gz
    manifest[0]["Layers"].append(name)
    config["rootfs"]["diff_ids"].append("sha256:" + hashlib.sha256(raw).hexdigest())
    config["history"].append(
        {"created": "1970-01-01T00:00:00Z", "created_by": "hack/images.sh", "comment": a.comment})
    ep = config["config"]["Entrypoint"]
    if a.java_opt:
        if not ep or ep[0] != "java":
            raise SystemExit(f"{a.image}: entrypoint does not start with java: {ep}")
        config["config"]["Entrypoint"] = [ep[0]] + a.java_opt + ep[1:]
    members[manifest[0]["Config"]] = json.dumps(config, separators=(",", ":")).encode()
    members["manifest.json"] = json.dumps(manifest, separators=(",", ":")).encode()
    tmp = a.image + ".tmp"
    with tarfile.open(tmp, "w", format=tarfile.PAX_FORMAT) as out:
        for n in manifest[0]["Layers"] + [manifest[0]["Config"], "manifest.json"]:
            info = tarfile.TarInfo(n)
            info.size = len(members[n])
            info.mode = 0o644
            out.addfile(info, io.BytesIO(members[n]))
    os.replace(tmp, a.image)


if __name__ == "__main__":
    main()
