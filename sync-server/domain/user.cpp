#include "domain/user.h"

namespace vitae::server {

std::string_view roleName(Role role) {
    return role == Role::Admin ? "admin" : "user";
}

std::optional<Role> roleFromName(std::string_view name) {
    if (name == "user")
        return Role::User;
    if (name == "admin")
        return Role::Admin;
    return std::nullopt;
}

} // namespace vitae::server
