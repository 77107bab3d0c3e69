// An account of the sync server: who it is (a UUID and an e-mail address) and what it may do
// (its role). Password hashes never travel in this type.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace vitae::server {

using TimePoint = std::chrono::system_clock::time_point;
using UserId = std::string; // a UUID in its canonical text form

enum class Role { User, Admin };

// "user", "admin": the names stored in the database and shown in the API.
std::string_view roleName(Role role);
std::optional<Role> roleFromName(std::string_view name);

struct User {
    UserId id;
    std::string email;
    Role role = Role::User;
    TimePoint createdAt;

    bool operator==(const User&) const = default;
};

} // namespace vitae::server
