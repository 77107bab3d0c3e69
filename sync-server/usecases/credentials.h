// What makes an e-mail address and a password acceptable for a new account. The address
// goes through the shared resume validation (the rule for basics.email), so the desktop's
// account form and the server give the same verdict.
#pragma once

#include <QJsonArray>

#include <string>

namespace vitae::server {

constexpr int minPasswordCharacters = 8;
constexpr int maxPasswordBytes = 1024; // Argon2 would take more; a cap keeps requests cheap

// One {"pointer","code","message"} per problem, pointers into the request body; empty: fine.
QJsonArray credentialProblems(const std::string& email, const std::string& password);

} // namespace vitae::server
