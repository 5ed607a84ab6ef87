#!/usr/bin/python3
"""compact-icc.py -- make the bundled sRGB output-intent profile small.

Usage: scripts/compact-icc.py IN.icc OUT.icc [ENTRIES]

Reads an ICC v2 RGB display profile (Debian's icc-profiles-free sRGB.icc),
keeps every tag but replaces the three 1024-entry tone curves (rTRC, gTRC,
bTRC) by one shared curve of ENTRIES samples (default 256) of the sRGB
transfer function (IEC 61966-2-1), and marks the description as altered.
The profile stays ICC v2.x (PDF/A-1 needs a version before 4) and its
colorants and white point are unchanged.  Every PDF imprint writes embeds
this profile, so its size matters.
"""
import struct
import sys


def srgb_to_linear(v):
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def curv(entries):
    vals = [round(srgb_to_linear(i / (entries - 1)) * 65535) for i in range(entries)]
    return b"curv" + b"\0\0\0\0" + struct.pack(">I", entries) + \
        b"".join(struct.pack(">H", v) for v in vals)


def desc(text):
    t = text.encode("ascii") + b"\0"
    # textDescriptionType: ASCII, then empty Unicode and ScriptCode parts.
    return b"desc\0\0\0\0" + struct.pack(">I", len(t)) + t + \
        struct.pack(">II", 0, 0) + struct.pack(">HB", 0, 0) + b"\0" * 67


def main():
    src, dst = sys.argv[1], sys.argv[2]
    entries = int(sys.argv[3]) if len(sys.argv) > 3 else 256
    data = open(src, "rb").read()
    if data[36:40] != b"acsp" or data[16:20] != b"RGB " or data[8] >= 4:
        sys.exit("%s: not an ICC v2 RGB profile" % src)
    count = struct.unpack(">I", data[128:132])[0]
    tags = []
    for i in range(count):
        sig, off, size = struct.unpack(">4sII", data[132 + 12 * i:144 + 12 * i])
        tags.append((sig, data[off:off + size]))
    shared = curv(entries)
    out_tags = []
    for sig, body in tags:
        if sig in (b"rTRC", b"gTRC", b"bTRC"):
            body = shared
        elif sig == b"desc":
            body = desc("sRGB IEC61966-2.1 (compact tone curves)")
        out_tags.append((sig, body))
    # Lay out the tag data, sharing identical bodies, each 4-byte aligned.
    table_len = 4 + 12 * len(out_tags)
    offset = 128 + table_len
    blobs, placed, entries_out = [], {}, []
    for sig, body in out_tags:
        if body not in placed:
            offset += (-offset) % 4
            placed[body] = offset
            blobs.append((offset, body))
            offset += len(body)
        entries_out.append((sig, placed[body], len(body)))
    total = offset + (-offset) % 4
    out = bytearray(total)
    out[0:128] = data[0:128]
    struct.pack_into(">I", out, 0, total)
    out[84:100] = b"\0" * 16  # profile ID: none (v2)
    struct.pack_into(">I", out, 128, len(entries_out))
    for i, (sig, off, size) in enumerate(entries_out):
        struct.pack_into(">4sII", out, 132 + 12 * i, sig, off, size)
    for off, body in blobs:
        out[off:off + len(body)] = body
    open(dst, "wb").write(bytes(out))
    print("%s: %d bytes (was %d)" % (dst, total, len(data)))


if __name__ == "__main__":
    main()
