// The resume, sync and plan use cases over in-memory fakes of their ports and a settable
// clock: what may be stored (validation, plan policy), idempotent creates, versions and
// If-Match, the default rules, cursor handling and paging, plan usage. Also the domain's
// small parsers (ids, cursors, UTC days). The PostgreSQL adapters and the HTTP shapes are
// covered by test_server_resumes, test_server_sync and test_server_plans.
#include "resume_documents.h"
#include "usecases/plans.h"
#include "usecases/resumes.h"
#include "usecases/sync.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <vector>

namespace vitae::server {
namespace {

using namespace std::chrono_literals;
using test::resumeDocument;

const UserId kAda = "user-ada";
const UserId kBob = "user-bob";
const std::string kId1 = "00000000-0000-4000-8000-000000000001";
const std::string kId2 = "00000000-0000-4000-8000-000000000002";
const std::string kId3 = "00000000-0000-4000-8000-000000000003";

class FakeClock : public Clock {
public:
    TimePoint now() const override { return now_; }
    void advance(std::chrono::milliseconds by) { now_ += by; }

private:
    TimePoint now_ = TimePoint(std::chrono::seconds(1'700'000'000));
};

// Resumes and their change log in memory. A write works on a copy and keeps it only when the
// work returns Done, as the PostgreSQL transaction does.
class MemoryLibrary : public ResumeRepository, public ChangeLog {
public:
    struct Row {
        UserId owner;
        StoredResume resume;
        bool deleted = false;
    };
    struct LoggedChange {
        UserId user;
        std::int64_t counter;
        ResumeId id;
        std::int64_t version;
        bool deleted;
    };
    struct State {
        std::map<ResumeId, Row> rows;
        std::vector<LoggedChange> log;
        std::map<UserId, ChangeLogState> counters;
        int generated = 0;
    };

    std::vector<ResumeSummary> listLive(const UserId& user) override {
        std::vector<ResumeSummary> list;
        for (const StoredResume& resume : listLiveWithData(user))
            list.push_back(resume.summary);
        return list;
    }
    std::vector<StoredResume> listLiveWithData(const UserId& user) override {
        std::vector<StoredResume> list;
        for (const auto& [id, row] : state.rows) {
            if (row.owner == user && !row.deleted)
                list.push_back(row.resume);
        }
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
            return a.summary.updatedAt > b.summary.updatedAt;
        });
        return list;
    }
    std::optional<StoredResume> findLive(const UserId& user, const ResumeId& id) override {
        const auto it = state.rows.find(id);
        if (it == state.rows.end() || it->second.owner != user || it->second.deleted)
            return std::nullopt;
        return it->second.resume;
    }
    std::int64_t countLive(const UserId& user) override {
        return static_cast<std::int64_t>(listLive(user).size());
    }
    Result<Done> write(const UserId& user, const Work& work) override;

    ChangeLogState stateOf(const UserId& user) { return state.counters[user]; }
    ChangeLogRead readAfter(const UserId& user, std::int64_t after, int limit) override {
        return {stateOf(user), latestChangesAfter(user, after, limit)};
    }
    std::vector<ResumeChange> latestChangesAfter(const UserId& user, std::int64_t after,
                                                 int limit) {
        std::vector<ResumeChange> changes;
        for (std::size_t i = 0; i < state.log.size(); ++i) {
            const LoggedChange& change = state.log[i];
            if (change.user != user || change.counter <= after || supersededAt(i))
                continue;
            if (static_cast<int>(changes.size()) == limit)
                break;
            ResumeChange out{change.counter, change.id, change.version, change.deleted, {}};
            if (!change.deleted)
                out.resume = state.rows.at(change.id).resume;
            changes.push_back(out);
        }
        return changes;
    }

    State state;

private:
    bool supersededAt(std::size_t index) const {
        for (std::size_t j = index + 1; j < state.log.size(); ++j) {
            if (state.log[j].user == state.log[index].user &&
                state.log[j].id == state.log[index].id)
                return true;
        }
        return false;
    }
};

class MemoryTransaction : public LibraryTransaction {
public:
    MemoryTransaction(MemoryLibrary::State& state, UserId user)
        : state_(state)
        , user_(std::move(user)) {}

    std::optional<StoredResume> findLive(const ResumeId& id) override {
        const auto it = state_.rows.find(id);
        if (it == state_.rows.end() || it->second.owner != user_ || it->second.deleted)
            return std::nullopt;
        return it->second.resume;
    }
    QList<core::LibraryEntry> liveEntries() override {
        QList<core::LibraryEntry> entries;
        for (const auto& [id, row] : state_.rows) {
            if (row.owner == user_ && !row.deleted)
                entries.append({QString::fromStdString(id),
                                QDateTime::fromMSecsSinceEpoch(
                                    std::chrono::duration_cast<std::chrono::milliseconds>(
                                        row.resume.summary.updatedAt.time_since_epoch())
                                        .count(),
                                    Qt::UTC),
                                row.resume.summary.isDefault});
        }
        return entries;
    }
    std::optional<StoredResume> insert(const std::optional<ResumeId>& id,
                                       const ResumeContent& content, bool isDefault,
                                       TimePoint now) override {
        const ResumeId key = id.value_or("generated-" + std::to_string(++state_.generated));
        if (state_.rows.contains(key))
            return std::nullopt;
        StoredResume resume{{key, content.title, content.templateId, isDefault, 1, now, now},
                            ResumeDocument::fromObject(content.data)};
        state_.rows[key] = {user_, resume, false};
        log(key, 1, false);
        return resume;
    }
    StoredResume replaceContent(const ResumeId& id, const ResumeContent& content,
                                TimePoint now) override {
        StoredResume& resume = state_.rows.at(id).resume;
        resume.summary.title = content.title;
        resume.summary.templateId = content.templateId;
        resume.data = ResumeDocument::fromObject(content.data);
        resume.summary.updatedAt = now;
        log(id, ++resume.summary.version, false);
        return resume;
    }
    StoredResume setDefault(const ResumeId& id, bool isDefault) override {
        StoredResume& resume = state_.rows.at(id).resume;
        resume.summary.isDefault = isDefault;
        log(id, ++resume.summary.version, false);
        return resume;
    }
    void markDeleted(const ResumeId& id, TimePoint) override {
        MemoryLibrary::Row& row = state_.rows.at(id);
        row.deleted = true;
        row.resume.summary.isDefault = false;
        log(id, ++row.resume.summary.version, true);
    }

private:
    void log(const ResumeId& id, std::int64_t version, bool deleted) {
        const std::int64_t counter = ++state_.counters[user_].counter;
        state_.log.push_back({user_, counter, id, version, deleted});
    }

    MemoryLibrary::State& state_;
    UserId user_;
};

Result<Done> MemoryLibrary::write(const UserId& user, const Work& work) {
    State copy = state;
    MemoryTransaction transaction(copy, user);
    Result<Done> outcome = work(transaction);
    if (outcome)
        state = std::move(copy);
    return outcome;
}

core::PlanLimit freeLimits() {
    return {
        3, 12, 5, 20971520, 0, 7, QStringList{QStringLiteral("classic"), QStringLiteral("modern")}};
}

class MemoryPlans : public PlanRepository {
public:
    std::vector<Plan> all() override { return {free, pro}; }
    Plan planOf(const UserId& user) override { return user == proUser ? pro : free; }

    Plan free{"free", "Free", freeLimits()};
    Plan pro{"pro", "Pro", {std::nullopt, std::nullopt, 100, 1073741824, 200, 365, std::nullopt}};
    UserId proUser = kBob;
};

class MemoryUsage : public UsageCounters {
public:
    DailyUsage on(const UserId& user, const std::string& day) override {
        const auto it = days.find({user, day});
        return it == days.end() ? DailyUsage{} : it->second;
    }
    std::map<std::pair<UserId, std::string>, DailyUsage> days;
};

QJsonArray detailsArray(const Error& error, const char* key) {
    return error.details.value(QLatin1StringView(key)).toArray();
}

QString firstCode(const QJsonArray& problems) {
    return problems.first().toObject().value(QStringLiteral("code")).toString();
}

class ResumeUseCases : public testing::Test {
protected:
    ResumeDraft draft(const std::string& title = "CV", const QJsonObject& data = resumeDocument(),
                      std::optional<std::string> id = std::nullopt) const {
        return {std::move(id), title, std::nullopt, data};
    }

    StoredResume created(const UserId& user, const ResumeDraft& d) {
        Result<CreatedResume> result = create.run(user, d);
        if (!result) {
            ADD_FAILURE() << "create failed: " << result.error().message;
            return {};
        }
        clock.advance(5ms);
        return result.value().resume;
    }

    static VersionPrecondition ifMatch(std::int64_t version) { return {false, {version}}; }

    std::optional<StoredResume> live(const UserId& user, const std::string& id) {
        return library.findLive(user, id);
    }

    FakeClock clock;
    MemoryLibrary library;
    MemoryPlans plans;
    MemoryUsage usage;
    ResumeRules rules{20};
    ListResumes list{library};
    GetResume get{library};
    CreateResume create{library, plans, clock, rules};
    UpdateResume update{library, plans, clock, rules};
    DeleteResume remove{library, clock};
    MakeDefaultResume makeDefault{library};
};

TEST_F(ResumeUseCases, TheFirstResumeBecomesTheDefault) {
    const StoredResume first = created(kAda, draft("First"));
    const StoredResume second = created(kAda, draft("Second"));
    EXPECT_TRUE(first.summary.isDefault);
    EXPECT_FALSE(second.summary.isDefault);
    EXPECT_EQ(first.summary.version, 1);
    EXPECT_EQ(first.summary.createdAt, first.summary.updatedAt);
    // Another account's first resume is its own default.
    EXPECT_TRUE(created(kBob, draft("Bob's")).summary.isDefault);
}

TEST_F(ResumeUseCases, RetryingACreateWithItsIdReturnsTheFirstResult) {
    const StoredResume first = created(kAda, draft("CV", resumeDocument(), kId1));
    EXPECT_EQ(first.summary.id, kId1);
    const Result<CreatedResume> retry = create.run(kAda, draft("CV", resumeDocument(), kId1));
    ASSERT_TRUE(retry);
    EXPECT_FALSE(retry.value().created);
    EXPECT_EQ(retry.value().resume, first);
    EXPECT_EQ(library.countLive(kAda), 1);
    // Upper-case spelling of the same UUID is the same id.
    std::string upper = kId1;
    std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
    EXPECT_FALSE(create.run(kAda, draft("CV", resumeDocument(), upper)).value().created);
}

TEST_F(ResumeUseCases, AnIdInUseIsAConflict) {
    created(kAda, draft("CV", resumeDocument(), kId1));
    EXPECT_EQ(create.run(kAda, draft("Other title", resumeDocument(), kId1)).error().kind,
              ErrorKind::Conflict);
    EXPECT_EQ(create.run(kBob, draft("CV", resumeDocument(), kId1)).error().kind,
              ErrorKind::Conflict);
    ASSERT_TRUE(remove.run(kAda, kId1, std::nullopt).result);
    EXPECT_EQ(create.run(kAda, draft("CV", resumeDocument(), kId1)).error().kind,
              ErrorKind::Conflict); // a tombstone keeps its id
}

TEST_F(ResumeUseCases, TheFreePlanStopsAtThreeResumes) {
    for (const std::string& id : {kId1, kId2, kId3})
        created(kAda, draft("CV", resumeDocument(), id));
    const Result<CreatedResume> fourth = create.run(kAda, draft("Fourth"));
    ASSERT_FALSE(fourth);
    const Error& error = fourth.error();
    EXPECT_EQ(error.kind, ErrorKind::Forbidden);
    EXPECT_EQ(error.effectiveCode(), "plan.resume_limit_reached");
    EXPECT_EQ(error.details.value(QStringLiteral("limit")).toInt(), 3);
    EXPECT_EQ(error.details.value(QStringLiteral("usage")).toInt(), 3);
    EXPECT_EQ(error.details.value(QStringLiteral("requested")).toInt(), 1);
    // A retry of a create that succeeded is no new resume: still fine at the limit.
    EXPECT_TRUE(create.run(kAda, draft("CV", resumeDocument(), kId3)));
    // Deleting one makes room; the pro plan has no limit.
    ASSERT_TRUE(remove.run(kAda, kId2, std::nullopt).result);
    EXPECT_TRUE(create.run(kAda, draft("Fourth")));
    for (int i = 0; i < 5; ++i)
        created(kBob, draft("Pro CV"));
}

TEST_F(ResumeUseCases, TheServerSectionCapIsA403) {
    rules.maxResumeSections = 2;
    CreateResume strict{library, plans, clock, rules};
    EXPECT_TRUE(strict.run(kAda, draft("Two", resumeDocument(2))));
    const Result<CreatedResume> three = strict.run(kAda, draft("Three", resumeDocument(3)));
    ASSERT_FALSE(three);
    EXPECT_EQ(three.error().kind, ErrorKind::Forbidden);
    EXPECT_EQ(three.error().effectiveCode(), "plan.section_limit_exceeded");
    EXPECT_EQ(three.error().details.value(QStringLiteral("limit")).toInt(), 2);
    EXPECT_EQ(three.error().details.value(QStringLiteral("usage")).toInt(), 3);
}

TEST_F(ResumeUseCases, ThePlansSectionCapIsA403) {
    EXPECT_TRUE(create.run(kAda, draft("Twelve", resumeDocument(12))));
    const Result<CreatedResume> thirteen = create.run(kAda, draft("Thirteen", resumeDocument(13)));
    ASSERT_FALSE(thirteen);
    EXPECT_EQ(thirteen.error().effectiveCode(), "plan.section_limit_exceeded");
    EXPECT_EQ(thirteen.error().details.value(QStringLiteral("limit")).toInt(), 12);
    EXPECT_TRUE(create.run(kBob, draft("Pro", resumeDocument(13)))); // pro: only the server cap
}

TEST_F(ResumeUseCases, TemplatesOutsideThePlanAreA403) {
    ResumeDraft compact = draft();
    compact.templateId = "compact";
    const Result<CreatedResume> denied = create.run(kAda, compact);
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().effectiveCode(), "plan.template_not_allowed");
    EXPECT_EQ(denied.error().details.value(QStringLiteral("templateId")).toString(),
              QStringLiteral("compact"));
    // The document's own choice counts too.
    QJsonObject document = resumeDocument();
    document.insert(QStringLiteral("vitae"),
                    QJsonObject{{QStringLiteral("templateId"), QStringLiteral("compact")}});
    EXPECT_EQ(create.run(kAda, draft("CV", document)).error().effectiveCode(),
              "plan.template_not_allowed");
    EXPECT_TRUE(create.run(kBob, compact));
}

TEST_F(ResumeUseCases, TheTemplateIdDefaultsToTheDocuments) {
    QJsonObject document = resumeDocument();
    document.insert(QStringLiteral("vitae"),
                    QJsonObject{{QStringLiteral("templateId"), QStringLiteral("modern")}});
    EXPECT_EQ(created(kAda, draft("CV", document)).summary.templateId, "modern");
    EXPECT_EQ(created(kAda, draft("CV")).summary.templateId, std::nullopt);
    ResumeDraft named = draft("CV", document);
    named.templateId = "modern";
    EXPECT_EQ(created(kAda, named).summary.templateId, "modern");
}

// The template a resume is drawn with and the one its sections are checked against are one.
TEST_F(ResumeUseCases, ATemplateIdThatDisagreesWithTheDocumentsIs422) {
    QJsonObject document = resumeDocument();
    document.insert(QStringLiteral("vitae"),
                    QJsonObject{{QStringLiteral("templateId"), QStringLiteral("modern")}});
    ResumeDraft named = draft("CV", document);
    named.templateId = "classic";
    const Result<CreatedResume> result = create.run(kAda, named);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, ErrorKind::ValidationFailed);
    const QJsonArray fields = detailsArray(result.error(), "fields");
    ASSERT_EQ(fields.size(), 1);
    EXPECT_EQ(fields[0].toObject().value(QStringLiteral("pointer")).toString(),
              QStringLiteral("/templateId"));
    EXPECT_EQ(firstCode(fields), QStringLiteral("template.mismatch"));
    EXPECT_TRUE(library.state.rows.empty());
}

TEST_F(ResumeUseCases, ErrorsInTheDocumentAre422WithEveryFinding) {
    QJsonObject document = resumeDocument();
    document.insert(QStringLiteral("work"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Co")},
                                           {QStringLiteral("startDate"), QStringLiteral("2020-13")},
                                           {QStringLiteral("url"), QStringLiteral("nope")}}});
    const Result<CreatedResume> result = create.run(kAda, draft("CV", document));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, ErrorKind::ValidationFailed);
    QStringList paths;
    for (const QJsonValue& finding : detailsArray(result.error(), "findings"))
        paths.append(finding.toObject().value(QStringLiteral("path")).toString());
    EXPECT_TRUE(paths.contains(QStringLiteral("/work/0/startDate")))
        << paths.join(u' ').toStdString();
    EXPECT_TRUE(paths.contains(QStringLiteral("/work/0/url"))) << paths.join(u' ').toStdString();
    EXPECT_TRUE(detailsArray(result.error(), "fields").isEmpty());
    EXPECT_EQ(library.countLive(kAda), 0);
}

TEST_F(ResumeUseCases, WarningsDoNotBlock) {
    QJsonObject document = resumeDocument(1);
    document.insert(QStringLiteral("basics"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada")},
                                {QStringLiteral("email"), QString()}}); // email.empty: a warning
    EXPECT_TRUE(create.run(kAda, draft("CV", document)));
}

TEST_F(ResumeUseCases, TitleTemplateAndIdAreCheckedAsFields) {
    ResumeDraft bad = draft(std::string(201, 'x'), resumeDocument(), "not-a-uuid");
    bad.templateId = "no-such-template";
    CreateResume pro{library, plans, clock, rules};
    const Result<CreatedResume> result = pro.run(kBob, bad);
    ASSERT_FALSE(result);
    const QJsonArray fields = detailsArray(result.error(), "fields");
    ASSERT_EQ(fields.size(), 3);
    EXPECT_EQ(fields[0].toObject().value(QStringLiteral("pointer")).toString(),
              QStringLiteral("/id"));
    EXPECT_EQ(fields[1].toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("text.too_long"));
    EXPECT_EQ(fields[2].toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("template.unknown"));
    EXPECT_EQ(firstCode(detailsArray(create.run(kAda, draft("  ")).error(), "fields")),
              QStringLiteral("field.required"));
    EXPECT_EQ(firstCode(detailsArray(create.run(kAda, draft("a\nb")).error(), "fields")),
              QStringLiteral("text.invalid_characters"));
}

TEST_F(ResumeUseCases, TextPostgresCannotStoreIsRefusedEvenInUnknownProperties) {
    QJsonObject document = resumeDocument();
    document.insert(QStringLiteral("x-notes"), QString(QStringLiteral("a") + QChar(0) + u'b'));
    document.insert(QStringLiteral("x-half"), QString(QChar(0xD800)));
    const Result<CreatedResume> result = create.run(kAda, draft("CV", document));
    ASSERT_FALSE(result);
    const QJsonArray findings = detailsArray(result.error(), "findings");
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings[0].toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("text.invalid_characters"));
    EXPECT_EQ(findings[0].toObject().value(QStringLiteral("path")).toString(),
              QStringLiteral("/x-half"));
    EXPECT_EQ(findings[1].toObject().value(QStringLiteral("path")).toString(),
              QStringLiteral("/x-notes"));
    EXPECT_EQ(findings[1]
                  .toObject()
                  .value(QStringLiteral("params"))
                  .toObject()
                  .value(QStringLiteral("position")),
              1);
}

TEST_F(ResumeUseCases, UpdatesNeedAMatchingIfMatch) {
    const StoredResume resume = created(kAda, draft("CV", resumeDocument(), kId1));
    const ResumeDraft edit = draft("Renamed");
    EXPECT_EQ(update.run(kAda, kId1, std::nullopt, edit).result.error().kind,
              ErrorKind::PreconditionRequired);

    const GuardedWrite<StoredResume> stale = update.run(kAda, kId1, ifMatch(7), edit);
    ASSERT_FALSE(stale.result);
    EXPECT_EQ(stale.result.error().kind, ErrorKind::PreconditionFailed);
    EXPECT_EQ(stale.result.error().effectiveCode(), "version_mismatch");
    ASSERT_TRUE(stale.current);
    EXPECT_EQ(*stale.current, resume);
    EXPECT_EQ(stale.result.error().kind, ErrorKind::PreconditionFailed);
    EXPECT_EQ(update.run(kAda, kId1, VersionPrecondition{}, edit).result.error().kind,
              ErrorKind::PreconditionFailed); // If-Match without a usable tag

    const GuardedWrite<StoredResume> done = update.run(kAda, kId1, ifMatch(1), edit);
    ASSERT_TRUE(done.result);
    EXPECT_EQ(done.result.value().summary.version, 2);
    EXPECT_EQ(done.result.value().summary.title, "Renamed");
    EXPECT_EQ(done.result.value().summary.updatedAt, clock.now());
    EXPECT_EQ(done.result.value().summary.createdAt, resume.summary.createdAt);
    EXPECT_EQ(update.run(kAda, kId1, ifMatch(1), edit).result.error().kind,
              ErrorKind::PreconditionFailed); // the same If-Match again is stale now
    const VersionPrecondition any{true, {}};
    EXPECT_EQ(update.run(kAda, kId1, any, edit).result.value().summary.version, 3);
}

TEST_F(ResumeUseCases, UpdatesAreValidatedAndPlanChecked) {
    created(kAda, draft("CV", resumeDocument(), kId1));
    EXPECT_EQ(
        update.run(kAda, kId1, ifMatch(1), draft("CV", resumeDocument(13))).result.error().kind,
        ErrorKind::Forbidden);
    EXPECT_EQ(update.run(kAda, kId1, ifMatch(1), draft("")).result.error().kind,
              ErrorKind::ValidationFailed);
    EXPECT_EQ(live(kAda, kId1)->summary.version, 1);
}

// A downgraded account is not locked out of its resumes: an update may keep what the new plan
// does not allow, never add to it; creating still meets every limit.
TEST_F(ResumeUseCases, ADowngradedAccountKeepsWhatItHasButCannotAddToIt) {
    ResumeDraft rich = draft("Pro CV", resumeDocument(15), kId1);
    rich.templateId = "compact";
    created(kBob, rich);
    plans.proUser = "nobody"; // Bob is on the free plan now: 12 sections, classic and modern

    rich.title = "Kept";
    EXPECT_TRUE(update.run(kBob, kId1, ifMatch(1), rich).result); // 15 sections, compact
    const ResumeDraft fewer = [&] {
        ResumeDraft d = draft("Fewer", resumeDocument(14));
        d.templateId = "compact";
        return d;
    }();
    EXPECT_TRUE(update.run(kBob, kId1, ifMatch(2), fewer).result);

    const GuardedWrite<StoredResume> more = update.run(kBob, kId1, ifMatch(3), rich);
    ASSERT_FALSE(more.result);
    EXPECT_EQ(more.result.error().effectiveCode(), "plan.section_limit_exceeded");
    EXPECT_EQ(more.result.error().details, (QJsonObject{{QStringLiteral("limit"), 12},
                                                        {QStringLiteral("usage"), 14},
                                                        {QStringLiteral("requested"), 15}}));

    ResumeDraft modern = draft("Modern", resumeDocument(14));
    modern.templateId = "modern";
    EXPECT_TRUE(update.run(kBob, kId1, ifMatch(3), modern).result);
    const GuardedWrite<StoredResume> back = update.run(kBob, kId1, ifMatch(4), fewer);
    ASSERT_FALSE(back.result); // compact is no longer the resume's: switching to it needs the plan
    EXPECT_EQ(back.result.error().effectiveCode(), "plan.template_not_allowed");
    EXPECT_EQ(live(kBob, kId1)->summary.version, 4);

    const Result<CreatedResume> another = create.run(kBob, draft("New", resumeDocument(13)));
    ASSERT_FALSE(another);
    EXPECT_EQ(another.error().effectiveCode(), "plan.section_limit_exceeded");
}

// The server's own cap lowered (VITAE_MAX_RESUME_SECTIONS) is a downgrade too, and the shared
// validation's count check must not take back what the plan policy lets the update keep.
TEST_F(ResumeUseCases, AResumeOverALoweredServerCapCanStillBeEdited) {
    created(kBob, draft("Sixteen", resumeDocument(16), kId1));
    rules.maxResumeSections = 14;
    UpdateResume strict{library, plans, clock, rules};
    EXPECT_TRUE(strict.run(kBob, kId1, ifMatch(1), draft("Edited", resumeDocument(16))).result);
    EXPECT_TRUE(strict.run(kBob, kId1, ifMatch(2), draft("Fewer", resumeDocument(15))).result);
    const GuardedWrite<StoredResume> more =
        strict.run(kBob, kId1, ifMatch(3), draft("More", resumeDocument(16)));
    ASSERT_FALSE(more.result);
    EXPECT_EQ(more.result.error().effectiveCode(), "plan.section_limit_exceeded");
    EXPECT_EQ(more.result.error().details.value(QStringLiteral("limit")).toInt(), 14);
}

TEST_F(ResumeUseCases, DeletingTheDefaultPromotesTheMostRecentlyUpdated) {
    created(kAda, draft("A", resumeDocument(), kId1));
    created(kAda, draft("B", resumeDocument(), kId2));
    created(kAda, draft("C", resumeDocument(), kId3));
    ASSERT_TRUE(update.run(kAda, kId2, ifMatch(1), draft("B edited")).result); // B is newest now
    ASSERT_TRUE(remove.run(kAda, kId1, std::nullopt).result);
    EXPECT_FALSE(live(kAda, kId1));
    EXPECT_TRUE(live(kAda, kId2)->summary.isDefault);
    EXPECT_FALSE(live(kAda, kId3)->summary.isDefault);
    // Deleting one that is not the default leaves the default alone.
    ASSERT_TRUE(remove.run(kAda, kId3, std::nullopt).result);
    EXPECT_TRUE(live(kAda, kId2)->summary.isDefault);
    // Deleting the last leaves none.
    ASSERT_TRUE(remove.run(kAda, kId2, std::nullopt).result);
    EXPECT_TRUE(list.run(kAda).empty());
    EXPECT_EQ(remove.run(kAda, kId2, std::nullopt).result.error().kind, ErrorKind::NotFound);
}

TEST_F(ResumeUseCases, DeleteHonoursAnIfMatch) {
    created(kAda, draft("A", resumeDocument(), kId1));
    const GuardedWrite<Done> stale = remove.run(kAda, kId1, ifMatch(9));
    EXPECT_EQ(stale.result.error().kind, ErrorKind::PreconditionFailed);
    EXPECT_EQ(stale.current->summary.version, 1);
    EXPECT_TRUE(live(kAda, kId1));
    EXPECT_TRUE(remove.run(kAda, kId1, ifMatch(1)).result);
}

TEST_F(ResumeUseCases, MakingADefaultUnsetsTheOldOneAndIsIdempotent) {
    created(kAda, draft("A", resumeDocument(), kId1));
    created(kAda, draft("B", resumeDocument(), kId2));
    const Result<StoredResume> b = makeDefault.run(kAda, kId2);
    ASSERT_TRUE(b);
    EXPECT_TRUE(b.value().summary.isDefault);
    EXPECT_EQ(b.value().summary.version, 2); // the flag is part of what clients see
    EXPECT_FALSE(live(kAda, kId1)->summary.isDefault);
    EXPECT_EQ(live(kAda, kId1)->summary.version, 2);
    EXPECT_EQ(live(kAda, kId1)->summary.updatedAt, live(kAda, kId1)->summary.createdAt);
    const Result<StoredResume> again = makeDefault.run(kAda, kId2);
    EXPECT_EQ(again.value(), b.value());
}

TEST_F(ResumeUseCases, OtherAccountsResumesAreNotFound) {
    created(kAda, draft("A", resumeDocument(), kId1));
    EXPECT_EQ(get.run(kBob, kId1).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(update.run(kBob, kId1, ifMatch(1), draft()).result.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(remove.run(kBob, kId1, std::nullopt).result.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(makeDefault.run(kBob, kId1).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(get.run(kAda, "not-a-uuid").error().kind, ErrorKind::NotFound);
    EXPECT_EQ(live(kAda, kId1)->summary.version, 1);
}

TEST_F(ResumeUseCases, FailedWritesLeaveNothingBehind) {
    created(kAda, draft("A", resumeDocument(), kId1));
    const auto before = library.state.log.size();
    EXPECT_FALSE(update.run(kAda, kId1, ifMatch(5), draft("B")).result);
    EXPECT_FALSE(create.run(kAda, draft("Other", resumeDocument(), kId1)));
    EXPECT_EQ(library.state.log.size(), before);
    EXPECT_EQ(library.stateOf(kAda).counter, 1);
}

class SyncUseCases : public ResumeUseCases {
protected:
    ListChanges changes{library};
};

TEST_F(SyncUseCases, PagesFollowTheLogWithEachResumeOnceAtItsLatestChange) {
    created(kAda, draft("A", resumeDocument(), kId1));                   // counter 1
    created(kAda, draft("B", resumeDocument(), kId2));                   // 2
    created(kAda, draft("C", resumeDocument(), kId3));                   // 3
    ASSERT_TRUE(update.run(kAda, kId1, ifMatch(1), draft("A2")).result); // 4 supersedes 1
    ASSERT_TRUE(remove.run(kAda, kId2, std::nullopt).result);            // 5 supersedes 2

    const Result<ChangePage> first = changes.run(kAda, std::nullopt, 2);
    ASSERT_TRUE(first);
    ASSERT_EQ(first.value().changes.size(), 2u);
    EXPECT_EQ(first.value().changes[0].id, kId3);
    EXPECT_EQ(first.value().changes[1].id, kId1);
    EXPECT_EQ(first.value().changes[1].version, 2);
    EXPECT_EQ(first.value().changes[1].resume->summary.title, "A2");
    EXPECT_TRUE(first.value().hasMore);

    const Result<ChangePage> second = changes.run(kAda, encodeCursor(first.value().cursor), 2);
    ASSERT_TRUE(second);
    ASSERT_EQ(second.value().changes.size(), 1u);
    EXPECT_EQ(second.value().changes[0].id, kId2);
    EXPECT_TRUE(second.value().changes[0].deleted);
    EXPECT_FALSE(second.value().changes[0].resume);
    EXPECT_FALSE(second.value().hasMore);
    EXPECT_EQ(second.value().cursor.counter, 5);

    // Up to date: an empty page that keeps the cursor.
    const Result<ChangePage> empty = changes.run(kAda, encodeCursor(second.value().cursor), 100);
    EXPECT_TRUE(empty.value().changes.empty());
    EXPECT_EQ(empty.value().cursor, second.value().cursor);
    EXPECT_FALSE(empty.value().hasMore);
}

TEST_F(SyncUseCases, CursorsTheLogCannotContinueAreGone) {
    created(kAda, draft("A"));
    const auto codeOf = [&](const std::string& cursor) {
        const Result<ChangePage> page = changes.run(kAda, cursor);
        return page ? std::string("ok") : std::string(page.error().effectiveCode());
    };
    EXPECT_EQ(codeOf(encodeCursor({kAda, 1})), "ok");
    EXPECT_EQ(codeOf(encodeCursor({kAda, 2})), "resync_required"); // ahead
    EXPECT_EQ(codeOf(encodeCursor({kBob, 0})), "resync_required"); // another account's
    EXPECT_EQ(codeOf("garbage!"), "resync_required");
    EXPECT_EQ(codeOf(""), "resync_required");
    library.state.counters[kAda].prunedThrough = 1;
    EXPECT_EQ(codeOf(encodeCursor({kAda, 0})), "resync_required"); // expired
    EXPECT_EQ(codeOf(encodeCursor({kAda, 1})), "ok");
    EXPECT_EQ(changes.run(kAda, encodeCursor({kAda, 2})).error().kind, ErrorKind::Gone);
}

// After a prune the log holds counters below the pruned mark (A's creation here) and above
// it: a sync from scratch pages through both and finishes, while a cursor from before the prune
// that has not seen B's deletion must start again.
TEST_F(SyncUseCases, ASyncFromScratchAfterAPruneFinishes) {
    created(kAda, draft("A", resumeDocument(), kId1)); // 1
    created(kAda, draft("B", resumeDocument(), kId2)); // 2
    const std::string beforeDeletion = encodeCursor({kAda, 2, 0});
    ASSERT_TRUE(remove.run(kAda, kId2, std::nullopt).result); // 3
    created(kAda, draft("C", resumeDocument(), kId3));        // 4
    std::erase_if(library.state.log, [&](const auto& change) { return change.id == kId2; });
    library.state.counters[kAda].prunedThrough = 3; // B's deletion, pruned

    std::vector<ResumeId> seen;
    std::optional<std::string> cursor;
    for (int pages = 0; pages < 5; ++pages) {
        const Result<ChangePage> page = changes.run(kAda, cursor, 1);
        ASSERT_TRUE(page) << page.error().effectiveCode();
        for (const ResumeChange& change : page.value().changes)
            seen.push_back(change.id);
        cursor = encodeCursor(page.value().cursor);
        if (!page.value().hasMore)
            break;
    }
    EXPECT_EQ(seen, (std::vector<ResumeId>{kId1, kId3}));
    const Result<ChangePage> upToDate = changes.run(kAda, cursor, 1);
    ASSERT_TRUE(upToDate);
    EXPECT_TRUE(upToDate.value().changes.empty());

    EXPECT_EQ(changes.run(kAda, beforeDeletion).error().effectiveCode(), "resync_required");
    EXPECT_TRUE(changes.run(kAda, encodeCursor({kAda, 3, 0}))); // had seen the deletion
}

TEST_F(SyncUseCases, TheLimitIsOneToFiveHundred) {
    EXPECT_EQ(changes.run(kAda, std::nullopt, 0).error().kind, ErrorKind::BadRequest);
    EXPECT_EQ(changes.run(kAda, std::nullopt, 501).error().kind, ErrorKind::BadRequest);
    EXPECT_TRUE(changes.run(kAda, std::nullopt, 500));
    EXPECT_TRUE(changes.run(kAda, std::nullopt, 1));
}

class PlanUseCases : public ResumeUseCases {};

TEST_F(PlanUseCases, UsageCountsLiveResumesAndTodaysCounters) {
    created(kAda, draft("A"));
    created(kAda, draft("B"));
    usage.days[{kAda, utcDay(clock.now())}] = {2, 1000, 0};
    usage.days[{kAda, utcDay(clock.now() - 24h)}] = {5, 5, 5}; // yesterday does not count
    GetPlanUsage planUsage{plans, library, usage, clock};
    const PlanUsageReport report = planUsage.run(kAda);
    EXPECT_EQ(report.plan.code, "free");
    EXPECT_EQ(report.usage, (core::PlanUsage{2, 2, 1000, 0}));
    EXPECT_EQ(report.remaining.resumes, 1);
    EXPECT_EQ(report.remaining.exportsToday, 3);
    EXPECT_EQ(report.remaining.uploadBytesToday, 20971520 - 1000);
    EXPECT_EQ(report.remaining.bulkApplyRecipientsToday, 0);
    EXPECT_EQ(report.resetsAt, nextUtcMidnight(clock.now()));
    EXPECT_EQ(planUsage.run(kBob).remaining.resumes, std::nullopt); // unlimited
}

TEST_F(PlanUseCases, TemplatesSayWhetherThePlanIncludesThem) {
    ListTemplates templates{plans};
    const std::vector<TemplateOffer> anonymous = templates.run(std::nullopt);
    ASSERT_EQ(anonymous.size(), core::TemplateCatalogue::builtin().templates().size());
    EXPECT_FALSE(anonymous.front().allowed);
    std::map<QString, bool> free;
    for (const TemplateOffer& offer : templates.run(kAda))
        free[offer.info.id] = offer.allowed.value();
    EXPECT_TRUE(free.at(QStringLiteral("classic")));
    EXPECT_TRUE(free.at(QStringLiteral("modern")));
    EXPECT_FALSE(free.at(QStringLiteral("compact")));
    for (const TemplateOffer& offer : templates.run(kBob))
        EXPECT_TRUE(offer.allowed.value());
}

TEST(Domain, ResumeIdsAreCanonicalUuids) {
    EXPECT_EQ(resumeIdFrom("0B6F2E4C-8D0A-4F5E-9A73-3C1D2E5F6A7B"),
              "0b6f2e4c-8d0a-4f5e-9a73-3c1d2e5f6a7b");
    EXPECT_FALSE(resumeIdFrom("0b6f2e4c8d0a4f5e9a733c1d2e5f6a7b"));
    EXPECT_FALSE(resumeIdFrom("0b6f2e4c-8d0a-4f5e-9a73-3c1d2e5f6a7g"));
    EXPECT_FALSE(resumeIdFrom("{0b6f2e4c-8d0a-4f5e-9a73-3c1d2e5f6a7}"));
    EXPECT_FALSE(resumeIdFrom(""));
}

TEST(Domain, CursorsRoundTripAndRejectForgeries) {
    const SyncCursor cursor{"0b6f2e4c-8d0a-4f5e-9a73-3c1d2e5f6a7b", 42, 7};
    const std::string text = encodeCursor(cursor);
    EXPECT_EQ(
        text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        std::string::npos); // safe in a query string as it is
    EXPECT_EQ(decodeCursor(text), cursor);
    EXPECT_FALSE(decodeCursor(text + "!"));
    const auto encoded = [](const char* plain) {
        return QByteArray(plain)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            .toStdString();
    };
    EXPECT_FALSE(decodeCursor(encoded("v2:user:1")));
    EXPECT_FALSE(decodeCursor(encoded("v2:user:1:-1")));
    EXPECT_FALSE(decodeCursor(encoded("v2::1:1")));
    EXPECT_FALSE(decodeCursor(encoded("v2:1:1")));
    EXPECT_FALSE(decodeCursor(encoded("v3:user:1:1")));
    EXPECT_FALSE(decodeCursor(encoded("v1:5")));
    EXPECT_FALSE(decodeCursor(encoded("v1:user:-1")));
    EXPECT_FALSE(decodeCursor(encoded("v1:user:1x")));
    EXPECT_FALSE(decodeCursor(encoded("v1::1")));
    EXPECT_FALSE(decodeCursor(encoded("v1:user:")));
    // Cursors handed out before they carried prunedSeen still read.
    EXPECT_EQ(decodeCursor(encoded("v1:user:12")), (SyncCursor{"user", 12, 0}));
}

TEST(Domain, ACursorContinuesUnlessADeletionItHasNotSeenWasPrunedSinceItWasIssued) {
    EXPECT_TRUE((SyncCursor{"u", 5, 0}).canContinueAfter(5));  // had applied the deletion
    EXPECT_FALSE((SyncCursor{"u", 4, 0}).canContinueAfter(5)); // had not
    EXPECT_TRUE((SyncCursor{"u", 4, 5}).canContinueAfter(5));  // issued after that prune
    EXPECT_FALSE((SyncCursor{"u", 4, 5}).canContinueAfter(6)); // but not after a later one
}

TEST(Domain, DailyCountersResetAtUtcMidnight) {
    const TimePoint lateEvening =
        TimePoint(std::chrono::seconds(1'700'000'000)); // 2023-11-14 22:13:20Z
    EXPECT_EQ(utcDay(lateEvening), "2023-11-14");
    EXPECT_EQ(nextUtcMidnight(lateEvening), TimePoint(std::chrono::seconds(1'700'006'400)));
    EXPECT_EQ(utcDay(nextUtcMidnight(lateEvening)), "2023-11-15");
    EXPECT_EQ(nextUtcMidnight(TimePoint(std::chrono::seconds(1'700'006'400))),
              TimePoint(std::chrono::seconds(1'700'092'800))); // midnight itself: the next one
}

TEST(Domain, IfMatchListsMatchTheirVersions) {
    EXPECT_TRUE((VersionPrecondition{false, {2, 3}}.matches(3)));
    EXPECT_FALSE((VersionPrecondition{false, {2, 3}}.matches(4)));
    EXPECT_TRUE((VersionPrecondition{true, {}}.matches(4)));
    EXPECT_FALSE(VersionPrecondition{}.matches(1));
}

TEST(PlanDenials, CarryTheCoresCodeAndNumbers) {
    const core::PlanDecision decision =
        core::decideCreateResume(freeLimits(), core::PlanUsage{3, 0, 0, 0});
    const Error error = planDenied(decision);
    EXPECT_EQ(error.kind, ErrorKind::Forbidden);
    EXPECT_EQ(error.effectiveCode(), core::reasonCode(decision.reason).toStdString());
    EXPECT_EQ(error.message, core::reasonMessage(decision).toStdString());
    EXPECT_EQ(error.details, (QJsonObject{{QStringLiteral("limit"), 3},
                                          {QStringLiteral("usage"), 3},
                                          {QStringLiteral("requested"), 1}}));
    const Error unlimited =
        planDenied({core::PlanReason::TemplateNotAllowed, std::nullopt, 0, 0, QStringLiteral("x")});
    EXPECT_TRUE(unlimited.details.value(QStringLiteral("limit")).isNull());
}

} // namespace
} // namespace vitae::server
