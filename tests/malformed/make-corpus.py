#!/usr/bin/env python3
"""Writes the stored corpus of malformed files (tests/malformed/<format>/), one folder per format the
program reads, from valid files made by the program's own writers (fuzz-seeds, and a model from
`led train`, with --checkpoint for a checkpoint). tst_malformed reads every file here through its parser and through `led info` where that
command reads the format; each must give a clean error. Rerun after a format changes:
  tests/malformed/make-corpus.py SEEDS_FOLDER MODEL_FILE CHECKPOINT_FILE
"""
import hashlib, os, shutil, struct, sys

CHECKSUMMED = {"key", "ciphertext", "query", "pad", "answer", "answer-key", "guide-key", "project", "model", "checkpoint"}


def reseal(body):
    """A checksummed file: everything but the last 32 bytes, then their SHA-256."""
    return body + hashlib.sha256(body).digest()


def variants(fmt, valid):
    # (+7: half of a file of whole records would be a shorter valid file)
    out = {"empty": b"", "truncated-header": valid[:10], "truncated-half": valid[: len(valid) // 2 + 7]}
    if len(valid) > 64:
        out["truncated-64"] = valid[:64]
    if fmt in CHECKSUMMED:
        body = bytearray(valid[:-32])
        flipped = bytearray(valid)
        flipped[len(valid) // 2] ^= 0x40
        out["byte-flipped"] = bytes(flipped)
        version = bytearray(body)
        version[8:12] = struct.pack("<I", 99)
        out["wrong-version"] = reseal(bytes(version))
        # A count or size field set to 2^32 - 1: the first field after the version, or after the pad's
        # identity and entry that open a query, or the entry that opens a guide key (an answer and an
        # answer key have none). A pad's checksums cover its header and each entry: the variants that
        # reseal the file's end still leave them wrong.
        offset = {"query": 36, "guide-key": 20}.get(fmt, 12)
        overflow = bytearray(body)
        if fmt not in ("answer", "answer-key") and len(overflow) >= offset + 4:
            overflow[offset:offset + 4] = b"\xff\xff\xff\xff"
            out["size-overflow"] = reseal(bytes(overflow))
        out["trailing-garbage-resealed"] = reseal(bytes(body) + b"\x00" * 1000)
        out["checksum-missing"] = bytes(body)
    elif fmt == "idx":
        huge = bytearray(valid)
        huge[4:16] = b"\xff\xff\xff\xff" * 3  # counts and sizes that would ask for terabytes
        out["dimensions-overflow"] = bytes(huge)
        out["wrong-magic"] = b"\x00\x00\x09\x03" + valid[4:]
    elif fmt == "cifar":
        out["partial-record"] = valid + b"\x01" * 100
        bad_label = bytearray(valid)
        bad_label[0] = 200
        out["label-out-of-range"] = bytes(bad_label)
    return out


def main():
    seeds, model, checkpoint = sys.argv[1], sys.argv[2], sys.argv[3]
    root = os.path.dirname(os.path.abspath(__file__))
    sources = {fmt: os.path.join(seeds, fmt, "seed") for fmt in
               ["query", "pad", "answer", "answer-key", "guide-key", "idx", "cifar", "project"]}
    sources["key"] = os.path.join(seeds, "key", "etc")
    sources["ciphertext"] = os.path.join(seeds, "ciphertext", "le")
    sources["png"] = os.path.join(seeds, "image", "seed.png")
    sources["jpeg"] = os.path.join(seeds, "image", "seed.jpg")
    sources["bmp"] = os.path.join(seeds, "image", "seed.bmp")
    sources["model"] = model
    sources["checkpoint"] = checkpoint
    for fmt, path in sources.items():
        folder = os.path.join(root, fmt)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        valid = open(path, "rb").read()
        for name, data in variants(fmt, valid).items():
            if fmt in ("model", "checkpoint") and len(data) > 4096:
                continue  # models are large: keep only the damage that stays small
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)


main()
