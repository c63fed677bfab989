#pragma once
// A LibTorch archive (a zip of pickles, tensor records and TorchScript class sources) checked before
// LibTorch reads it: the zip's directory must lie inside the bytes, it may hold only the records this
// program's archives have, every length a pickle announces (strings, byte blobs) must fit in what is
// left of that pickle, and the class sources must have the form ScriptSource.h describes. LibTorch's
// unpickler reserves an announced length before it reads, so a 140 KB file claiming a 4 GB string made
// it take 4 GB (found by the fuzz-model target). Needs no torch headers.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace led::learn {

// The one sentence for a model or checkpoint file that is damaged or not one (throws BadFile).
[[noreturn]] void refuseModelFile(const std::string& name);

// A decimal number as LibTorch writes one in record and class names (at most 9 digits, no leading
// zero); -1 when `digits` is not one.
int archiveNumber(std::string_view digits);

// Throws BadFile naming `name` when the archive is malformed in one of those ways.
void requireArchiveBounds(const std::uint8_t* data, std::size_t size, const std::string& name);

}  // namespace led::learn
