#include <vitae/core/json_resume.h>
#include <vitae/core/limits.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace vitae::core {
namespace {

// Bytes beyond which import does not even parse: a file this large is no resume,
// and parsing it would only cost memory. Below it, an oversized file still gets
// all its findings.
constexpr qsizetype kParseCeilingBytes = 16 * limits::maxDocumentBytes;

QString jsonTypeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// Offset of the first byte that breaks UTF-8 (overlongs, surrogates and code
// points past U+10FFFF included), or -1 when all of it is well formed.
qsizetype firstInvalidUtf8(QByteArrayView bytes) {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, code = lead & 0x1F, minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, code = lead & 0x0F, minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, code = lead & 0x07, minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (data[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// Reads the four hex digits of a "\\uXXXX" escape starting at `at` (the backslash);
// -1 when there is no such escape there.
int unicodeEscapeAt(QByteArrayView bytes, qsizetype at) {
    if (at + 6 > bytes.size() || bytes[at] != '\\' || bytes[at + 1] != 'u')
        return -1;
    int value = 0;
    for (qsizetype i = at + 2; i < at + 6; ++i) {
        const char c = bytes[i];
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// Offset of the first "\\uD800".."\\uDFFF" escape that is not half of a pair, or -1.
// JSON allows such escapes, but they name no character: no UTF-8 text can hold one,
// and Qt keeps them in keys inconsistently, so a document with one cannot round-trip.
qsizetype firstLoneSurrogateEscape(QByteArrayView bytes, int* escape) {
    for (qsizetype i = bytes.indexOf('\\'); i >= 0 && i + 1 < bytes.size();
         i = bytes.indexOf('\\', i)) {
        const int unit = unicodeEscapeAt(bytes, i);
        if (unit < 0) {
            i += 2; // another escape, "\\\\" included: skip both characters
            continue;
        }
        const bool high = unit >= 0xD800 && unit <= 0xDBFF;
        const int next = high ? unicodeEscapeAt(bytes, i + 6) : -1;
        if (high && next >= 0xDC00 && next <= 0xDFFF) {
            i += 12;
            continue;
        }
        if (high || (unit >= 0xDC00 && unit <= 0xDFFF)) {
            *escape = unit;
            return i;
        }
        i += 6;
    }
    return -1;
}

// Depth of the deepest array or object, counting stops one past `limit`.
int nestingDepth(const QJsonValue& value, int limit) {
    if (limit < 0)
        return 1;
    int deepest = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end() && deepest <= limit; ++it)
            deepest = std::max(deepest, nestingDepth(it.value(), limit - 1));
        return deepest + 1;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && deepest <= limit; ++i)
            deepest = std::max(deepest, nestingDepth(array.at(i), limit - 1));
        return deepest + 1;
    }
    return 0;
}

// Qt's parser orders the keys it keeps as plain UTF-8 by code point and the keys it
// had to unescape by UTF-16 unit, while insert() and lookups use UTF-16 order. Keys
// past U+FFFF beside keys from U+E000 up can thus come out in either order, and the
// same object read from escaped and from plain text compares unequal and exports in
// another order. Rebuilding an object whose keys are out of order with insert()
// gives the one order; nullopt means the value is already in it.
std::optional<QJsonValue> inInsertOrder(const QJsonValue& value) {
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        bool changed = false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (std::optional<QJsonValue> item = inInsertOrder(array.at(i))) {
                array.replace(i, *item);
                changed = true;
            }
        }
        return changed ? std::optional<QJsonValue>(array) : std::nullopt;
    }
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    bool misordered = false;
    QList<std::pair<QString, QJsonValue>> reorderedChildren;
    QString previous;
    for (auto it = object.begin(); it != object.end(); ++it) {
        misordered = misordered || (it != object.begin() && !(previous < it.key()));
        if (std::optional<QJsonValue> child = inInsertOrder(it.value()))
            reorderedChildren.append({it.key(), *child});
        previous = it.key();
    }
    if (!misordered && reorderedChildren.isEmpty())
        return std::nullopt;
    QJsonObject rebuilt;
    if (misordered) {
        for (auto it = object.begin(); it != object.end(); ++it)
            rebuilt.insert(it.key(), it.value());
    } else {
        rebuilt = object;
    }
    for (const auto& [key, child] : reorderedChildren)
        rebuilt.insert(key, child);
    return rebuilt;
}

// Fills one model struct from a JSON object, following the struct's describe().
// What it reads it takes out of `remaining`; what is left becomes the struct's
// `extra`, so a wrongly typed value is reported and still written back on export.
class Reader {
public:
    Reader(const QJsonObject& in, QString path, Findings& findings)
        : remaining_(in)
        , path_(std::move(path))
        , findings_(findings) {}

    template <class T>
    static T read(const QJsonObject& in, const QString& path, Findings& findings) {
        T value;
        Reader reader(in, path, findings);
        T::describe(value, reader);
        value.extra = std::move(reader.remaining_);
        return value;
    }

    void text(QStringView key, Text& field, TextKind /*kind*/) {
        const QJsonValue value = remaining_.value(key);
        if (value.isString())
            field = take(key).toString();
        else if (!value.isUndefined())
            reportType(key, value, QStringLiteral("string"));
    }

    void textList(QStringView key, TextList& field) {
        readArray(key, field, QStringLiteral("string"), [](const QJsonValue& item, const QString&) {
            return item.isString() ? std::optional<QString>(item.toString()) : std::nullopt;
        });
    }

    void flag(QStringView key, Flag& field) {
        const QJsonValue value = remaining_.value(key);
        if (value.isBool())
            field = take(key).toBool();
        else if (!value.isUndefined())
            reportType(key, value, QStringLiteral("boolean"));
    }

    template <class T>
    void object(QStringView key, std::optional<T>& field) {
        const QJsonValue value = remaining_.value(key);
        if (value.isObject())
            field = read<T>(take(key).toObject(), childPath(key), findings_);
        else if (!value.isUndefined())
            reportType(key, value, QStringLiteral("object"));
    }

    template <class T>
    void entries(QStringView key, Entries<T>& field) {
        readArray(key, field, QStringLiteral("object"),
                  [this](const QJsonValue& item, const QString& itemPath) {
                      return item.isObject()
                                 ? std::optional<T>(read<T>(item.toObject(), itemPath, findings_))
                                 : std::nullopt;
                  });
    }

    void dateRange(const Text&, QStringView, const Text&, QStringView) {}

private:
    QJsonValue take(QStringView key) { return remaining_.take(key); }

    QString childPath(QStringView key) const { return appendPointer(path_, key); }

    // A list is taken only when every item has the expected type; otherwise each wrong item is
    // reported and the whole list stays in `remaining_`, so export writes it back unchanged.
    // `readItem` returns the item, or nothing when its type is wrong.
    template <class List, class ReadItem>
    void readArray(QStringView key, std::optional<List>& field, const QString& expectedItemType,
                   ReadItem readItem) {
        const QJsonValue value = remaining_.value(key);
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            reportType(key, value, QStringLiteral("array"));
            return;
        }
        const QJsonArray array = value.toArray();
        const QString path = childPath(key);
        List items;
        items.reserve(static_cast<typename List::size_type>(array.size()));
        bool wellTyped = true;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = appendPointer(path, i);
            if (auto item = readItem(array.at(i), itemPath))
                items.push_back(std::move(*item));
            else
                wellTyped = reportType(itemPath, array.at(i), expectedItemType);
        }
        if (wellTyped) {
            take(key);
            field = std::move(items);
        }
    }

    void reportType(QStringView key, const QJsonValue& value, const QString& expected) {
        reportType(childPath(key), value, expected);
    }

    // A wrong type is an error; a null is a warning, as many exporters write null for
    // "not filled in". Either way the value stays in `remaining_` and is written back.
    // Returns false so callers can note that a list was not well typed.
    bool reportType(const QString& path, const QJsonValue& value, const QString& expected) {
        if (value.isNull()) {
            findings_.append({FindingCode::ValueNull, Severity::Warning, path, {}});
        } else {
            findings_.append(typeMismatch(path, value, expected));
        }
        return false;
    }

    QJsonObject remaining_;
    QString path_;
    Findings& findings_;
};

// Builds the JSON object of one model struct: its `extra` first, then every field
// that is present, in the struct's describe() order.
class Writer {
public:
    template <class T>
    static QJsonObject write(const T& value) {
        Writer writer(value.extra);
        T::describe(value, writer);
        return std::move(writer.out_);
    }

    void text(QStringView key, const Text& field, TextKind /*kind*/) {
        if (field)
            out_.insert(key, *field);
    }

    void textList(QStringView key, const TextList& field) {
        if (field)
            out_.insert(key, QJsonArray::fromStringList(*field));
    }

    void flag(QStringView key, const Flag& field) {
        if (field)
            out_.insert(key, *field);
    }

    template <class T>
    void object(QStringView key, const std::optional<T>& field) {
        if (field)
            out_.insert(key, write(*field));
    }

    template <class T>
    void entries(QStringView key, const Entries<T>& field) {
        if (!field)
            return;
        QJsonArray array;
        for (const T& item : *field)
            array.append(write(item));
        out_.insert(key, array);
    }

    void dateRange(const Text&, QStringView, const Text&, QStringView) {}

private:
    explicit Writer(QJsonObject extra)
        : out_(std::move(extra)) {}

    QJsonObject out_;
};

Finding rootFinding(FindingCode code, QJsonObject params) {
    return {code, Severity::Error, QString(), std::move(params)};
}

} // namespace

Finding typeMismatch(const QString& path, const QJsonValue& actual, const QString& expected) {
    return {
        FindingCode::TypeMismatch,
        Severity::Error,
        path,
        {{QStringLiteral("expected"), expected}, {QStringLiteral("actual"), jsonTypeName(actual)}}};
}

ImportResult importJsonResume(const QJsonObject& document) {
    ImportResult result;
    result.parsed = true;
    if (nestingDepth(document, limits::maxNestingDepth) > limits::maxNestingDepth) {
        result.findings.append(rootFinding(FindingCode::JsonTooDeep,
                                           {{QStringLiteral("limit"), limits::maxNestingDepth}}));
    }
    const std::optional<QJsonValue> ordered = inInsertOrder(document);
    result.resume =
        Reader::read<Resume>(ordered ? ordered->toObject() : document, QString(), result.findings);
    return result;
}

ImportResult importJsonResume(QByteArrayView json) {
    ImportResult result;
    if (json.startsWith("\xEF\xBB\xBF"))
        json = json.sliced(3); // editors on Windows write a BOM; JSON forbids it
    if (json.size() > limits::maxDocumentBytes) {
        result.findings.append(rootFinding(
            FindingCode::DocumentTooLarge,
            {{QStringLiteral("bytes"), static_cast<qint64>(json.size())},
             {QStringLiteral("limit"), static_cast<qint64>(limits::maxDocumentBytes)}}));
        if (json.size() > kParseCeilingBytes)
            return result;
    }
    if (const qsizetype bad = firstInvalidUtf8(json); bad >= 0) {
        result.findings.append(rootFinding(FindingCode::Utf8Invalid,
                                           {{QStringLiteral("offset"), static_cast<qint64>(bad)}}));
        return result;
    }
    int escape = 0;
    if (const qsizetype at = firstLoneSurrogateEscape(json, &escape); at >= 0) {
        result.findings.append(
            rootFinding(FindingCode::JsonLoneSurrogate,
                        {{QStringLiteral("escape"), QString::number(escape, 16).toUpper()},
                         {QStringLiteral("offset"), static_cast<qint64>(at)}}));
        return result;
    }
    QByteArray text = json.toByteArray();
    // Qt's parser silently drops U+FEFF written as raw bytes inside a string; the
    // escape means the same and survives, so nothing the user wrote is lost.
    if (text.contains("\xEF\xBB\xBF"))
        text.replace("\xEF\xBB\xBF", "\\ufeff");
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::DeepNesting) {
        result.findings.append(rootFinding(FindingCode::JsonTooDeep,
                                           {{QStringLiteral("limit"), limits::maxNestingDepth}}));
        return result;
    }
    if (error.error != QJsonParseError::NoError) {
        result.findings.append(rootFinding(FindingCode::JsonMalformed,
                                           {{QStringLiteral("reason"), error.errorString()},
                                            {QStringLiteral("offset"), error.offset}}));
        return result;
    }
    if (!document.isObject()) {
        const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue();
        result.findings.append(rootFinding(FindingCode::TypeMismatch,
                                           {{QStringLiteral("expected"), QStringLiteral("object")},
                                            {QStringLiteral("actual"), jsonTypeName(root)}}));
        return result;
    }
    ImportResult imported = importJsonResume(document.object());
    imported.findings = result.findings + imported.findings;
    return imported;
}

QJsonObject exportJsonResume(const Resume& resume) {
    return Writer::write(resume);
}

QByteArray exportJsonResumeBytes(const Resume& resume, JsonStyle style) {
    return QJsonDocument(exportJsonResume(resume))
        .toJson(style == JsonStyle::Indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace vitae::core
