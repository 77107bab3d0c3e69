// The resume model: JSON Resume 1.0 in full, plus Vitae's own layout data
// (custom sections, section order and visibility, template id).
//
// Every field keeps "absent" apart from "empty" (std::optional), and every object
// keeps the properties we do not model in `extra`, so a document imported and
// exported again is the same JSON. Each struct lists its fields once, in
// `describe()`; import, export and validation all walk that one list.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace vitae::core {

using Text = std::optional<QString>;
using TextList = std::optional<QStringList>;
using Flag = std::optional<bool>;
template <class T>
using Entries = std::optional<std::vector<T>>;

// What a text field holds; it decides the checks and the length cap validation applies.
enum class TextKind {
    Line,        // a name, a title, a phone number: one short line
    Paragraph,   // free text that may span lines
    ListItem,    // one highlight, keyword, course or role
    Email,       // an e-mail address
    Url,         // an http(s) URL with a host
    Uri,         // any absolute URI ($schema, meta.canonical)
    Date,        // a JSON Resume date: YYYY, YYYY-MM or YYYY-MM-DD
    CountryCode, // ISO 3166-1 alpha-2
    Identifier,  // a template id or a custom section id
    SectionKey,  // "work", ... or "custom:<id>" of a custom section of the same resume
};

// The field list of a struct is written once as
//     template <class Self, class V> static void describe(Self& self, V& v)
// and a visitor V offers text(), textList(), flag(), object(), entries() and dateRange().
// `Self` is deduced const or non-const, so readers and checkers share the list.

struct Location {
    Text address, postalCode, city, countryCode, region;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"address", self.address, TextKind::Paragraph);
        v.text(u"postalCode", self.postalCode, TextKind::Line);
        v.text(u"city", self.city, TextKind::Line);
        v.text(u"countryCode", self.countryCode, TextKind::CountryCode);
        v.text(u"region", self.region, TextKind::Line);
    }
    bool operator==(const Location&) const = default;
};

struct Profile {
    Text network, username, url;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"network", self.network, TextKind::Line);
        v.text(u"username", self.username, TextKind::Line);
        v.text(u"url", self.url, TextKind::Url);
    }
    bool operator==(const Profile&) const = default;
};

struct Basics {
    Text name, label, image, email, phone, url, summary;
    std::optional<Location> location;
    Entries<Profile> profiles;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"name", self.name, TextKind::Line);
        v.text(u"label", self.label, TextKind::Line);
        v.text(u"image", self.image, TextKind::Url);
        v.text(u"email", self.email, TextKind::Email);
        v.text(u"phone", self.phone, TextKind::Line);
        v.text(u"url", self.url, TextKind::Url);
        v.text(u"summary", self.summary, TextKind::Paragraph);
        v.object(u"location", self.location);
        v.entries(u"profiles", self.profiles);
    }
    bool operator==(const Basics&) const = default;
};

struct Work {
    Text name, location, description, position, url, startDate, endDate, summary;
    TextList highlights;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"name", self.name, TextKind::Line);
        v.text(u"location", self.location, TextKind::Line);
        v.text(u"description", self.description, TextKind::Line);
        v.text(u"position", self.position, TextKind::Line);
        v.text(u"url", self.url, TextKind::Url);
        v.text(u"startDate", self.startDate, TextKind::Date);
        v.text(u"endDate", self.endDate, TextKind::Date);
        v.text(u"summary", self.summary, TextKind::Paragraph);
        v.textList(u"highlights", self.highlights);
        v.dateRange(self.startDate, u"startDate", self.endDate, u"endDate");
    }
    bool operator==(const Work&) const = default;
};

struct Volunteer {
    Text organization, position, url, startDate, endDate, summary;
    TextList highlights;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"organization", self.organization, TextKind::Line);
        v.text(u"position", self.position, TextKind::Line);
        v.text(u"url", self.url, TextKind::Url);
        v.text(u"startDate", self.startDate, TextKind::Date);
        v.text(u"endDate", self.endDate, TextKind::Date);
        v.text(u"summary", self.summary, TextKind::Paragraph);
        v.textList(u"highlights", self.highlights);
        v.dateRange(self.startDate, u"startDate", self.endDate, u"endDate");
    }
    bool operator==(const Volunteer&) const = default;
};

struct Education {
    Text institution, url, area, studyType, startDate, endDate, score;
    TextList courses;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"institution", self.institution, TextKind::Line);
        v.text(u"url", self.url, TextKind::Url);
        v.text(u"area", self.area, TextKind::Line);
        v.text(u"studyType", self.studyType, TextKind::Line);
        v.text(u"startDate", self.startDate, TextKind::Date);
        v.text(u"endDate", self.endDate, TextKind::Date);
        v.text(u"score", self.score, TextKind::Line);
        v.textList(u"courses", self.courses);
        v.dateRange(self.startDate, u"startDate", self.endDate, u"endDate");
    }
    bool operator==(const Education&) const = default;
};

struct Award {
    Text title, date, awarder, summary;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"title", self.title, TextKind::Line);
        v.text(u"date", self.date, TextKind::Date);
        v.text(u"awarder", self.awarder, TextKind::Line);
        v.text(u"summary", self.summary, TextKind::Paragraph);
    }
    bool operator==(const Award&) const = default;
};

struct Certificate {
    Text name, date, url, issuer;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"name", self.name, TextKind::Line);
        v.text(u"date", self.date, TextKind::Date);
        v.text(u"url", self.url, TextKind::Url);
        v.text(u"issuer", self.issuer, TextKind::Line);
    }
    bool operator==(const Certificate&) const = default;
};

struct Publication {
    Text name, publisher, releaseDate, url, summary;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"name", self.name, TextKind::Line);
        v.text(u"publisher", self.publisher, TextKind::Line);
        v.text(u"releaseDate", self.releaseDate, TextKind::Date);
        v.text(u"url", self.url, TextKind::Url);
        v.text(u"summary", self.summary, TextKind::Paragraph);
    }
    bool operator==(const Publication&) const = default;
};

struct Skill {
    Text name, level;
    TextList keywords;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"name", self.name, TextKind::Line);
        v.text(u"level", self.level, TextKind::Line);
        v.textList(u"keywords", self.keywords);
    }
    bool operator==(const Skill&) const = default;
};

struct Language {
    Text language, fluency;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"language", self.language, TextKind::Line);
        v.text(u"fluency", self.fluency, TextKind::Line);
    }
    bool operator==(const Language&) const = default;
};

struct Interest {
    Text name;
    TextList keywords;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"name", self.name, TextKind::Line);
        v.textList(u"keywords", self.keywords);
    }
    bool operator==(const Interest&) const = default;
};

struct Reference {
    Text name, reference;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"name", self.name, TextKind::Line);
        v.text(u"reference", self.reference, TextKind::Paragraph);
    }
    bool operator==(const Reference&) const = default;
};

struct Project {
    Text name, description, startDate, endDate, url, entity, type;
    TextList highlights, keywords, roles;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"name", self.name, TextKind::Line);
        v.text(u"description", self.description, TextKind::Paragraph);
        v.textList(u"highlights", self.highlights);
        v.textList(u"keywords", self.keywords);
        v.text(u"startDate", self.startDate, TextKind::Date);
        v.text(u"endDate", self.endDate, TextKind::Date);
        v.text(u"url", self.url, TextKind::Url);
        v.textList(u"roles", self.roles);
        v.text(u"entity", self.entity, TextKind::Line);
        v.text(u"type", self.type, TextKind::Line);
        v.dateRange(self.startDate, u"startDate", self.endDate, u"endDate");
    }
    bool operator==(const Project&) const = default;
};

struct Meta {
    Text canonical, version, lastModified;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"canonical", self.canonical, TextKind::Uri);
        v.text(u"version", self.version, TextKind::Line);
        v.text(u"lastModified", self.lastModified, TextKind::Line);
    }
    bool operator==(const Meta&) const = default;
};

// One entry of a user-defined section: enough fields for talks, patents, courses taught...
struct CustomEntry {
    Text title, subtitle, location, url, startDate, endDate, summary;
    TextList highlights;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"title", self.title, TextKind::Line);
        v.text(u"subtitle", self.subtitle, TextKind::Line);
        v.text(u"location", self.location, TextKind::Line);
        v.text(u"url", self.url, TextKind::Url);
        v.text(u"startDate", self.startDate, TextKind::Date);
        v.text(u"endDate", self.endDate, TextKind::Date);
        v.text(u"summary", self.summary, TextKind::Paragraph);
        v.textList(u"highlights", self.highlights);
        v.dateRange(self.startDate, u"startDate", self.endDate, u"endDate");
    }
    bool operator==(const CustomEntry&) const = default;
};

struct CustomSection {
    Text id; // stable key: the section is "custom:<id>" in the layout
    Text title;
    Entries<CustomEntry> entries;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"id", self.id, TextKind::Identifier);
        v.text(u"title", self.title, TextKind::Line);
        v.entries(u"entries", self.entries);
    }
    bool operator==(const CustomSection&) const = default;
};

// Where a section goes and how it is shown. Sections not listed follow in default order.
struct SectionLayout {
    Text key;                 // "work", "education", ... or "custom:<id>"
    Flag visible;             // absent = shown
    Flag keepEntriesTogether; // absent = entries may split across pages
    Flag startOnNewPage;      // absent = flows after the previous section
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"key", self.key, TextKind::SectionKey);
        v.flag(u"visible", self.visible);
        v.flag(u"keepEntriesTogether", self.keepEntriesTogether);
        v.flag(u"startOnNewPage", self.startOnNewPage);
    }
    bool operator==(const SectionLayout&) const = default;
};

// Vitae's own data, kept in the document under the top-level "vitae" property so
// that other JSON Resume tools carry it along untouched.
struct VitaeExtension {
    Text templateId;
    Entries<SectionLayout> sections;
    Entries<CustomSection> customSections;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"templateId", self.templateId, TextKind::Identifier);
        v.entries(u"sections", self.sections);
        v.entries(u"customSections", self.customSections);
    }
    bool operator==(const VitaeExtension&) const = default;
};

struct Resume {
    Text schema; // "$schema"
    std::optional<Basics> basics;
    Entries<Work> work;
    Entries<Volunteer> volunteer;
    Entries<Education> education;
    Entries<Award> awards;
    Entries<Certificate> certificates;
    Entries<Publication> publications;
    Entries<Skill> skills;
    Entries<Language> languages;
    Entries<Interest> interests;
    Entries<Reference> references;
    Entries<Project> projects;
    std::optional<Meta> meta;
    std::optional<VitaeExtension> vitae;
    QJsonObject extra;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.text(u"$schema", self.schema, TextKind::Uri);
        v.object(u"basics", self.basics);
        v.entries(u"work", self.work);
        v.entries(u"volunteer", self.volunteer);
        v.entries(u"education", self.education);
        v.entries(u"awards", self.awards);
        v.entries(u"certificates", self.certificates);
        v.entries(u"publications", self.publications);
        v.entries(u"skills", self.skills);
        v.entries(u"languages", self.languages);
        v.entries(u"interests", self.interests);
        v.entries(u"references", self.references);
        v.entries(u"projects", self.projects);
        v.object(u"meta", self.meta);
        v.object(u"vitae", self.vitae);
    }
    bool operator==(const Resume&) const = default;
};

} // namespace vitae::core
