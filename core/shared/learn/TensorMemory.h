#pragma once
// Training allocates and frees the same large buffers (activations, gradients) at every step. glibc
// hands buffers above its mmap threshold straight back to the system, so each step would map fresh
// pages and fault them in; the threshold only rises after a large buffer has been freed once, which a
// process that never loaded a whole dataset into memory (the cloud reading shards) never does. Fixing
// the thresholds keeps those buffers in the heap: 10-20 % more images a second on a 2-core CPU.
namespace led {

// Call once, early in a program that trains or classifies.
void keepTensorMemory();

}  // namespace led
