#include "sql_script.h"

#include <optional>

namespace vitae::desktop::detail {
namespace {

// The tokens and states of sqlite3_complete() (SQLite's src/complete.c), which decides when
// its shell has read a whole statement. Only the words that can open or close a trigger body
// matter; any other word, literal or symbol is `Other`, comments are `Space`.
enum Token { Semicolon, Space, Other, Explain, Create, Temp, Trigger, End };

enum State {
    Start,            // between statements
    Normal,           // inside an ordinary statement
    AfterExplain,     // EXPLAIN [QUERY PLAN]: CREATE may follow
    AfterCreate,      // CREATE [TEMP]: TRIGGER would open a trigger
    InTrigger,        // inside CREATE TRIGGER: ";" does not end it
    TriggerSemicolon, // ";" inside it: END may close it
    TriggerEnd,       // ";" END: the next ";" ends the statement
};

// complete.c's transition table (without its state 0, the start of the text, which
// behaves as Start here).
State next(State state, Token token) {
    switch (state) {
    case InTrigger:
        return token == Semicolon ? TriggerSemicolon : InTrigger;
    case TriggerSemicolon:
        if (token == Semicolon || token == Space)
            return TriggerSemicolon;
        return token == End ? TriggerEnd : InTrigger;
    case TriggerEnd:
        if (token == Semicolon)
            return Start;
        return token == Space ? TriggerEnd : InTrigger;
    default:
        break;
    }
    if (token == Semicolon)
        return Start;
    if (token == Space)
        return state;
    switch (state) {
    case Start:
        return token == Explain ? AfterExplain : token == Create ? AfterCreate : Normal;
    case AfterExplain:
        return token == Other ? AfterExplain : token == Create ? AfterCreate : Normal;
    case AfterCreate:
        return token == Temp ? AfterCreate : token == Trigger ? InTrigger : Normal;
    default:
        return Normal;
    }
}

struct Scanned {
    Token token;
    qsizetype end; // just past the token
};

bool isSpace(QChar c) {
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// As SQLite's IdChar(): ASCII letters and digits, "_", "$" and every non-ASCII character.
bool isIdentifierChar(QChar c) {
    return c.unicode() >= 0x80 || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
           (c >= u'0' && c <= u'9') || c == u'_' || c == u'$';
}

Token keyword(QStringView word) {
    const auto is = [word](const char* name) {
        return word.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0;
    };
    if (is("create"))
        return Create;
    if (is("trigger"))
        return Trigger;
    if (is("temp") || is("temporary"))
        return Temp;
    if (is("end"))
        return End;
    if (is("explain"))
        return Explain;
    return Other;
}

// The token at `at`; nothing when it is a literal, quoted name or block comment that the
// script never closes.
std::optional<Scanned> scan(const QString& script, qsizetype at) {
    const QChar c = script[at];
    const qsizetype size = script.size();
    const auto past = [&](QStringView closing, qsizetype from, Token token) {
        const qsizetype found = script.indexOf(closing, from);
        return found < 0 ? std::nullopt : std::optional<Scanned>({token, found + closing.size()});
    };
    if (c == u';')
        return Scanned{Semicolon, at + 1};
    if (isSpace(c))
        return Scanned{Space, at + 1};
    if (c == u'-' && at + 1 < size && script[at + 1] == u'-') {
        const qsizetype newline = script.indexOf(u'\n', at);
        return Scanned{Space, newline < 0 ? size : newline + 1};
    }
    if (c == u'/' && at + 1 < size && script[at + 1] == u'*')
        return past(u"*/", at + 2, Space);
    if (c == u'\'' || c == u'"' || c == u'`')
        return past(QStringView(&c, 1), at + 1, Other); // a doubled quote scans as two
    if (c == u'[')
        return past(u"]", at + 1, Other);
    if (!isIdentifierChar(c))
        return Scanned{Other, at + 1};
    qsizetype end = at + 1;
    while (end < size && isIdentifierChar(script[end]))
        ++end;
    return Scanned{keyword(QStringView(script).sliced(at, end - at)), end};
}

} // namespace

std::optional<QStringList> sqlStatements(const QString& script) {
    QStringList statements;
    State state = Start;
    qsizetype statementBegin = 0;
    for (qsizetype at = 0; at < script.size();) {
        const std::optional<Scanned> scanned = scan(script, at);
        if (!scanned)
            return std::nullopt;
        const State following = next(state, scanned->token);
        if (scanned->token == Semicolon && following == Start) {
            // From Start, the text since the last ";" held only spaces and comments.
            if (state != Start)
                statements.append(script.sliced(statementBegin, at - statementBegin).trimmed());
            statementBegin = scanned->end;
        }
        state = following;
        at = scanned->end;
    }
    if (state != Start)
        return std::nullopt;
    return statements;
}

} // namespace vitae::desktop::detail
