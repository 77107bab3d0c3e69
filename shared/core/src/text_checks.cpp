#include "text_checks.h"

#include <vitae/core/limits.h>

namespace vitae::core::text {
namespace {

bool isAsciiLetter(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAsciiDigit(QChar c) {
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isNonCharacter(char32_t code) {
    return (code >= 0xFDD0 && code <= 0xFDEF) || (code & 0xFFFE) == 0xFFFE;
}

// The local part of an address: RFC 5322's dot-atom, which is what mail
// providers accept in practice (quoted local parts are not).
bool isDotAtom(QStringView part) {
    static constexpr QStringView specials = u"!#$%&'*+-/=?^_`{|}~";
    if (part.isEmpty() || part.front() == u'.' || part.back() == u'.')
        return false;
    for (qsizetype i = 0; i < part.size(); ++i) {
        const QChar c = part[i];
        if (c == u'.') {
            if (part[i - 1] == u'.')
                return false;
            continue;
        }
        if (c.unicode() >= 0x80)
            continue; // RFC 6531 allows UTF-8 local parts
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && !specials.contains(c))
            return false;
    }
    return true;
}

// A host name of dot-separated labels; international names are accepted in
// Unicode form. `needsDot`: e-mail domains must have one, URL hosts need not
// ("localhost" is a host, though no one's resume links to it).
bool isHostName(QStringView host, bool needsDot) {
    if (host.isEmpty() || host.size() > 253)
        return false;
    qsizetype labelStart = 0;
    bool sawDot = false;
    for (qsizetype i = 0; i <= host.size(); ++i) {
        if (i < host.size() && host[i] != u'.') {
            const QChar c = host[i];
            if (c.unicode() < 0x80 && !isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-')
                return false;
            if (c.unicode() >= 0x80 && (c.isSpace() || c.category() == QChar::Other_Control))
                return false;
            continue;
        }
        const qsizetype length = i - labelStart;
        if (length == 0 || length > 63 || host[labelStart] == u'-' || host[i - 1] == u'-')
            return false;
        sawDot = sawDot || i < host.size();
        labelStart = i + 1;
    }
    return sawDot || !needsDot;
}

// An IPv6 literal as URLs write it: "[" hex digits, colons and dots "]".
bool isIpLiteral(QStringView host) {
    if (host.size() < 4 || host.front() != u'[' || host.back() != u']')
        return false;
    for (const QChar c : host.sliced(1, host.size() - 2)) {
        const char16_t u = c.unicode();
        const bool hex =
            (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hex && u != u':' && u != u'.')
            return false;
    }
    return true;
}

} // namespace

qsizetype firstInvalidCharacter(QStringView value, bool multiline) {
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = value[i].unicode();
        if (u >= 0x20 && u < 0x7F)
            continue; // the common case: printable ASCII
        if (u == u'\t' || (multiline && (u == u'\n' || u == u'\r')))
            continue;
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
            return i;
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 >= value.size() || !QChar::isLowSurrogate(value[i + 1].unicode()))
                return i;
            if (isNonCharacter(QChar::surrogateToUcs4(u, value[i + 1].unicode())))
                return i;
            ++i;
            continue;
        }
        if (QChar::isLowSurrogate(u) || isNonCharacter(u))
            return i;
    }
    return -1;
}

bool isEmailAddress(QStringView value) {
    const qsizetype at = value.lastIndexOf(u'@');
    if (at <= 0 || at > 64 || value.size() > limits::maxLength(TextKind::Email))
        return false;
    return isDotAtom(value.first(at)) && isHostName(value.sliced(at + 1), true);
}

bool isWebUrl(QStringView value) {
    // Checked by hand rather than with QUrl: validation runs per keystroke over
    // hundreds of URLs, and QUrl's full parse costs a microsecond or more each.
    qsizetype schemeLength = 0;
    if (value.startsWith(u"https://", Qt::CaseInsensitive))
        schemeLength = 8;
    else if (value.startsWith(u"http://", Qt::CaseInsensitive))
        schemeLength = 7;
    else
        return false;
    for (const QChar c : value) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7F || c.isSpace())
            return false;
    }
    QStringView authority = value.sliced(schemeLength);
    for (qsizetype i = 0; i < authority.size(); ++i) {
        const char16_t u = authority[i].unicode();
        if (u == u'/' || u == u'?' || u == u'#') {
            authority.truncate(i);
            break;
        }
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0)
        authority = authority.sliced(at + 1); // user information is no part of the host
    QStringView host = authority;
    if (const qsizetype colon = authority.lastIndexOf(u':');
        colon >= 0 && authority.indexOf(u']', colon) < 0) {
        const QStringView port = authority.sliced(colon + 1);
        for (const QChar c : port) {
            if (!isAsciiDigit(c))
                return false;
        }
        if (port.size() > 5)
            return false;
        host = authority.first(colon);
    }
    return isIpLiteral(host) || isHostName(host, false);
}

bool isAbsoluteUri(QStringView value) {
    const qsizetype colon = value.indexOf(u':');
    if (colon <= 0 || !isAsciiLetter(value.front()))
        return false;
    for (const QChar c : value.first(colon)) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'+' && c != u'-' && c != u'.')
            return false;
    }
    for (const QChar c : value) {
        if (c.isSpace() || c.unicode() < 0x20)
            return false;
    }
    return true;
}

bool isCountryCode(QStringView value) {
    return value.size() == 2 && value[0].unicode() >= u'A' && value[0].unicode() <= u'Z' &&
           value[1].unicode() >= u'A' && value[1].unicode() <= u'Z';
}

bool isIdentifier(QStringView value) {
    if (value.isEmpty() || value.size() > limits::maxLength(TextKind::Identifier))
        return false;
    if (!isAsciiLetter(value.front()) && !isAsciiDigit(value.front()))
        return false;
    for (const QChar c : value) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

} // namespace vitae::core::text
