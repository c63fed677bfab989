#!/usr/bin/env python3
"""The training step of `led bench train` in PyTorch's Python frontend, for comparison.

Same model (the baseline backbone, with the le adaptation layer for --scheme le), batch size, optimizer
and thread count; random inputs, so only forward + backward + update is timed, as `led bench train`'s
"model only" line. Debian's python3-torch wraps the same libtorch 1.13 as LED Studio.
Usage: python3 bench/train_step_pytorch.py [--scheme le|plain] [--threads 2] [--batch 128] [--steps 50]
"""
import argparse
import time

import torch
from torch import nn


def baseline(channels, classes=10):
    def conv(i, o):
        return [nn.Conv2d(i, o, 3, padding=1, bias=False), nn.BatchNorm2d(o), nn.ReLU(inplace=True)]
    return nn.Sequential(*conv(channels, 16), nn.MaxPool2d(2), *conv(16, 32), *conv(32, 32), nn.MaxPool2d(2),
                         nn.Flatten(), nn.Linear(32 * 7 * 7, 128), nn.ReLU(inplace=True), nn.Dropout(0.3), nn.Linear(128, classes))


def model_for(channels, nibbles):
    """The baseline; for le's nibble planes (2C of them) behind its adaptation layer: a convolution with
    kernel = stride = 4, then PixelShuffle(4) back to C planes."""
    if nibbles:
        return nn.Sequential(nn.Conv2d(2 * channels, channels * 16, 4, stride=4), nn.PixelShuffle(4), baseline(channels))
    return baseline(channels)


def timed_steps(model, next_batch, steps):
    """Seconds that `steps` Adam steps take after 3 untimed warm-up steps; next_batch() gives (x, y)."""
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    model.train()
    elapsed = 0.0
    for i in range(3 + steps):
        start = time.perf_counter()
        x, y = next_batch()
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        optimizer.step()
        loss.item()
        if i >= 3:
            elapsed += time.perf_counter() - start
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scheme", choices=["le", "plain"], default="le")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--steps", type=int, default=50)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    model = model_for(1, args.scheme == "le")
    x = torch.rand(args.batch, 2 if args.scheme == "le" else 1, 28, 28) - 0.5
    y = torch.randint(0, 10, (args.batch,))
    elapsed = timed_steps(model, lambda: (x, y), args.steps)
    print(f"pytorch {torch.__version__} python, baseline on {args.scheme}, {args.threads} thread(s), batch {args.batch}, "
          f"{args.steps} timed steps after 3 warm-up steps")
    print(f"training, model only:           {args.batch * args.steps / elapsed:.0f} images/s")


if __name__ == "__main__":
    main()
