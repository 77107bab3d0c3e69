// Checks on single text values, shared by import and validation. Each answers
// quickly without allocating in the common case: validation runs per keystroke.
#pragma once

#include <QStringView>

namespace vitae::core::text {

// Position of the first character a resume field must not hold, or -1: C0 and C1
// controls, DEL, lone surrogates, and non-characters; tabs always pass and line
// breaks pass when `multiline`.
qsizetype firstInvalidCharacter(QStringView value, bool multiline);

bool isEmailAddress(QStringView value);
// An absolute http or https URL naming a host.
bool isWebUrl(QStringView value);
// Any absolute URI: a scheme, a colon and no white space (RFC 3986's shape).
bool isAbsoluteUri(QStringView value);
// Two ASCII capital letters.
bool isCountryCode(QStringView value);
// 1-64 of [A-Za-z0-9_-], starting with a letter or digit.
bool isIdentifier(QStringView value);

} // namespace vitae::core::text
