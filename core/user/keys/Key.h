#pragma once
// A key is everything a scheme needs, as explicit tables (permutations, masks, matrices), never a seed
// (docs/specification.md, section 4). Keys are checked by their scheme when made or loaded, so a Key in hand is valid.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/shared/ciphertext/SchemeParams.h"
#include "core/shared/common/Fingerprint.h"

namespace led {

struct KeyTable {
  std::string name;
  std::vector<std::uint32_t> dims;
  std::vector<std::uint32_t> ints;  // permutations, masks, choices
  std::vector<double> reals;        // rmt's orthogonal matrices

  std::size_t count() const;  // product of dims
  bool isReal() const { return !reals.empty(); }
};

class Key {
 public:
  // seed is set only for keys made by the seeded demo generator.
  Key(KeySpec spec, std::optional<std::uint64_t> seed, std::vector<KeyTable> tables);

  const KeySpec& spec() const { return spec_; }
  SchemeId scheme() const { return spec_.params.scheme; }
  bool seeded() const { return seed_.has_value(); }
  std::optional<std::uint64_t> seed() const { return seed_; }
  const std::vector<KeyTable>& tables() const { return tables_; }
  const KeyTable* findTable(const std::string& name) const;
  // Throws BadFile naming the missing table.
  const KeyTable& table(const std::string& name) const;

  // Canonical bytes of scheme, parameters, shape and tables: what the fingerprint and the file's body hold.
  std::vector<std::uint8_t> canonicalBytes() const;
  // First 8 bytes of SHA-256 over the canonical bytes, as 16 hex digits.
  const std::string& fingerprint() const { return fingerprint_; }
  // "3f9a-12c0-77de-01ab": how the UI shows a key, never by its tables.
  std::string shortFingerprint() const;

 private:
  KeySpec spec_;
  std::optional<std::uint64_t> seed_;
  std::vector<KeyTable> tables_;
  std::string fingerprint_;
};

// The key's fingerprint, or nothing for no key (a plain model).
std::string fingerprintOf(const std::optional<Key>& key);

}  // namespace led
