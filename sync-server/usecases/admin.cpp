#include "usecases/admin.h"

namespace vitae::server {

GrantAdmin::GrantAdmin(UserRepository& users, SystemEventLog& events)
    : users_(users)
    , events_(events) {}

Result<User> GrantAdmin::run(const std::string& email) {
    auto user = users_.setRole(email, Role::Admin);
    if (!user)
        return Error{ErrorKind::NotFound, "No account has the address " + email + "."};
    events_.record({EventLevel::Info,
                    "admin_granted",
                    {{QStringLiteral("email"), QString::fromStdString(user->email)}},
                    user->id});
    return std::move(*user);
}

} // namespace vitae::server
