// A signed-in session: the bearer token handed to the client once, and when it stops working.
// The server keeps only a hash of the token, so a database leak does not leak sessions.
#pragma once

#include "domain/user.h"

#include <string>

namespace vitae::server {

struct IssuedSession {
    std::string token; // shown to the client once; never stored
    TimePoint expiresAt;
    User user;
};

} // namespace vitae::server
