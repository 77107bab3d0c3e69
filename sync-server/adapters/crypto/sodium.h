// libsodium behind the use cases' ports: Argon2id password hashes (crypto_pwhash_str), as
// many at once as a memory budget allows, and bearer tokens of 256 random bits, stored only as
// their SHA-256.
#pragma once

#include "usecases/ports.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <semaphore>
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

// How much memory password hashing may hold at once, and how long a request waits for its
// turn. Each hash or verification holds the cost's memLimit (256 MiB for moderate), and
// registering and logging in need no account: without a cap, every request thread hashing at
// once could claim gigabytes.
struct HashBudget {
    std::size_t memoryBytes = std::size_t{1024} * 1024 * 1024;
    std::chrono::milliseconds wait{5000};
};

// How many hashes of `cost` fit in `memoryBytes`; at least one.
int concurrentHashes(std::size_t memoryBytes, HashCost cost);

// Turns at something scarce: at most `count` holders at once. A caller waits up to `wait` for
// a turn, then gets ServiceUnavailable (the HTTP layer answers 503, so the client retries).
class Slots {
public:
    Slots(int count, std::chrono::milliseconds wait);

    class Turn {
    public:
        explicit Turn(Slots& slots)
            : slots_(slots) {}
        Turn(const Turn&) = delete;
        Turn& operator=(const Turn&) = delete;
        ~Turn() { slots_.release(); }

    private:
        Slots& slots_;
    };

    [[nodiscard]] Turn take();
    int count() const { return count_; }
    int inUse() const { return inUse_.load(); }

private:
    void release();

    const int count_;
    const std::chrono::milliseconds wait_;
    std::counting_semaphore<> free_;
    std::atomic<int> inUse_ = 0; // for the tests: the semaphore does not say
};

// Calls sodium_init(); throws when libsodium cannot start (no entropy source).
void initialize();

// Hashes and verifications take turns within the budget; a caller that gets no turn in time
// gets ServiceUnavailable.
class SodiumPasswordHasher : public PasswordHasher {
public:
    explicit SodiumPasswordHasher(HashCost cost, HashBudget budget = {});
    std::string hash(std::string_view password) override;
    bool verify(const std::string& hash, std::string_view password) override;

    Slots& slots() { return slots_; }

private:
    HashCost cost_;
    Slots slots_;
};

class SodiumTokenGenerator : public TokenGenerator {
public:
    std::string newToken() override; // 32 random bytes, base64url without padding
    std::string hashOf(std::string_view token) override;
};

} // namespace vitae::server::crypto
