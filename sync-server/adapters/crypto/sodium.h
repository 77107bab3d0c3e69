// libsodium behind the use cases' ports: Argon2id password hashes (crypto_pwhash_str) and
// bearer tokens of 256 random bits, stored only as their SHA-256.
#pragma once

#include "usecases/ports.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace vitae::server::crypto {

// Argon2id work per hash: libsodium's presets (interactive for tests, moderate by default).
struct HashCost {
    unsigned long long opsLimit;
    std::size_t memLimit;
};
HashCost interactiveCost();
HashCost moderateCost();
HashCost sensitiveCost();

// Calls sodium_init(); throws when libsodium cannot start (no entropy source).
void initialize();

class SodiumPasswordHasher : public PasswordHasher {
public:
    explicit SodiumPasswordHasher(HashCost cost);
    std::string hash(std::string_view password) override;
    bool verify(const std::string& hash, std::string_view password) override;

private:
    HashCost cost_;
};

class SodiumTokenGenerator : public TokenGenerator {
public:
    std::string newToken() override; // 32 random bytes, base64url without padding
    std::string hashOf(std::string_view token) override;
};

} // namespace vitae::server::crypto
