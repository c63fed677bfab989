#pragma once
// Making and checking the tables of a key. Every check failure is a BadFile error naming the table.
#include <string>
#include <vector>

#include "core/user/keys/Key.h"
#include "core/shared/random/Permutation.h"

namespace led {

// `rows` independent uniformly random permutations of n, as a rows x n table (rows == 0: a 1-D table).
KeyTable permutationTable(const std::string& name, std::size_t rows, std::size_t n, RandomSource& random);
// `count` independent uniform choices in [0, choices).
KeyTable choiceTable(const std::string& name, std::vector<std::uint32_t> dims, std::uint32_t choices, RandomSource& random);

// The integer table `name` with exactly these dims.
const KeyTable& requireIntTable(const Key& key, const std::string& name, const std::vector<std::uint32_t>& dims);
const KeyTable& requireRealTable(const Key& key, const std::string& name, const std::vector<std::uint32_t>& dims);
// Each row (the last dimension) is a permutation.
void requirePermutationRows(const KeyTable& table);
void requireBelow(const KeyTable& table, std::uint32_t bound);
// The key holds exactly these tables and no others.
void requireTableNames(const Key& key, const std::vector<std::string>& names);

// Row r of a 2-D table (or the whole of a 1-D one), as a permutation.
Permutation tableRow(const KeyTable& table, std::size_t r);

}  // namespace led
