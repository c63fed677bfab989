#include "core/shared/learn/TensorMemory.h"

#include <malloc.h>

namespace led {

void keepTensorMemory() {
  mallopt(M_MMAP_THRESHOLD, 256 << 20);  // buffers up to 256 MiB come from the heap
  mallopt(M_TRIM_THRESHOLD, 512 << 20);  // and the heap keeps up to 512 MiB of free space
}

}  // namespace led
