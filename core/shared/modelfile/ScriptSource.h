#pragma once
// The TorchScript class sources a LibTorch archive carries (archive/code/...py), checked before
// LibTorch's parser reads them. LibTorch 1.13's ScriptTypeParser crashed (SEGV) on a model file whose
// class source had a misspelt "__parameters__" (found by the fuzz-model target), so only the narrow
// form torch::serialize::OutputArchive writes for this program's models and checkpoints is let through:
//   class Module(Module):
//     __parameters__ = ["weight", ]
//     __buffers__ = []
//     __annotations__ = []                      (optional, then __annotations__["key"] = TYPE lines)
//     weight : Tensor
// with TYPE one of Tensor, str, int, float, bool, Tuple[float, float] or a class defined later in the
// archive (__torch__.___torch_mangle_N.Module). Needs no torch headers.
#include <map>
#include <string>

namespace led::learn {

// The root class __torch__.Module has the index -1, __torch__.___torch_mangle_N.Module the index N.
constexpr int kRootScriptClass = -1;

// Throws BadFile naming `name` unless every source has that form, the root class is there, every name
// listed as a parameter or buffer is declared a Tensor, and every class referred to is defined with a
// larger index (so references cannot loop).
void requireKnownScriptSources(const std::map<int, std::string>& sources, const std::string& name);

}  // namespace led::learn
