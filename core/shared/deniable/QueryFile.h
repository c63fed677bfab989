#pragma once
// .ledq files: one composite query as it travels to the cloud. No key, no fingerprint, no coin; the
// parts in part order.
//
// Layout, little-endian: "LEDQUERY", u32 version, 16 bytes pad identity, u64 pad index, u32 guide side, the garbled guide
// (side*side bytes), text scheme, u32 plain H, W, C, u32 ciphertext H, W, C, u8 real, u32 ensemble
// members n, then 2n ciphertexts (part 0's n, then part 1's), 32 bytes proof (QueryProof.h: an HMAC of
// everything before it), SHA-256 of everything before. Version 3; version 2 had no proof.
#include <cstdint>
#include <string>
#include <vector>

#include "core/shared/deniable/Query.h"

namespace led {

std::vector<std::uint8_t> encodeQuery(const Query& query);
// What the proof covers: the encoding up to the proof.
std::vector<std::uint8_t> encodeQueryContent(const Query& query);
// Throws BadFile naming `name` for anything that is not a well-formed query.
Query decodeQuery(const std::vector<std::uint8_t>& bytes, const std::string& name);

void writeQueryFile(const std::string& path, const Query& query);
Query readQueryFile(const std::string& path);

// The query's identity (SHA-256 of its encoding, hex): what an answer and a log entry refer to.
std::string queryDigest(const Query& query);

}  // namespace led
