#include "core/user/schemes/KeyTables.h"

#include <algorithm>

#include "core/shared/common/Error.h"

namespace led {
namespace {

std::string dimsText(const std::vector<std::uint32_t>& dims) {
  std::string s;
  for (std::uint32_t d : dims) s += (s.empty() ? "" : "x") + std::to_string(d);
  return s;
}

const KeyTable& requireTable(const Key& key, const std::string& name, const std::vector<std::uint32_t>& dims, bool real) {
  const KeyTable& t = key.table(name);
  if (t.dims != dims)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "the '%1' table is %2, but %3 for %4 images needs %5"),
                              {name, dimsText(t.dims), key.spec().params.text(), key.spec().shape.text(), dimsText(dims)}});
  if (t.isReal() != real)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "the '%1' table holds %2 where %3 belong"),
                              {name, real ? LED_PHRASE("led", "integers") : LED_PHRASE("led", "real numbers"),
                               real ? LED_PHRASE("led", "real numbers") : LED_PHRASE("led", "integers")}});
  return t;
}

}  // namespace

KeyTable permutationTable(const std::string& name, std::size_t rows, std::size_t n, RandomSource& random) {
  KeyTable t;
  t.name = name;
  t.dims = rows == 0 ? std::vector<std::uint32_t>{std::uint32_t(n)} : std::vector<std::uint32_t>{std::uint32_t(rows), std::uint32_t(n)};
  t.ints.reserve(std::max<std::size_t>(rows, 1) * n);
  for (std::size_t r = 0; r < std::max<std::size_t>(rows, 1); ++r) {
    const Permutation p = randomPermutation(n, random);
    t.ints.insert(t.ints.end(), p.begin(), p.end());
  }
  return t;
}

KeyTable choiceTable(const std::string& name, std::vector<std::uint32_t> dims, std::uint32_t choices, RandomSource& random) {
  KeyTable t;
  t.name = name;
  t.dims = std::move(dims);
  t.ints.resize(t.count());
  for (std::uint32_t& v : t.ints) v = std::uint32_t(random.below(choices));
  return t;
}

const KeyTable& requireIntTable(const Key& key, const std::string& name, const std::vector<std::uint32_t>& dims) {
  return requireTable(key, name, dims, false);
}

const KeyTable& requireRealTable(const Key& key, const std::string& name, const std::vector<std::uint32_t>& dims) {
  return requireTable(key, name, dims, true);
}

void requirePermutationRows(const KeyTable& table) {
  const std::size_t n = table.dims.back();
  for (std::size_t r = 0; r * n < table.ints.size(); ++r)
    if (!isPermutation(table.ints.data() + r * n, n))
      fail(ErrorKind::BadFile, table.dims.size() > 1 ? Phrase(LED_PHRASE("led", "the '%1' table is not a permutation in row %2"),
                                                              {table.name, std::to_string(r)})
                                                     : Phrase(LED_PHRASE("led", "the '%1' table is not a permutation"), {table.name}));
}

void requireBelow(const KeyTable& table, std::uint32_t bound) {
  for (std::uint32_t v : table.ints)
    if (v >= bound)
      fail(ErrorKind::BadFile, {LED_PHRASE("led", "the '%1' table holds %2, but its entries must be below %3"),
                                {table.name, std::to_string(v), std::to_string(bound)}});
}

void requireTableNames(const Key& key, const std::vector<std::string>& names) {
  for (const KeyTable& t : key.tables())
    if (std::find(names.begin(), names.end(), t.name) == names.end())
      fail(ErrorKind::BadFile,
           {LED_PHRASE("led", "a %1 key has no '%2' table; is this key for another scheme?"), {key.spec().params.text(), t.name}});
  for (const std::string& n : names) key.table(n);
}

Permutation tableRow(const KeyTable& table, std::size_t r) {
  const std::size_t n = table.dims.back();
  return Permutation(table.ints.begin() + std::ptrdiff_t(r * n), table.ints.begin() + std::ptrdiff_t((r + 1) * n));
}

}  // namespace led
