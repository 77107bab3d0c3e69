#include "adapters/crypto/sodium.h"

#include <algorithm>
#include <array>
#include <sodium.h>
#include <stdexcept>

namespace vitae::server::crypto {

HashCost interactiveCost() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

HashCost moderateCost() {
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

HashCost sensitiveCost() {
    return {crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
}

int concurrentHashes(std::size_t memoryBytes, HashCost cost) {
    const std::size_t fitting = memoryBytes / std::max<std::size_t>(cost.memLimit, 1);
    return static_cast<int>(std::clamp<std::size_t>(fitting, 1, 1'000'000));
}

Slots::Slots(int count, std::chrono::milliseconds wait)
    : count_(std::max(count, 1))
    , wait_(wait)
    , free_(count_) {}

Slots::Turn Slots::take() {
    if (!free_.try_acquire_for(wait_))
        throw ServiceUnavailable("every password hashing slot stayed busy for " +
                                 std::to_string(wait_.count()) + " ms");
    ++inUse_;
    return Turn(*this);
}

void Slots::release() {
    --inUse_;
    free_.release();
}

void initialize() {
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
}

SodiumPasswordHasher::SodiumPasswordHasher(HashCost cost, HashBudget budget)
    : cost_(cost)
    , slots_(concurrentHashes(budget.memoryBytes, cost), budget.wait) {}

std::string SodiumPasswordHasher::hash(std::string_view password) {
    const Slots::Turn turn = slots_.take();
    std::array<char, crypto_pwhash_STRBYTES> out{};
    // crypto_pwhash_str picks Argon2id and a random salt; the string records both and the cost.
    if (crypto_pwhash_str(out.data(), password.data(), password.size(), cost_.opsLimit,
                          cost_.memLimit) != 0)
        throw std::runtime_error("crypto_pwhash_str ran out of memory");
    return out.data();
}

// A hash made at another cost verifies at that cost; the budget assumes the current one.
bool SodiumPasswordHasher::verify(const std::string& hash, std::string_view password) {
    const Slots::Turn turn = slots_.take();
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string SodiumTokenGenerator::newToken() {
    std::array<unsigned char, 32> random{};
    randombytes_buf(random.data(), random.size());
    constexpr int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
    std::array<char, sodium_base64_ENCODED_LEN(32, variant)> text{};
    sodium_bin2base64(text.data(), text.size(), random.data(), random.size(), variant);
    return text.data();
}

std::string SodiumTokenGenerator::hashOf(std::string_view token) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(token.data()),
                       token.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return hex.data();
}

} // namespace vitae::server::crypto
