#include "usecases/admin.h"

namespace vitae::server {

GrantAdmin::GrantAdmin(UserRepository& users)
    : users_(users) {}

Result<User> GrantAdmin::run(const std::string& email) {
    auto user = users_.setRole(email, Role::Admin);
    if (!user)
        return Error{ErrorKind::NotFound, "No account has the address " + email + "."};
    return std::move(*user);
}

} // namespace vitae::server
