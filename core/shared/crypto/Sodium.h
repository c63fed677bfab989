#pragma once
// libsodium is initialised once, before the first use of any function here (sodium_init is idempotent
// and thread-safe; this keeps every caller from having to remember it).
namespace led::crypto {

void requireSodium();

}  // namespace led::crypto
