// Administration of accounts from the command line (`vitae-server users grant-admin EMAIL`).
#pragma once

#include "domain/errors.h"
#include "domain/user.h"
#include "usecases/ports.h"

#include <string>

namespace vitae::server {

class GrantAdmin {
public:
    explicit GrantAdmin(UserRepository& users);
    // NotFound when no account has this address; granting twice is no error.
    Result<User> run(const std::string& email);

private:
    UserRepository& users_;
};

} // namespace vitae::server
