// Every validation rule, driven by small documents: each case names the finding
// it must produce (code, severity, JSON pointer), or that it must produce none.
#include "test_support.h"

#include <vitae/core/json_resume.h>
#include <vitae/core/limits.h>
#include <vitae/core/template_catalogue.h>
#include <vitae/core/validation.h>

#include <gtest/gtest.h>

namespace vitae::core {
namespace {

using test::describe;

Findings importAndValidate(const QByteArray& json, const ValidationOptions& options = {}) {
    ImportResult imported = importJsonResume(json);
    Findings findings = imported.findings;
    if (imported.parsed)
        findings += validate(imported.resume, options);
    return findings;
}

// A resume that satisfies the default template, so a case only shows its own finding.
QByteArray withBase(const char* members) {
    return QByteArray(R"({"work":[{"name":"Acme"}],"education":[{"institution":"MIT"}])") +
           (members[0] != '\0' ? "," : "") + members + "}";
}

struct FindingCase {
    const char* name;
    const char* members; // JSON members added to a valid base resume
    FindingCode code;
    Severity severity;
    const char* path;
};

void PrintTo(const FindingCase& c, std::ostream* out) {
    *out << c.name;
}

class ValidationFinds : public testing::TestWithParam<FindingCase> {};

TEST_P(ValidationFinds, TheExpectedFinding) {
    const FindingCase& c = GetParam();
    const Findings findings = importAndValidate(withBase(c.members));
    const auto found = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) {
        return f.code == c.code && f.path == QString::fromUtf8(c.path);
    });
    ASSERT_NE(found, findings.end())
        << "expected " << codeName(c.code).toStdString() << " at " << c.path << ", got:\n"
        << describe(findings);
    EXPECT_EQ(found->severity, c.severity);
    EXPECT_FALSE(message(*found).isEmpty());
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Rules, ValidationFinds, testing::Values(
    // e-mail
    FindingCase{"email_empty_is_a_warning", R"("basics":{"email":""})", FindingCode::EmailEmpty, Severity::Warning, "/basics/email"},
    FindingCase{"email_without_at", R"("basics":{"email":"jane.example.com"})", FindingCode::EmailInvalid, Severity::Error, "/basics/email"},
    FindingCase{"email_without_domain_dot", R"("basics":{"email":"jane@localhost"})", FindingCode::EmailInvalid, Severity::Error, "/basics/email"},
    FindingCase{"email_with_space", R"("basics":{"email":"jane doe@example.com"})", FindingCode::EmailInvalid, Severity::Error, "/basics/email"},
    FindingCase{"email_double_dot", R"("basics":{"email":"jane..doe@example.com"})", FindingCode::EmailInvalid, Severity::Error, "/basics/email"},
    FindingCase{"email_domain_label_dash", R"("basics":{"email":"jane@-example.com"})", FindingCode::EmailInvalid, Severity::Error, "/basics/email"},
    // URLs
    FindingCase{"url_empty_is_a_warning", R"("basics":{"url":""})", FindingCode::UrlEmpty, Severity::Warning, "/basics/url"},
    FindingCase{"url_without_scheme", R"("basics":{"url":"example.com"})", FindingCode::UrlInvalid, Severity::Error, "/basics/url"},
    FindingCase{"url_ftp_scheme", R"("work":[{"url":"ftp://example.com"}])", FindingCode::UrlInvalid, Severity::Error, "/work/0/url"},
    FindingCase{"url_without_host", R"("basics":{"profiles":[{"url":"https://"}]})", FindingCode::UrlInvalid, Severity::Error, "/basics/profiles/0/url"},
    FindingCase{"url_bad_port", R"("basics":{"url":"https://example.com:http/"})", FindingCode::UrlInvalid, Severity::Error, "/basics/url"},
    FindingCase{"url_empty_label", R"("basics":{"url":"https://example..com/"})", FindingCode::UrlInvalid, Severity::Error, "/basics/url"},
    FindingCase{"url_label_dash", R"("basics":{"url":"https://-example.com/"})", FindingCode::UrlInvalid, Severity::Error, "/basics/url"},
    FindingCase{"url_underscore_host", R"("basics":{"url":"https://exa_mple.com/"})", FindingCode::UrlInvalid, Severity::Error, "/basics/url"},
    FindingCase{"url_only_port", R"("basics":{"url":"http://:80/"})", FindingCode::UrlInvalid, Severity::Error, "/basics/url"},
    FindingCase{"url_with_space", R"("projects":[{"url":"https://exa mple.com"}])", FindingCode::UrlInvalid, Severity::Error, "/projects/0/url"},
    FindingCase{"uri_schema_not_absolute", R"("$schema":"schema.json")", FindingCode::UrlInvalid, Severity::Error, "/$schema"},
    FindingCase{"uri_meta_canonical", R"("meta":{"canonical":"not a uri"})", FindingCode::UrlInvalid, Severity::Error, "/meta/canonical"},
    // dates
    FindingCase{"date_empty_is_a_warning", R"("awards":[{"date":""}])", FindingCode::DateEmpty, Severity::Warning, "/awards/0/date"},
    FindingCase{"date_word", R"("work":[{"startDate":"present"}])", FindingCode::DateInvalid, Severity::Error, "/work/0/startDate"},
    FindingCase{"date_slashes", R"("education":[{"endDate":"2020/05"}])", FindingCode::DateInvalid, Severity::Error, "/education/0/endDate"},
    FindingCase{"date_single_digit_month", R"("volunteer":[{"startDate":"2020-5"}])", FindingCode::DateInvalid, Severity::Error, "/volunteer/0/startDate"},
    FindingCase{"date_year_out_of_pattern", R"("certificates":[{"date":"3020"}])", FindingCode::DateInvalid, Severity::Error, "/certificates/0/date"},
    FindingCase{"date_with_time", R"("publications":[{"releaseDate":"2020-05-01T10:00"}])", FindingCode::DateInvalid, Severity::Error, "/publications/0/releaseDate"},
    FindingCase{"date_month_13", R"("work":[{"endDate":"2020-13"}])", FindingCode::DateNotOnCalendar, Severity::Error, "/work/0/endDate"},
    FindingCase{"date_month_00", R"("work":[{"endDate":"2020-00"}])", FindingCode::DateNotOnCalendar, Severity::Error, "/work/0/endDate"},
    FindingCase{"date_february_30", R"("projects":[{"startDate":"2021-02-30"}])", FindingCode::DateNotOnCalendar, Severity::Error, "/projects/0/startDate"},
    FindingCase{"date_february_29_non_leap", R"("projects":[{"startDate":"1900-02-29"}])", FindingCode::DateNotOnCalendar, Severity::Error, "/projects/0/startDate"},
    FindingCase{"date_april_31", R"("awards":[{"date":"2022-04-31"}])", FindingCode::DateNotOnCalendar, Severity::Error, "/awards/0/date"},
    FindingCase{"range_years_reversed", R"("work":[{"startDate":"2021","endDate":"2019"}])", FindingCode::DateRangeReversed, Severity::Error, "/work/0/endDate"},
    FindingCase{"range_months_reversed", R"("education":[{"startDate":"2021-06","endDate":"2021-02"}])", FindingCode::DateRangeReversed, Severity::Error, "/education/0/endDate"},
    FindingCase{"range_days_reversed", R"("volunteer":[{"startDate":"2021-06-10","endDate":"2021-06-09"}])", FindingCode::DateRangeReversed, Severity::Error, "/volunteer/0/endDate"},
    FindingCase{"range_in_custom_entry", R"("vitae":{"customSections":[{"id":"talks","title":"Talks","entries":[{"startDate":"2020","endDate":"2010"}]}]})", FindingCode::DateRangeReversed, Severity::Error, "/vitae/customSections/0/entries/0/endDate"},
    // length caps, one per kind
    FindingCase{"line_too_long", R"("basics":{"name":")" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" R"("})", FindingCode::TextTooLong, Severity::Error, "/basics/name"},
    FindingCase{"country_code_too_long", R"("basics":{"location":{"countryCode":"DEU"}})", FindingCode::TextTooLong, Severity::Error, "/basics/location/countryCode"},
    // characters
    FindingCase{"control_character_in_line", R"("basics":{"label":"Engineer\u0007"})", FindingCode::TextInvalidCharacters, Severity::Error, "/basics/label"},
    FindingCase{"newline_in_line", R"("work":[{"position":"Lead\nEngineer"}])", FindingCode::TextInvalidCharacters, Severity::Error, "/work/0/position"},
    FindingCase{"c1_control", R"("interests":[{"name":"Chess\u0085"}])", FindingCode::TextInvalidCharacters, Severity::Error, "/interests/0/name"},
    FindingCase{"noncharacter", R"("references":[{"reference":"Great\uffff"}])", FindingCode::TextInvalidCharacters, Severity::Error, "/references/0/reference"},
    FindingCase{"control_in_list_item", R"("skills":[{"keywords":["ok","bad\u0001"]}])", FindingCode::TextInvalidCharacters, Severity::Error, "/skills/0/keywords/1"},
    // other formats
    FindingCase{"country_code_lowercase", R"("basics":{"location":{"countryCode":"de"}})", FindingCode::CountryCodeInvalid, Severity::Warning, "/basics/location/countryCode"},
    FindingCase{"template_id_with_space", R"("vitae":{"templateId":"my template"})", FindingCode::IdentifierInvalid, Severity::Error, "/vitae/templateId"},
    FindingCase{"custom_id_with_colon", R"("vitae":{"customSections":[{"id":"a:b","title":"A"}]})", FindingCode::IdentifierInvalid, Severity::Error, "/vitae/customSections/0/id"},
    FindingCase{"custom_id_missing", R"("vitae":{"customSections":[{"title":"A"}]})", FindingCode::IdentifierInvalid, Severity::Error, "/vitae/customSections/0/id"},
    // layout and template
    FindingCase{"layout_unknown_section", R"("vitae":{"sections":[{"key":"hobbies"}]})", FindingCode::SectionUnknown, Severity::Error, "/vitae/sections/0/key"},
    FindingCase{"layout_unknown_custom", R"("vitae":{"sections":[{"key":"custom:talks"}]})", FindingCode::SectionUnknown, Severity::Error, "/vitae/sections/0/key"},
    FindingCase{"layout_duplicate", R"("vitae":{"sections":[{"key":"work"},{"key":"work"}]})", FindingCode::SectionDuplicate, Severity::Error, "/vitae/sections/1/key"},
    FindingCase{"custom_id_duplicate", R"("vitae":{"customSections":[{"id":"a","title":"A"},{"id":"a","title":"B"}]})", FindingCode::SectionDuplicate, Severity::Error, "/vitae/customSections/1/id"},
    FindingCase{"template_unknown", R"("vitae":{"templateId":"baroque"})", FindingCode::TemplateUnknown, Severity::Error, "/vitae/templateId"},
    FindingCase{"template_section_hidden", R"("vitae":{"sections":[{"key":"education","visible":false}]})", FindingCode::TemplateSectionMissing, Severity::Warning, "/education"},
    FindingCase{"template_modern_needs_skills", R"("vitae":{"templateId":"modern"})", FindingCode::TemplateSectionMissing, Severity::Warning, "/skills"},
    FindingCase{"template_section_empty", R"("vitae":{"templateId":"modern"},"skills":[])", FindingCode::TemplateSectionMissing, Severity::Warning, "/skills"},
    // types reported by import, through the same call
    FindingCase{"type_string_expected", R"("basics":{"name":42})", FindingCode::TypeMismatch, Severity::Error, "/basics/name"},
    FindingCase{"type_array_expected", R"("skills":{"name":"C++"})", FindingCode::TypeMismatch, Severity::Error, "/skills"},
    FindingCase{"type_object_expected", R"("basics":"Jane")", FindingCode::TypeMismatch, Severity::Error, "/basics"},
    FindingCase{"type_item_object_expected", R"("languages":["English"])", FindingCode::TypeMismatch, Severity::Error, "/languages/0"},
    FindingCase{"type_item_string_expected", R"("projects":[{"roles":["Lead",3]}])", FindingCode::TypeMismatch, Severity::Error, "/projects/0/roles/1"},
    FindingCase{"type_boolean_expected", R"("vitae":{"sections":[{"key":"work","visible":"yes"}]})", FindingCode::TypeMismatch, Severity::Error, "/vitae/sections/0/visible"},
    FindingCase{"null_is_a_warning", R"("basics":{"phone":null})", FindingCode::ValueNull, Severity::Warning, "/basics/phone"}
), test::CaseName{});
// clang-format on

struct CleanCase {
    const char* name;
    const char* members;
};

void PrintTo(const CleanCase& c, std::ostream* out) {
    *out << c.name;
}

class ValidationAccepts : public testing::TestWithParam<CleanCase> {};

TEST_P(ValidationAccepts, WithoutFindings) {
    const Findings findings = importAndValidate(withBase(GetParam().members));
    EXPECT_TRUE(findings.isEmpty()) << describe(findings);
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Rules, ValidationAccepts, testing::Values(
    CleanCase{"empty_base", ""},
    CleanCase{"email_plus_and_subdomain", R"("basics":{"email":"jane+cv@mail.example.co.uk"})"},
    CleanCase{"email_unicode_local_part", R"("basics":{"email":"zoë@example.com"})"},
    CleanCase{"email_idn_domain", R"("basics":{"email":"jane@bücher.example"})"},
    CleanCase{"url_http_with_path_and_query", R"("basics":{"url":"http://example.com/a/b?c=d#e"})"},
    CleanCase{"url_https_with_port", R"("basics":{"url":"HTTPS://example.com:8443/"})"},
    CleanCase{"url_user_info_and_port", R"("basics":{"url":"https://jo@example.com:8080/cv"})"},
    CleanCase{"url_ipv6_literal", R"("basics":{"url":"http://[2001:db8::1]:8080/"})"},
    CleanCase{"url_idn_host", R"("basics":{"url":"https://bücher.example/ä?q=ü#x"})"},
    CleanCase{"url_query_without_path", R"("basics":{"url":"https://example.com?cv=1"})"},
    CleanCase{"uri_any_scheme_for_schema", R"("$schema":"urn:example:resume")"},
    CleanCase{"date_year", R"("awards":[{"date":"2020"}])"},
    CleanCase{"date_month", R"("awards":[{"date":"2020-12"}])"},
    CleanCase{"date_leap_day", R"("awards":[{"date":"2024-02-29"}])"},
    CleanCase{"date_leap_day_400", R"("awards":[{"date":"2000-02-29"}])"},
    CleanCase{"range_equal", R"("work":[{"startDate":"2020-05","endDate":"2020-05"}])"},
    CleanCase{"range_mixed_precision_same_year", R"("work":[{"startDate":"2020-05","endDate":"2020"}])"},
    CleanCase{"range_mixed_precision_same_month", R"("work":[{"startDate":"2020-05-20","endDate":"2020-05"}])"},
    CleanCase{"range_open_ended", R"("work":[{"startDate":"2020-05"}])"},
    CleanCase{"paragraph_with_newlines_and_tabs", R"("basics":{"summary":"Line one\nLine two\r\n\tindented"})"},
    CleanCase{"address_multiline", R"("basics":{"location":{"address":"1 Main St\nApt 2"}})"},
    CleanCase{"emoji_and_cjk", R"("basics":{"name":"李小龍 🥋","label":"Ingénieure"})"},
    CleanCase{"country_code_upper", R"("basics":{"location":{"countryCode":"DE"}})"},
    CleanCase{"custom_section_in_layout", R"("vitae":{"customSections":[{"id":"talks","title":"Talks","entries":[{"title":"A talk"}]}],"sections":[{"key":"custom:talks"},{"key":"work"}]})"},
    CleanCase{"unknown_properties_everywhere", R"("x":{"deep":[1,2,{"a":null}]},"basics":{"y":true,"location":{"z":1}},"meta":{"theme":"elegant"})"},
    CleanCase{"template_compact_needs_only_work", R"("vitae":{"templateId":"compact"})"}
), test::CaseName{});
// clang-format on

// --- rules that need documents too large or too specific for the table -------------

Resume baseResume() {
    return importJsonResume(withBase("")).resume;
}

TEST(Validation, SectionCountAtLimitPassesAndOneMoreFails) {
    Resume resume = baseResume();
    resume.vitae = VitaeExtension{};
    resume.vitae->customSections.emplace();
    // base shows 2 sections (work, education); add custom ones up to the limit.
    constexpr int kLimit = 5;
    for (int i = 0; i < kLimit - 2; ++i)
        resume.vitae->customSections->push_back(
            {QStringLiteral("c%1").arg(i), QStringLiteral("C"), std::vector<CustomEntry>(1), {}});
    ValidationOptions options;
    options.maxResumeSections = kLimit;
    EXPECT_FALSE(
        test::hasFinding(validate(resume, options), FindingCode::ResumeTooManySections, QString()));

    resume.skills = std::vector<Skill>(1);
    const Findings findings = validate(resume, options);
    ASSERT_TRUE(test::hasFinding(findings, FindingCode::ResumeTooManySections, QString()))
        << describe(findings);
    const auto found = std::find_if(findings.begin(), findings.end(), [](const Finding& f) {
        return f.code == FindingCode::ResumeTooManySections;
    });
    EXPECT_EQ(found->params.value(QStringLiteral("count")).toInt(), kLimit + 1);
    EXPECT_EQ(found->params.value(QStringLiteral("limit")).toInt(), kLimit);
}

TEST(Validation, HiddenAndEmptySectionsDoNotCount) {
    Resume resume = baseResume();
    resume.skills = std::vector<Skill>(1);
    resume.awards = std::vector<Award>{}; // present but empty
    resume.vitae = VitaeExtension{};
    resume.vitae->sections =
        std::vector<SectionLayout>{{QStringLiteral("skills"), false, {}, {}, {}}};
    ValidationOptions options;
    options.maxResumeSections = 2; // work and education only
    const Findings findings = validate(resume, options);
    EXPECT_FALSE(test::hasFinding(findings, FindingCode::ResumeTooManySections, QString()))
        << describe(findings);
}

TEST(Validation, EntryCapPerSection) {
    Resume resume = baseResume();
    resume.work = std::vector<Work>(limits::maxEntriesPerSection);
    EXPECT_FALSE(
        test::hasFinding(validate(resume), FindingCode::ListTooLong, QStringLiteral("/work")));
    resume.work->emplace_back();
    EXPECT_TRUE(
        test::hasFinding(validate(resume), FindingCode::ListTooLong, QStringLiteral("/work")));
}

TEST(Validation, PublicationsHaveTheirOwnCap) {
    Resume resume = baseResume();
    resume.publications = std::vector<Publication>(limits::maxPublications);
    EXPECT_FALSE(test::hasFinding(validate(resume), FindingCode::ListTooLong,
                                  QStringLiteral("/publications")));
    resume.publications->emplace_back();
    EXPECT_TRUE(test::hasFinding(validate(resume), FindingCode::ListTooLong,
                                 QStringLiteral("/publications")));
}

TEST(Validation, ListItemCap) {
    Resume resume = baseResume();
    (*resume.work)[0].highlights = QStringList(limits::maxListItems + 1, QStringLiteral("Did it"));
    EXPECT_TRUE(test::hasFinding(validate(resume), FindingCode::ListTooLong,
                                 QStringLiteral("/work/0/highlights")));
}

TEST(Validation, CustomSectionCap) {
    Resume resume = baseResume();
    resume.vitae = VitaeExtension{};
    resume.vitae->customSections.emplace();
    for (qsizetype i = 0; i <= limits::maxCustomSections; ++i)
        resume.vitae->customSections->push_back({QStringLiteral("c%1").arg(i), {}, {}, {}});
    EXPECT_TRUE(test::hasFinding(validate(resume), FindingCode::ListTooLong,
                                 QStringLiteral("/vitae/customSections")));
}

TEST(Validation, LengthCapIsExactForEachKind) {
    struct KindCase {
        TextKind kind;
        Text Basics::*field;
        const char* path;
    };
    for (const KindCase& c : {KindCase{TextKind::Line, &Basics::name, "/basics/name"},
                              KindCase{TextKind::Paragraph, &Basics::summary, "/basics/summary"}}) {
        Resume resume = baseResume();
        resume.basics = Basics{};
        resume.basics.value().*c.field = QString(limits::maxLength(c.kind), QLatin1Char('a'));
        EXPECT_FALSE(test::hasFinding(validate(resume), FindingCode::TextTooLong,
                                      QString::fromLatin1(c.path)));
        resume.basics.value().*c.field = QString(limits::maxLength(c.kind) + 1, QLatin1Char('a'));
        EXPECT_TRUE(test::hasFinding(validate(resume), FindingCode::TextTooLong,
                                     QString::fromLatin1(c.path)));
    }
}

TEST(Validation, ListItemLengthCap) {
    Resume resume = baseResume();
    (*resume.work)[0].highlights =
        QStringList{QString(limits::maxLength(TextKind::ListItem) + 1, QLatin1Char('a'))};
    EXPECT_TRUE(test::hasFinding(validate(resume), FindingCode::TextTooLong,
                                 QStringLiteral("/work/0/highlights/0")));
}

TEST(Validation, TotalTextCap) {
    Resume resume = baseResume();
    const QString paragraph(limits::maxLength(TextKind::Paragraph), QLatin1Char('a'));
    resume.work =
        std::vector<Work>(static_cast<std::size_t>(limits::maxTotalText / paragraph.size()));
    for (Work& work : *resume.work)
        work.summary = paragraph;
    // The base's "MIT" makes three more characters: land exactly on the cap.
    resume.work->back().summary = paragraph.first(paragraph.size() - 3);
    EXPECT_FALSE(test::hasFinding(validate(resume), FindingCode::ResumeTooMuchText, QString()));
    (*resume.education)[0].area = QStringLiteral("x");
    const Findings findings = validate(resume);
    EXPECT_TRUE(test::hasFinding(findings, FindingCode::ResumeTooMuchText, QString()))
        << describe(findings);
}

TEST(Validation, LoneSurrogateInTextIsInvalid) {
    // Import refuses escaped lone surrogates; text reaching the model another way
    // (pasted into the editor) is still checked.
    Resume resume = baseResume();
    resume.skills = std::vector<Skill>(1);
    (*resume.skills)[0].name = QStringLiteral("C") + QChar(0xD800);
    (*resume.skills)[0].keywords = QStringList{QString(QChar(0xDC00)) + QStringLiteral("x")};
    const Findings findings = validate(resume);
    EXPECT_TRUE(test::hasFinding(findings, FindingCode::TextInvalidCharacters,
                                 QStringLiteral("/skills/0/name")))
        << describe(findings);
    EXPECT_TRUE(test::hasFinding(findings, FindingCode::TextInvalidCharacters,
                                 QStringLiteral("/skills/0/keywords/0")))
        << describe(findings);
}

TEST(Validation, ErrorsAreErrorsAndWarningsAreWarnings) {
    EXPECT_FALSE(hasErrors(importAndValidate(withBase(R"("basics":{"email":""})"))));
    EXPECT_TRUE(hasErrors(importAndValidate(withBase(R"("basics":{"email":"x"})"))));
}

TEST(Validation, CustomCatalogueIsUsed) {
    const auto catalogue = TemplateCatalogue::parse(R"({"templates":[{"id":"solo","name":"Solo",
        "layout":"single-column","requiredSections":["awards"],"page":{"size":"A4"}}]})");
    ASSERT_TRUE(catalogue);
    ValidationOptions options;
    options.catalogue = &*catalogue;
    const Findings findings = validate(baseResume(), options);
    EXPECT_TRUE(
        test::hasFinding(findings, FindingCode::TemplateSectionMissing, QStringLiteral("/awards")))
        << describe(findings);
}

// The rule without the environment, for values read elsewhere (a server's configuration file).
TEST(Validation, MaxSectionsParsedFromText) {
    QString error;
    EXPECT_EQ(parseMaxResumeSections(QString(), &error), limits::defaultMaxResumeSections);
    EXPECT_EQ(parseMaxResumeSections(QStringLiteral("  "), &error),
              limits::defaultMaxResumeSections);
    EXPECT_EQ(parseMaxResumeSections(QStringLiteral(" 7 "), &error), 7);
    EXPECT_EQ(parseMaxResumeSections(QStringLiteral("1000"), &error), 1000);
    EXPECT_TRUE(error.isEmpty());
    EXPECT_EQ(parseMaxResumeSections(QStringLiteral("1001"), &error),
              limits::defaultMaxResumeSections);
    EXPECT_EQ(error, QStringLiteral("VITAE_MAX_RESUME_SECTIONS must be a whole number from 1 to "
                                    "1000, not \"1001\""));
    EXPECT_EQ(parseMaxResumeSections(QStringLiteral("many")), limits::defaultMaxResumeSections);
}

TEST(Validation, MaxSectionsFromEnvironment) {
    qunsetenv("VITAE_MAX_RESUME_SECTIONS");
    QString error;
    EXPECT_EQ(maxResumeSectionsFromEnvironment(&error), limits::defaultMaxResumeSections);
    EXPECT_TRUE(error.isEmpty());
    qputenv("VITAE_MAX_RESUME_SECTIONS", "7");
    EXPECT_EQ(maxResumeSectionsFromEnvironment(&error), 7);
    EXPECT_TRUE(error.isEmpty());
    for (const char* bad : {"0", "-3", "many", "1001"}) {
        qputenv("VITAE_MAX_RESUME_SECTIONS", bad);
        error.clear();
        EXPECT_EQ(maxResumeSectionsFromEnvironment(&error), limits::defaultMaxResumeSections);
        EXPECT_TRUE(error.contains(QString::fromLatin1(bad))) << error.toStdString();
    }
    qunsetenv("VITAE_MAX_RESUME_SECTIONS");
}

// --- dates ---------------------------------------------------------------------------

struct DateCase {
    const char* text;
    DateProblem problem;
};

class DateParsing : public testing::TestWithParam<DateCase> {};

TEST_P(DateParsing, Classifies) {
    EXPECT_EQ(checkDate(QString::fromLatin1(GetParam().text)), GetParam().problem)
        << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Dates, DateParsing,
    testing::Values(
        DateCase{"2020", DateProblem::None}, DateCase{"1000", DateProblem::None},
        DateCase{"2999-12-31", DateProblem::None}, DateCase{"0999", DateProblem::Malformed},
        DateCase{"20201", DateProblem::Malformed}, DateCase{"2020-", DateProblem::Malformed},
        DateCase{"2020-1a", DateProblem::Malformed}, DateCase{"2020-01-1", DateProblem::Malformed},
        DateCase{"2020_01_01", DateProblem::Malformed}, DateCase{"", DateProblem::Malformed},
        DateCase{"２０２０", DateProblem::Malformed}, // full-width digits
        DateCase{"2020-02-29", DateProblem::None},
        DateCase{"2019-02-29", DateProblem::NotOnCalendar},
        DateCase{"2020-06-31", DateProblem::NotOnCalendar},
        DateCase{"2020-12-00", DateProblem::NotOnCalendar}));

TEST(DateOrder, ComparesAtTheCommonPrecision) {
    EXPECT_TRUE(startsAfter({2021, 0, 0}, {2020, 12, 31}));
    EXPECT_FALSE(startsAfter({2020, 0, 0}, {2020, 1, 0}));
    EXPECT_FALSE(startsAfter({2020, 5, 0}, {2020, 0, 0}));
    EXPECT_TRUE(startsAfter({2020, 5, 0}, {2020, 4, 30}));
    EXPECT_FALSE(startsAfter({2020, 5, 3}, {2020, 5, 0}));
    EXPECT_TRUE(startsAfter({2020, 5, 3}, {2020, 5, 2}));
    EXPECT_FALSE(startsAfter({2020, 5, 3}, {2020, 5, 3}));
}

} // namespace
} // namespace vitae::core
