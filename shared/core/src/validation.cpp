#include "text_checks.h"

#include <vitae/core/sections.h>
#include <vitae/core/template_catalogue.h>
#include <vitae/core/validation.h>

#include <QSet>

namespace vitae::core {
namespace {

// One step of a JSON pointer. Keys are the string literals of describe(), so a
// view is enough; the pointer text is built only when a finding needs it.
struct PathToken {
    QStringView key;
    qsizetype index = -1;
};

qsizetype entryCap(QStringView key) {
    if (key == u"publications")
        return limits::maxPublications;
    if (key == u"customSections")
        return limits::maxCustomSections;
    return limits::maxEntriesPerSection;
}

QJsonObject countParams(QLatin1StringView name, qsizetype count, qsizetype limit) {
    return {{name, static_cast<qint64>(count)},
            {QStringLiteral("limit"), static_cast<qint64>(limit)}};
}

QJsonObject valueParam(const QString& value) {
    // Quoted back to the user; a runaway value is cut so the message stays readable.
    constexpr qsizetype kQuoteLimit = 80;
    return {{QStringLiteral("value"),
             value.size() > kQuoteLimit ? value.first(kQuoteLimit) + QChar(0x2026) : value}};
}

int daysInMonth(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// Reads exactly `count` ASCII digits at `at`; -1 when any is not a digit.
int digits(QStringView text, qsizetype at, qsizetype count) {
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Walks a resume along the structs' describe() lists and records every field
// that breaks a rule, along with the total amount of text.
class Checker {
public:
    Checker(const Resume& resume, Findings& findings)
        : resume_(resume)
        , findings_(findings) {}

    qsizetype totalText() const { return totalText_; }

    template <class T>
    void walk(const T& value) {
        T::describe(value, *this);
    }

    void text(QStringView key, const Text& field, TextKind kind) {
        if (!field)
            return;
        path_.push_back({key});
        checkText(*field, kind);
        path_.pop_back();
    }

    void textList(QStringView key, const TextList& field) {
        if (!field)
            return;
        path_.push_back({key});
        if (field->size() > limits::maxListItems)
            report(FindingCode::ListTooLong, Severity::Error,
                   countParams(QLatin1StringView("count"), field->size(), limits::maxListItems));
        for (qsizetype i = 0; i < field->size(); ++i) {
            path_.push_back({{}, i});
            checkText(field->at(i), TextKind::ListItem);
            path_.pop_back();
        }
        path_.pop_back();
    }

    void flag(QStringView, const Flag&) {}

    template <class T>
    void object(QStringView key, const std::optional<T>& field) {
        if (!field)
            return;
        path_.push_back({key});
        walk(*field);
        path_.pop_back();
    }

    template <class T>
    void entries(QStringView key, const Entries<T>& field) {
        if (!field)
            return;
        path_.push_back({key});
        const auto count = static_cast<qsizetype>(field->size());
        if (count > entryCap(key))
            report(FindingCode::ListTooLong, Severity::Error,
                   countParams(QLatin1StringView("count"), count, entryCap(key)));
        for (qsizetype i = 0; i < count; ++i) {
            path_.push_back({{}, i});
            walk((*field)[static_cast<std::size_t>(i)]);
            path_.pop_back();
        }
        path_.pop_back();
    }

    void dateRange(const Text& start, QStringView, const Text& end, QStringView endKey) {
        PartialDate from;
        PartialDate to;
        if (!start || !end || checkDate(*start, &from) != DateProblem::None ||
            checkDate(*end, &to) != DateProblem::None || !startsAfter(from, to))
            return;
        path_.push_back({endKey});
        report(FindingCode::DateRangeReversed, Severity::Error,
               {{QStringLiteral("start"), *start}, {QStringLiteral("end"), *end}});
        path_.pop_back();
    }

    void report(FindingCode code, Severity severity, QJsonObject params = {}) {
        findings_.append({code, severity, pointer(), std::move(params)});
    }

private:
    QString pointer() const {
        QString text;
        for (const PathToken& token : path_)
            text = token.index >= 0 ? appendPointer(text, token.index)
                                    : appendPointer(text, token.key);
        return text;
    }

    void checkText(const QString& value, TextKind kind) {
        totalText_ += value.size();
        const qsizetype limit = limits::maxLength(kind);
        if (value.size() > limit)
            report(FindingCode::TextTooLong, Severity::Error,
                   countParams(QLatin1StringView("length"), value.size(), limit));
        const qsizetype bad = text::firstInvalidCharacter(value, kind == TextKind::Paragraph);
        if (bad >= 0)
            report(FindingCode::TextInvalidCharacters, Severity::Error,
                   {{QStringLiteral("position"), static_cast<qint64>(bad)}});
        checkFormat(value, kind);
    }

    void checkFormat(const QString& value, TextKind kind) {
        switch (kind) {
        case TextKind::Line:
        case TextKind::Paragraph:
        case TextKind::ListItem:
            return;
        case TextKind::Email:
            if (value.isEmpty())
                report(FindingCode::EmailEmpty, Severity::Warning);
            else if (!text::isEmailAddress(value))
                report(FindingCode::EmailInvalid, Severity::Error, valueParam(value));
            return;
        case TextKind::Url:
        case TextKind::Uri:
            if (value.isEmpty())
                report(FindingCode::UrlEmpty, Severity::Warning);
            else if (kind == TextKind::Url ? !text::isWebUrl(value) : !text::isAbsoluteUri(value))
                report(FindingCode::UrlInvalid, Severity::Error, valueParam(value));
            return;
        case TextKind::Date:
            checkDateField(value);
            return;
        case TextKind::CountryCode:
            if (!value.isEmpty() && !text::isCountryCode(value))
                report(FindingCode::CountryCodeInvalid, Severity::Warning, valueParam(value));
            return;
        case TextKind::Identifier:
            if (!text::isIdentifier(value))
                report(FindingCode::IdentifierInvalid, Severity::Error, valueParam(value));
            return;
        case TextKind::SectionKey:
            checkSectionKey(value);
            return;
        }
    }

    void checkDateField(const QString& value) {
        if (value.isEmpty()) {
            report(FindingCode::DateEmpty, Severity::Warning);
            return;
        }
        switch (checkDate(value)) {
        case DateProblem::None:
            return;
        case DateProblem::Malformed:
            report(FindingCode::DateInvalid, Severity::Error, valueParam(value));
            return;
        case DateProblem::NotOnCalendar:
            report(FindingCode::DateNotOnCalendar, Severity::Error, valueParam(value));
            return;
        }
    }

    void checkSectionKey(const QString& key) {
        if (isStandardSectionKey(key))
            return;
        const QString id = customSectionId(key);
        const auto& custom = resume_.vitae->customSections; // a key implies resume_.vitae
        const bool known = !id.isEmpty() && custom &&
                           std::any_of(custom->begin(), custom->end(),
                                       [&](const CustomSection& s) { return s.id == id; });
        if (!known)
            report(FindingCode::SectionUnknown, Severity::Error, {{QStringLiteral("key"), key}});
    }

    const Resume& resume_;
    Findings& findings_;
    std::vector<PathToken> path_;
    qsizetype totalText_ = 0;
};

Finding at(FindingCode code, Severity severity, const QString& path, QJsonObject params) {
    return {code, severity, path, std::move(params)};
}

// A section key listed twice in the layout, or a custom section id used twice.
void checkDuplicates(const VitaeExtension& vitae, Findings& findings) {
    const QString layoutPath = QStringLiteral("/vitae/sections");
    QSet<QString> seen;
    for (std::size_t i = 0; vitae.sections && i < vitae.sections->size(); ++i) {
        const Text& key = (*vitae.sections)[i].key;
        if (!key)
            continue;
        if (seen.contains(*key))
            findings.append(at(FindingCode::SectionDuplicate, Severity::Error,
                               appendPointer(appendPointer(layoutPath, qsizetype(i)), u"key"),
                               {{QStringLiteral("key"), *key}}));
        seen.insert(*key);
    }
    const QString customPath = QStringLiteral("/vitae/customSections");
    seen.clear();
    for (std::size_t i = 0; vitae.customSections && i < vitae.customSections->size(); ++i) {
        const Text& id = (*vitae.customSections)[i].id;
        const QString idPath = appendPointer(appendPointer(customPath, qsizetype(i)), u"id");
        if (!id)
            findings.append(
                at(FindingCode::IdentifierInvalid, Severity::Error, idPath, valueParam(QString())));
        else if (seen.contains(*id))
            findings.append(at(FindingCode::SectionDuplicate, Severity::Error, idPath,
                               {{QStringLiteral("key"), customSectionKey(*id)}}));
        else
            seen.insert(*id);
    }
}

void checkSectionsAndTemplate(const Resume& resume, const ValidationOptions& options,
                              Findings& findings) {
    const std::vector<ResolvedSection> sections = resolveSections(resume);
    const auto shown = std::count_if(sections.begin(), sections.end(),
                                     [](const ResolvedSection& s) { return s.shown(); });
    if (shown > options.maxResumeSections)
        findings.append(
            at(FindingCode::ResumeTooManySections, Severity::Error, QString(),
               countParams(QLatin1StringView("count"), shown, options.maxResumeSections)));

    const TemplateCatalogue& catalogue =
        options.catalogue != nullptr ? *options.catalogue : TemplateCatalogue::builtin();
    const Text templateId = resume.vitae ? resume.vitae->templateId : Text();
    const TemplateInfo* chosen =
        templateId ? catalogue.find(*templateId) : &catalogue.defaultTemplate();
    if (chosen == nullptr) {
        findings.append(at(FindingCode::TemplateUnknown, Severity::Error,
                           QStringLiteral("/vitae/templateId"),
                           {{QStringLiteral("templateId"), *templateId}}));
        return;
    }
    // A draft may still lack what the template needs, so this only warns: saving
    // must not block half-written resumes. Exporting checks it again.
    for (const QString& required : chosen->requiredSections) {
        const auto section =
            std::find_if(sections.begin(), sections.end(),
                         [&](const ResolvedSection& s) { return s.key == required; });
        if (section == sections.end() || !section->shown())
            findings.append(at(FindingCode::TemplateSectionMissing, Severity::Warning,
                               appendPointer(QString(), required),
                               {{QStringLiteral("section"), required},
                                {QStringLiteral("templateId"), chosen->id}}));
    }
}

} // namespace

Findings validate(const Resume& resume, const ValidationOptions& options) {
    Findings findings;
    Checker checker(resume, findings);
    checker.walk(resume);
    if (checker.totalText() > limits::maxTotalText)
        findings.append(at(
            FindingCode::ResumeTooMuchText, Severity::Error, QString(),
            countParams(QLatin1StringView("length"), checker.totalText(), limits::maxTotalText)));
    if (resume.vitae)
        checkDuplicates(*resume.vitae, findings);
    checkSectionsAndTemplate(resume, options, findings);
    return findings;
}

int parseMaxResumeSections(const QString& text, QString* error) {
    const QString raw = text.trimmed();
    if (raw.isEmpty())
        return limits::defaultMaxResumeSections;
    bool ok = false;
    const int value = raw.toInt(&ok);
    constexpr int kCeiling = 1000;
    if (ok && value > 0 && value <= kCeiling)
        return value;
    if (error != nullptr)
        *error = QStringLiteral("VITAE_MAX_RESUME_SECTIONS must be a whole number from 1 to %1, "
                                "not \"%2\"")
                     .arg(kCeiling)
                     .arg(raw);
    return limits::defaultMaxResumeSections;
}

int maxResumeSectionsFromEnvironment(QString* error) {
    return parseMaxResumeSections(qEnvironmentVariable("VITAE_MAX_RESUME_SECTIONS"), error);
}

DateProblem checkDate(QStringView text, PartialDate* parsed) {
    // JSON Resume's iso8601 pattern: YYYY, YYYY-MM or YYYY-MM-DD with a year of 1000-2999.
    const qsizetype size = text.size();
    if (size != 4 && size != 7 && size != 10)
        return DateProblem::Malformed;
    PartialDate date;
    date.year = digits(text, 0, 4);
    if (date.year < 1000 || date.year > 2999)
        return DateProblem::Malformed;
    if (size >= 7) {
        date.month = digits(text, 5, 2);
        if (text[4] != u'-' || date.month < 0)
            return DateProblem::Malformed;
    }
    if (size == 10) {
        date.day = digits(text, 8, 2);
        if (text[7] != u'-' || date.day < 0)
            return DateProblem::Malformed;
    }
    if (size >= 7 && (date.month < 1 || date.month > 12))
        return DateProblem::NotOnCalendar;
    if (size == 10 && (date.day < 1 || date.day > daysInMonth(date.year, date.month)))
        return DateProblem::NotOnCalendar;
    if (parsed != nullptr)
        *parsed = date;
    return DateProblem::None;
}

bool startsAfter(const PartialDate& start, const PartialDate& end) {
    if (start.year != end.year)
        return start.year > end.year;
    if (start.month == 0 || end.month == 0 || start.month == end.month)
        return start.month != 0 && end.month != 0 && start.day != 0 && end.day != 0 &&
               start.day > end.day;
    return start.month > end.month;
}

} // namespace vitae::core
