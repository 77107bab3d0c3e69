#include <vitae/core/resume_paths.h>

namespace vitae::core {
namespace {

// JSON pointer tokens, unescaped (RFC 6901: "~1" is "/", "~0" is "~").
QStringList tokensOf(QStringView pointer) {
    QStringList tokens;
    if (!pointer.startsWith(u'/'))
        return tokens;
    for (const QStringView raw : pointer.sliced(1).split(u'/')) {
        QString token = raw.toString();
        token.replace(QLatin1StringView("~1"), QLatin1StringView("/"));
        token.replace(QLatin1StringView("~0"), QLatin1StringView("~"));
        tokens.append(token);
    }
    return tokens;
}

template <class T>
EntryListRef entryOps(Entries<T>& field) {
    // The list is made on first insert, so "add the first award" needs no special case.
    auto items = [&field]() -> std::vector<T>& {
        if (!field)
            field.emplace();
        return *field;
    };
    EntryListRef ops;
    ops.count = [&field] { return field ? static_cast<qsizetype>(field->size()) : 0; };
    ops.insertEmpty = [items](qsizetype index) { items().insert(items().begin() + index, T{}); };
    ops.remove = [items](qsizetype index) { items().erase(items().begin() + index); };
    ops.move = [items](qsizetype from, qsizetype to) {
        T moved = std::move(items()[static_cast<std::size_t>(from)]);
        items().erase(items().begin() + from);
        items().insert(items().begin() + to, std::move(moved));
    };
    return ops;
}

// Walks describe() along the pointer's tokens and stops at the named field.
class Locator {
public:
    Locator(QStringList tokens, bool create)
        : tokens_(std::move(tokens))
        , create_(create) {}

    FieldRef found;

    template <class T>
    void walk(T& value) {
        T::describe(value, *this);
    }

    void text(QStringView key, Text& field, TextKind kind) {
        if (isLast(key)) {
            found.text = &field;
            found.kind = kind;
        }
    }

    void textList(QStringView key, TextList& field) {
        if (isLast(key)) {
            found.textList = &field;
            found.kind = TextKind::ListItem;
        }
    }

    void flag(QStringView key, Flag& field) {
        if (isLast(key))
            found.flag = &field;
    }

    template <class T>
    void object(QStringView key, std::optional<T>& field) {
        if (!isNext(key) || isLast(key))
            return;
        if (!field) {
            if (!create_)
                return;
            field.emplace();
        }
        ++at_;
        walk(*field);
        --at_;
    }

    template <class T>
    void entries(QStringView key, Entries<T>& field) {
        if (isLast(key)) {
            found.entries = entryOps(field);
            return;
        }
        if (!isNext(key) || at_ + 2 >= tokens_.size() || !field)
            return;
        bool ok = false;
        const qsizetype index = tokens_[at_ + 1].toLongLong(&ok);
        if (!ok || index < 0 || index >= static_cast<qsizetype>(field->size()))
            return;
        at_ += 2;
        walk((*field)[static_cast<std::size_t>(index)]);
        at_ -= 2;
    }

    void dateRange(const Text&, QStringView, const Text&, QStringView) {}

private:
    bool isNext(QStringView key) const { return at_ < tokens_.size() && tokens_[at_] == key; }
    bool isLast(QStringView key) const { return at_ == tokens_.size() - 1 && isNext(key); }

    QStringList tokens_;
    bool create_;
    qsizetype at_ = 0;
};

} // namespace

FieldRef fieldAt(Resume& resume, QStringView pointer, bool create) {
    Locator locator(tokensOf(pointer), create);
    locator.walk(resume);
    return locator.found;
}

} // namespace vitae::core
