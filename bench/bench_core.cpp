// Benchmarks of the core's import and validation, each beside its reference: how long
// QJsonDocument alone takes to parse the same bytes.
//   import_validate/<doc>  importJsonResume + validate of a document's bytes
//   validate/<doc>         validate of an already imported resume
//   parse_reference/<doc>  QJsonDocument::fromJson of the same bytes
// Documents: the JSON Resume project's sample (from $VITAE_JSONRESUME_DIR, the unpacked
// npm package @jsonresume/schema; Vitae's own sample when that is not set) and the
// largest resume the limits allow, built below (VITAE_BENCH_WRITE_LARGEST=FILE writes it
// out). bench/run builds and runs this.
#include <vitae/core/json_resume.h>
#include <vitae/core/limits.h>
#include <vitae/core/resume.h>
#include <vitae/core/validation.h>

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QString>
#include <QStringView>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

using namespace vitae::core;

// ---------------------------------------------------------------------------------------
// Text of the largest allowed resume. Every text starts as a realistic phrase of a typical
// length for its field and is cut to `scale` of that length (at a word boundary where one
// is near), so one number decides how much text the whole resume carries.

constexpr std::array kHighlights{
    u"Cut the nightly route planning run from 3 h 40 min to 38 min by batching distance lookups in "
    u"PostgreSQL.",
    u"Designed the idempotent job queue that replaced a message broker and removed duplicate "
    u"deliveries.",
    u"Mentored five engineers through their first on-call rotations; two now lead teams of their "
    u"own.",
    u"Moved 40 services from hand-written deployment scripts to one declarative pipeline in six "
    u"weeks.",
    u"Brought p99 latency of the payments API from 900 ms to 120 ms without adding hardware.",
    u"Wrote the incident review guide the company still uses, and ran twenty blameless reviews "
    u"with it.",
    u"Led the migration of 2.3 billion rows to a partitioned schema with no downtime and no data "
    u"loss.",
    u"Replaced a nightly batch export with change data capture, giving partners data within "
    u"seconds.",
};
constexpr std::array kSummaries{
    u"Owned the routing platform end to end: its data model, its public API and the team of "
    u"six that ran it. Worked closely with operations in Zürich and São Paulo to turn their "
    u"planning rules into code that dispatchers could read, and kept the service at 99.95 % "
    u"availability for three years while traffic grew eightfold. Introduced load tests to "
    u"every release and a weekly review of slow queries, which together caught most "
    u"regressions before customers did.",
    u"Built and ran the settlement service that moves merchants' money every night. Reworked "
    u"its reconciliation so that every cent is explained by a ledger entry, brought audits "
    u"from weeks to days, and documented the failure modes so that on-call engineers could act"
    u" without waking the author. Shared the lessons in two conference talks and an internal "
    u"course on ledgers.",
};
constexpr std::array kKeywords{u"PostgreSQL", u"C++", u"Go",    u"Kafka",   u"Kubernetes",
                               u"gRPC",       u"Qt",  u"Rust",  u"Python",  u"Terraform",
                               u"Linux",      u"SQL", u"Redis", u"OpenAPI", u"Prometheus",
                               u"AWS",        u"Git", u"CMake", u"Docker",  u"TypeScript"};
constexpr std::array kCourses{u"Database Systems",      u"Distributed Algorithms",
                              u"Operating Systems",     u"Compiler Construction",
                              u"Linear Algebra",        u"Computer Networks",
                              u"Software Architecture", u"Information Retrieval"};
constexpr std::array kRoles{u"Maintainer",      u"Lead developer", u"Reviewer",
                            u"Release manager", u"Author",         u"Contributor"};
constexpr std::array kOrganisations{
    u"Parcelwise GmbH",       u"Nordlicht Payments AG",         u"Kestrel Logistics",
    u"Open Food Bank Berlin", u"Technische Universität Berlin", u"Université de Lyon"};
constexpr std::array kPositions{u"Senior Backend Engineer", u"Staff Engineer",
                                u"Engineering Manager",     u"Site Reliability Engineer",
                                u"Volunteer Driver",        u"Research Assistant"};
constexpr std::array kPlaces{u"Berlin", u"Zürich", u"São Paulo", u"Remote", u"Lyon", u"Toronto"};
constexpr std::array kTitles{u"Idempotent job queues at scale",
                             u"Best Paper Award",
                             u"Certified Kubernetes Administrator",
                             u"Routing with partial information",
                             u"Engineer of the Year",
                             u"Ledgers for engineers"};

class TextSource {
public:
    explicit TextSource(double scale)
        : scale_(scale) {}

    // The phrase number `seed` of `pool`, cut to about `typical * scale` characters.
    template <std::size_t N>
    QString pick(const std::array<const char16_t*, N>& pool, std::size_t seed,
                 qsizetype typical) const {
        return cut(QStringView(pool[seed % N]), typical);
    }

private:
    QString cut(QStringView phrase, qsizetype typical) const {
        const auto wanted = std::max<qsizetype>(
            1, static_cast<qsizetype>(std::lround(static_cast<double>(typical) * scale_)));
        if (phrase.size() <= wanted)
            return phrase.toString();
        QStringView head = phrase.first(wanted);
        const qsizetype space = head.lastIndexOf(u' ');
        if (space >= (wanted + 1) / 2)
            head = head.first(space);
        while (head.size() > 1 &&
               (head.back() == u' ' || head.back() == u',' || head.back() == u'-'))
            head.chop(1);
        return head.toString();
    }

    double scale_;
};

QString number(QStringView prefix, std::size_t i) {
    return prefix.toString() + QString::number(static_cast<qulonglong>(i));
}

// A valid date range: start in some month of 1990-2019, end a few months to years later.
QString startDate(std::size_t i) {
    return QStringLiteral("%1-%2")
        .arg(1990 + static_cast<int>(i % 30))
        .arg(1 + i % 12, 2, 10, QChar(u'0'));
}
QString endDate(std::size_t i) {
    return QStringLiteral("%1-%2-%3")
        .arg(1991 + static_cast<int>(i % 30) + static_cast<int>(i % 4))
        .arg(1 + (i * 7) % 12, 2, 10, QChar(u'0'))
        .arg(1 + (i * 11) % 28, 2, 10, QChar(u'0'));
}

template <std::size_t N>
QStringList list(const TextSource& source, const std::array<const char16_t*, N>& pool,
                 std::size_t seed, qsizetype typical) {
    QStringList items;
    items.reserve(limits::maxListItems);
    for (qsizetype k = 0; k < limits::maxListItems; ++k)
        items.append(source.pick(pool, seed + static_cast<std::size_t>(k), typical));
    return items;
}

template <class T, class Fill>
Entries<T> entries(qsizetype count, Fill fill) {
    std::vector<T> items(static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < items.size(); ++i)
        fill(items[i], i);
    return items;
}

// Every standard section at its entry cap, every list at its item cap, every field set.
Resume largestResume(double scale) {
    const TextSource t(scale);
    const qsizetype cap = limits::maxEntriesPerSection;
    Resume r;
    r.schema = QStringLiteral(
        "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json");
    Basics b;
    b.name = QStringLiteral("Amira Haddad");
    b.label = t.pick(kPositions, 0, 24);
    b.image = QStringLiteral("https://amira.example.com/photo.jpg");
    b.email = QStringLiteral("amira.haddad@example.com");
    b.phone = QStringLiteral("+49 30 1234 5678");
    b.url = QStringLiteral("https://amira.example.com");
    b.summary = t.pick(kSummaries, 0, 450);
    b.location = Location{QStringLiteral("Invalidenstraße 117"),
                          QStringLiteral("10115"),
                          QStringLiteral("Berlin"),
                          QStringLiteral("DE"),
                          QStringLiteral("Berlin"),
                          {}};
    b.profiles = entries<Profile>(cap, [&](Profile& p, std::size_t i) {
        p.network = t.pick(kKeywords, i, 8);
        p.username = number(u"ahaddad", i);
        p.url = number(u"https://social.example/ahaddad/", i);
    });
    r.basics = std::move(b);
    r.work = entries<Work>(cap, [&](Work& w, std::size_t i) {
        w.name = t.pick(kOrganisations, i, 20);
        w.location = t.pick(kPlaces, i, 8);
        w.description = t.pick(kTitles, i, 30);
        w.position = t.pick(kPositions, i, 24);
        w.url = number(u"https://company.example/", i);
        w.startDate = startDate(i);
        w.endDate = endDate(i);
        w.summary = t.pick(kSummaries, i, 450);
        w.highlights = list(t, kHighlights, i, 100);
    });
    r.volunteer = entries<Volunteer>(cap, [&](Volunteer& v, std::size_t i) {
        v.organization = t.pick(kOrganisations, i + 3, 20);
        v.position = t.pick(kPositions, i + 4, 24);
        v.url = number(u"https://volunteer.example/", i);
        v.startDate = startDate(i + 1);
        v.endDate = endDate(i + 1);
        v.summary = t.pick(kSummaries, i + 1, 300);
        v.highlights = list(t, kHighlights, i + 2, 100);
    });
    r.education = entries<Education>(cap, [&](Education& e, std::size_t i) {
        e.institution = t.pick(kOrganisations, i + 4, 28);
        e.url = number(u"https://university.example/", i);
        e.area = t.pick(kCourses, i, 18);
        e.studyType = t.pick(kTitles, i, 6);
        e.startDate = startDate(i + 2);
        e.endDate = endDate(i + 2);
        e.score = QStringLiteral("1.3");
        e.courses = list(t, kCourses, i, 20);
    });
    r.awards = entries<Award>(cap, [&](Award& a, std::size_t i) {
        a.title = t.pick(kTitles, i + 1, 20);
        a.date = endDate(i + 3);
        a.awarder = t.pick(kOrganisations, i + 1, 20);
        a.summary = t.pick(kSummaries, i, 200);
    });
    r.certificates = entries<Certificate>(cap, [&](Certificate& c, std::size_t i) {
        c.name = t.pick(kTitles, i + 2, 30);
        c.date = endDate(i + 4);
        c.url = number(u"https://certificates.example/", i);
        c.issuer = t.pick(kOrganisations, i + 2, 20);
    });
    r.publications =
        entries<Publication>(limits::maxPublications, [&](Publication& p, std::size_t i) {
            p.name = t.pick(kTitles, i + 3, 40);
            p.publisher = t.pick(kOrganisations, i + 5, 20);
            p.releaseDate = endDate(i + 5);
            p.url = number(u"https://doi.example/10.1000/", i);
            p.summary = t.pick(kSummaries, i + 1, 250);
        });
    r.skills = entries<Skill>(cap, [&](Skill& s, std::size_t i) {
        s.name = t.pick(kCourses, i + 3, 16);
        s.level = t.pick(kRoles, i, 8);
        s.keywords = list(t, kKeywords, i, 10);
    });
    r.languages = entries<Language>(cap, [&](Language& l, std::size_t i) {
        l.language = t.pick(kPlaces, i + 2, 8);
        l.fluency = t.pick(kRoles, i + 1, 10);
    });
    r.interests = entries<Interest>(cap, [&](Interest& in, std::size_t i) {
        in.name = t.pick(kCourses, i + 5, 16);
        in.keywords = list(t, kKeywords, i + 7, 10);
    });
    r.references = entries<Reference>(cap, [&](Reference& ref, std::size_t i) {
        ref.name = t.pick(kPositions, i + 2, 16);
        ref.reference = t.pick(kSummaries, i, 400);
    });
    r.projects = entries<Project>(cap, [&](Project& p, std::size_t i) {
        p.name = t.pick(kTitles, i + 4, 20);
        p.description = t.pick(kSummaries, i + 1, 300);
        p.highlights = list(t, kHighlights, i + 5, 100);
        p.keywords = list(t, kKeywords, i + 11, 10);
        p.startDate = startDate(i + 6);
        p.endDate = endDate(i + 6);
        p.url = number(u"https://github.example/ahaddad/project-", i);
        p.roles = list(t, kRoles, i, 12);
        p.entity = t.pick(kOrganisations, i, 20);
        p.type = t.pick(kRoles, i + 3, 10);
    });
    r.meta = Meta{QStringLiteral("https://amira.example.com/resume.json"),
                  QStringLiteral("v1.0.0"),
                  QStringLiteral("2024-05-01T09:30:00Z"),
                  {}};
    return r;
}

// Counts text as validation does: every text field and list item, in UTF-16 code units.
struct TextCounter {
    qsizetype characters = 0;
    qsizetype fields = 0;
    qsizetype entryCount = 0;

    void text(QStringView, const Text& field, TextKind) {
        if (field) {
            characters += field->size();
            ++fields;
        }
    }
    void textList(QStringView, const TextList& field) {
        if (!field)
            return;
        for (const QString& item : *field) {
            characters += item.size();
            ++fields;
        }
    }
    void flag(QStringView, const Flag&) {}
    template <class T>
    void object(QStringView, const std::optional<T>& field) {
        if (field)
            T::describe(*field, *this);
    }
    template <class T>
    void entries(QStringView, const Entries<T>& field) {
        if (!field)
            return;
        for (const T& item : *field) {
            T::describe(item, *this);
            ++entryCount;
        }
    }
    void dateRange(const Text&, QStringView, const Text&, QStringView) {}
};

TextCounter count(const Resume& resume) {
    TextCounter counter;
    Resume::describe(resume, counter);
    return counter;
}

// Lengthens paragraphs of `resume` (towards their full phrase, within their cap) until its
// text reaches `target` characters or no paragraph can grow further.
void topUp(Resume& resume, qsizetype target) {
    qsizetype missing = target - count(resume).characters;
    const qsizetype cap = limits::maxLength(TextKind::Paragraph);
    auto grow = [&](Text& paragraph, std::size_t seed) {
        const QStringView full(kSummaries[seed % kSummaries.size()]);
        const qsizetype now = paragraph ? paragraph->size() : 0;
        const qsizetype take = std::min(missing, std::min(full.size(), cap) - now);
        if (take > 0) {
            paragraph = full.first(now + take).toString();
            missing -= take;
        }
    };
    for (std::size_t i = 0; missing > 0 && i < resume.references->size(); ++i)
        grow((*resume.references)[i].reference, i);
    for (std::size_t i = 0; missing > 0 && i < resume.work->size(); ++i)
        grow((*resume.work)[i].summary, i);
    for (std::size_t i = 0; missing > 0 && i < resume.projects->size(); ++i)
        grow((*resume.projects)[i].description, i + 1);
}

// The largest resume whose text stays below limits::maxTotalText: bisects the text scale,
// then lengthens a few paragraphs to close the gap the cuts at word boundaries leave.
Resume largestAllowedResume() {
    const qsizetype target = limits::maxTotalText - 1;
    double low = 0.0;
    double high = 1.0;
    if (count(largestResume(high)).characters <= target)
        return largestResume(high);
    for (int step = 0; step < 30; ++step) {
        const double middle = (low + high) / 2;
        (count(largestResume(middle)).characters <= target ? low : high) = middle;
    }
    Resume resume = largestResume(low);
    topUp(resume, target);
    return resume;
}

// ---------------------------------------------------------------------------------------

bool hasError(const Findings& findings) {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

void printFindings(const Findings& findings) {
    for (const Finding& f : findings)
        std::fprintf(stderr, "  %s %s at \"%s\" %s\n", qPrintable(severityName(f.severity)),
                     qPrintable(codeName(f.code)), qPrintable(f.path),
                     QJsonDocument(f.params).toJson(QJsonDocument::Compact).constData());
}

struct Document {
    QString label;
    QByteArray bytes;
};

// The JSON Resume sample from $VITAE_JSONRESUME_DIR, or Vitae's own sample.
Document sampleDocument() {
    const QString dir = qEnvironmentVariable("VITAE_JSONRESUME_DIR");
    if (!dir.isEmpty()) {
        QFile file(dir + u"/sample.resume.json");
        if (file.open(QIODevice::ReadOnly))
            return {QStringLiteral("jsonresume_sample"), file.readAll()};
        std::fprintf(stderr, "bench_core: cannot read %s: %s\n", qPrintable(file.fileName()),
                     qPrintable(file.errorString()));
        std::exit(1);
    }
    QFile file(QStringLiteral(VITAE_SOURCE_DIR "/resources/samples/sample-resume.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_core: cannot read %s: %s\n", qPrintable(file.fileName()),
                     qPrintable(file.errorString()));
        std::exit(1);
    }
    std::fprintf(
        stderr,
        "bench_core: note: VITAE_JSONRESUME_DIR is not set, so the sample is "
        "Vitae's resources/samples/sample-resume.json, not JSON Resume's "
        "sample.resume.json (bench/run fetches it with scripts/fetch-jsonresume-schema).\n");
    return {QStringLiteral("vitae_sample"), file.readAll()};
}

void registerImportValidate(const Document& document) {
    const QString name = QStringLiteral("import_validate/") + document.label;
    benchmark::RegisterBenchmark(qPrintable(name), [bytes =
                                                        document.bytes](benchmark::State& state) {
        for (auto _ : state) {
            ImportResult imported = importJsonResume(bytes);
            Findings findings = validate(imported.resume);
            benchmark::DoNotOptimize(imported);
            benchmark::DoNotOptimize(findings);
        }
        state.SetItemsProcessed(state.iterations());
        state.SetBytesProcessed(state.iterations() * bytes.size());
    })->Unit(benchmark::kMicrosecond);
}

void registerParseReference(const Document& document) {
    const QString name = QStringLiteral("parse_reference/") + document.label;
    benchmark::RegisterBenchmark(qPrintable(name), [bytes =
                                                        document.bytes](benchmark::State& state) {
        for (auto _ : state) {
            QJsonDocument parsed = QJsonDocument::fromJson(bytes);
            benchmark::DoNotOptimize(parsed);
        }
        state.SetItemsProcessed(state.iterations());
        state.SetBytesProcessed(state.iterations() * bytes.size());
    })->Unit(benchmark::kMicrosecond);
}

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    const Document sample = sampleDocument();

    const Resume largest = largestAllowedResume();
    const Findings largestFindings = validate(largest);
    const TextCounter size = count(largest);
    const Document largestDocument{QStringLiteral("largest_allowed"),
                                   exportJsonResumeBytes(largest, JsonStyle::Compact)};
    std::fprintf(stderr,
                 "bench_core: largest allowed resume: %lld entries, %lld text fields, %lld of "
                 "%lld characters of text, %lld bytes of compact JSON, %lld findings\n",
                 static_cast<long long>(size.entryCount), static_cast<long long>(size.fields),
                 static_cast<long long>(size.characters),
                 static_cast<long long>(limits::maxTotalText),
                 static_cast<long long>(largestDocument.bytes.size()),
                 static_cast<long long>(largestFindings.size()));
    if (const QString out = qEnvironmentVariable("VITAE_BENCH_WRITE_LARGEST"); !out.isEmpty()) {
        QFile file(out); // to look at what is measured
        if (!file.open(QIODevice::WriteOnly) || file.write(exportJsonResumeBytes(largest)) < 0) {
            std::fprintf(stderr, "bench_core: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    if (hasError(largestFindings)) {
        std::fprintf(stderr, "bench_core: the largest allowed resume does not validate:\n");
        printFindings(largestFindings);
        return 1;
    }
    if (!(importJsonResume(largestDocument.bytes).resume == largest)) {
        std::fprintf(stderr, "bench_core: the largest allowed resume does not round-trip\n");
        return 1;
    }

    registerImportValidate(sample);
    registerParseReference(sample);
    benchmark::RegisterBenchmark("validate/largest_allowed", [&largest](benchmark::State& state) {
        for (auto _ : state) {
            Findings findings = validate(largest);
            benchmark::DoNotOptimize(findings);
        }
        state.SetItemsProcessed(state.iterations());
    })->Unit(benchmark::kMicrosecond);
    registerImportValidate(largestDocument);
    registerParseReference(largestDocument);

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
