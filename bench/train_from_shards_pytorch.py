#!/usr/bin/env python3
"""`led-cloud bench train` in PyTorch's Python frontend, for comparison: the same model (the baseline
backbone, behind the le adaptation layer when the dataset is le), batch size, optimizer and thread count,
fed by a DataLoader over the same encrypted dataset (the NumPy shards `led dataset encrypt` writes), so
reading, layout and the model are timed together, as the "whole steps" line of led-cloud bench train.
Debian's python3-torch wraps the same libtorch 1.13 as LED Studio.
Usage: /usr/bin/python3 bench/train_from_shards_pytorch.py --data DIR [--threads 2] [--batch 128] [--steps 50] [--workers 0]
"""
import argparse
import json
import os

import numpy
import torch
from torch import nn

from train_step_pytorch import model_for, timed_steps


class EncryptedDataset(torch.utils.data.Dataset):
    """The first augmented copy of an encrypted dataset's training set, laid out as the model takes it."""

    def __init__(self, folder):
        manifest = json.load(open(os.path.join(folder, "manifest.json")))
        shards = [s for s in manifest["train"]["shards"] if s["copy"] == 0]
        self.inputs = numpy.concatenate([numpy.load(os.path.join(folder, s["inputs"])) for s in shards])
        self.labels = numpy.concatenate([numpy.load(os.path.join(folder, s["labels"])) for s in shards])
        self.encoding = manifest["stored"]["encoding"]
        self.channels = manifest["input_shape"][0]

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        x = self.inputs[i]
        if self.encoding == "nibbles":  # lower nibbles of every channel, then the upper ones
            x = numpy.concatenate([x & 15, x >> 4]).astype(numpy.float32) / 15 - 0.5
        elif self.encoding == "bytes":
            x = x.astype(numpy.float32) / 255 - 0.5
        return torch.from_numpy(x), int(self.labels[i])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--workers", type=int, default=0)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    data = EncryptedDataset(args.data)
    model = model_for(data.channels // 2 if data.encoding == "nibbles" else data.channels, data.encoding == "nibbles")
    loader = torch.utils.data.DataLoader(data, batch_size=args.batch, shuffle=True, num_workers=args.workers, drop_last=True)
    batches = iter(loader)

    def next_batch():  # around the dataset again when a small one runs out
        nonlocal batches
        try:
            return next(batches)
        except StopIteration:
            batches = iter(loader)
            return next(batches)

    elapsed = timed_steps(model, next_batch, args.steps)
    print(f"pytorch {torch.__version__} python, baseline on {args.data} ({data.encoding}), {args.threads} thread(s), batch {args.batch}, "
          f"DataLoader with {args.workers} worker(s), {args.steps} timed steps after 3 warm-up steps")
    print(f"training, whole steps:          {args.batch * args.steps / elapsed:.0f} images/s")


if __name__ == "__main__":
    main()
