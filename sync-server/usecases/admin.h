// Administration of accounts from the command line (`vitae-server users grant-admin EMAIL`).
#pragma once

#include "domain/errors.h"
#include "domain/user.h"
#include "usecases/ports.h"

#include <string>

namespace vitae::server {

class GrantAdmin {
public:
    GrantAdmin(UserRepository& users, SystemEventLog& events);
    // NotFound when no account has this address; granting twice is no error. Every grant is
    // recorded for the operators ("admin_granted", with the account): a new admin is
    // something an audit must be able to find.
    Result<User> run(const std::string& email);

private:
    UserRepository& users_;
    SystemEventLog& events_;
};

} // namespace vitae::server
