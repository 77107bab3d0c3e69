#include "adapters/crypto/sodium.h"

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

void initialize() {
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
}

SodiumPasswordHasher::SodiumPasswordHasher(HashCost cost)
    : cost_(cost) {}

std::string SodiumPasswordHasher::hash(std::string_view password) {
    std::array<char, crypto_pwhash_STRBYTES> out{};
    // crypto_pwhash_str picks Argon2id and a random salt; the string records both and the cost.
    if (crypto_pwhash_str(out.data(), password.data(), password.size(), cost_.opsLimit,
                          cost_.memLimit) != 0)
        throw std::runtime_error("crypto_pwhash_str ran out of memory");
    return out.data();
}

bool SodiumPasswordHasher::verify(const std::string& hash, std::string_view password) {
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
