// GET /api/sync/changes against a real PostgreSQL: pages in counter order with hasMore, each
// resume once at its latest change, deletions as events, accounts apart, 410 for cursors the
// log cannot continue, the limit's bounds, and a plan that walks the (user_id, counter) index.
#include "adapters/postgres/change_log.h"
#include "api_test.h"
#include "domain/sync.h"
#include "resume_documents.h"

#include <QJsonArray>

#include <set>

namespace vitae::test {
namespace {

struct Page {
    QJsonArray changes;
    std::string cursor;
    bool hasMore = false;
};

class Sync : public ApiTest {
protected:
    void SetUp() override {
        ApiTest::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        ada = signUp("ada@example.com", "pro");
        bob = signUp("bob@example.com", "pro");
    }

    std::string create(const Account& account, const QString& title) {
        const auto result =
            post("/api/resumes",
                 {{QStringLiteral("title"), title}, {QStringLiteral("data"), resumeDocument()}},
                 account.bearer());
        EXPECT_TRUE(result && result->status == 201);
        return jsonOf(result->body).value(QStringLiteral("id")).toString().toStdString();
    }

    Page page(const Account& account, const std::string& query = {}) {
        const auto result = get("/api/sync/changes" + query, account.bearer());
        EXPECT_TRUE(result && result->status == 200) << (result ? result->body : "no response");
        const QJsonObject json = jsonOf(result->body);
        EXPECT_EQ(json.keys(), (QStringList{QStringLiteral("changes"), QStringLiteral("cursor"),
                                            QStringLiteral("hasMore")}));
        return {json.value(QStringLiteral("changes")).toArray(),
                json.value(QStringLiteral("cursor")).toString().toStdString(),
                json.value(QStringLiteral("hasMore")).toBool()};
    }

    // Replaces the resume's title and document at `version`; the answer's status.
    int retitle(const Account& account, const std::string& id, const QString& title, int version,
                const QJsonObject& data = resumeDocument()) {
        const auto result =
            put("/api/resumes/" + id,
                {{QStringLiteral("title"), title}, {QStringLiteral("data"), data}},
                withHeader(account.bearer(), "If-Match", "\"" + std::to_string(version) + "\""));
        return result ? result->status : 0;
    }

    static std::string after(const std::string& cursor, int limit = 100) {
        return "?cursor=" + cursor + "&limit=" + std::to_string(limit);
    }

    static std::string idOf(const QJsonValue& change) {
        return change.toObject().value(QStringLiteral("id")).toString().toStdString();
    }

    Account ada;
    Account bob;
};

TEST_F(Sync, AnEmptyLogGivesAnEmptyPageAndACursor) {
    const Page first = page(ada);
    EXPECT_TRUE(first.changes.isEmpty());
    EXPECT_FALSE(first.hasMore);
    EXPECT_FALSE(first.cursor.empty());
    EXPECT_TRUE(page(ada, after(first.cursor)).changes.isEmpty());
}

TEST_F(Sync, PagesFollowTheLogWithHasMore) {
    std::vector<std::string> ids;
    for (int i = 0; i < 5; ++i)
        ids.push_back(create(ada, QStringLiteral("CV %1").arg(i)));
    std::vector<std::string> seen;
    std::string cursor;
    std::vector<bool> hasMore;
    for (int i = 0; i < 3; ++i) {
        const Page next = page(ada, cursor.empty() ? "?limit=2" : after(cursor, 2));
        for (const QJsonValue& change : next.changes) {
            seen.push_back(idOf(change));
            const QJsonObject json = change.toObject();
            EXPECT_FALSE(json.value(QStringLiteral("deleted")).toBool());
            EXPECT_EQ(json.value(QStringLiteral("version")).toInt(), 1);
            const QJsonObject resume = json.value(QStringLiteral("resume")).toObject();
            EXPECT_EQ(resume.value(QStringLiteral("id")).toString().toStdString(), idOf(change));
            EXPECT_EQ(resume.value(QStringLiteral("data")).toObject(), resumeDocument());
        }
        hasMore.push_back(next.hasMore);
        cursor = next.cursor;
    }
    EXPECT_EQ(seen, ids); // creation order is counter order
    EXPECT_EQ(hasMore, (std::vector<bool>{true, true, false}));
    EXPECT_TRUE(page(ada, after(cursor)).changes.isEmpty());
}

TEST_F(Sync, UpdatesAndDeletionsArriveAsTheirLatestChange) {
    const std::string a = create(ada, QStringLiteral("A"));
    const std::string b = create(ada, QStringLiteral("B"));
    const std::string c = create(ada, QStringLiteral("C"));
    const std::string cursor = page(ada).cursor;

    ASSERT_EQ(retitle(ada, a, QStringLiteral("A2"), 1, resumeDocument(4)), 200);
    ASSERT_EQ(del("/api/resumes/" + b, ada.bearer())->status, 204);
    ASSERT_EQ(retitle(ada, a, QStringLiteral("A3"), 2, resumeDocument(4)), 200);

    const Page changes = page(ada, after(cursor));
    ASSERT_EQ(changes.changes.size(), 2) << QJsonDocument(changes.changes).toJson().toStdString();
    // B's deletion came before A's last change; A's first edit is superseded.
    const QJsonObject deleted = changes.changes[0].toObject();
    EXPECT_EQ(idOf(deleted), b);
    EXPECT_TRUE(deleted.value(QStringLiteral("deleted")).toBool());
    EXPECT_EQ(deleted.value(QStringLiteral("version")).toInt(), 2);
    EXPECT_FALSE(deleted.contains(QStringLiteral("resume")));
    const QJsonObject edited = changes.changes[1].toObject();
    EXPECT_EQ(idOf(edited), a);
    EXPECT_EQ(edited.value(QStringLiteral("version")).toInt(), 3);
    const QJsonObject resume = edited.value(QStringLiteral("resume")).toObject();
    EXPECT_EQ(resume.value(QStringLiteral("title")).toString(), QStringLiteral("A3"));
    EXPECT_EQ(resume.value(QStringLiteral("version")).toInt(), 3);
    EXPECT_EQ(resume.value(QStringLiteral("data")).toObject(), resumeDocument(4));
    EXPECT_EQ(resume, jsonOf(get("/api/resumes/" + a, ada.bearer())->body));

    // From the start: every resume once, C untouched, B as its deletion.
    std::set<std::string> all;
    for (const QJsonValue& change : page(ada).changes)
        all.insert(idOf(change));
    EXPECT_EQ(all, (std::set<std::string>{a, b, c}));
}

TEST_F(Sync, AnotherDefaultChangesBothResumes) {
    const std::string a = create(ada, QStringLiteral("A"));
    const std::string b = create(ada, QStringLiteral("B"));
    const std::string cursor = page(ada).cursor;
    ASSERT_EQ(patch("/api/resumes/" + b + "/default", ada.bearer())->status, 200);
    const Page changes = page(ada, after(cursor));
    ASSERT_EQ(changes.changes.size(), 2);
    EXPECT_EQ(idOf(changes.changes[0]), a);
    EXPECT_FALSE(changes.changes[0]
                     .toObject()
                     .value(QStringLiteral("resume"))
                     .toObject()
                     .value(QStringLiteral("isDefault"))
                     .toBool());
    EXPECT_EQ(idOf(changes.changes[1]), b);
    EXPECT_TRUE(changes.changes[1]
                    .toObject()
                    .value(QStringLiteral("resume"))
                    .toObject()
                    .value(QStringLiteral("isDefault"))
                    .toBool());
}

TEST_F(Sync, AccountsSeeOnlyTheirOwnChanges) {
    const std::string mine = create(ada, QStringLiteral("Ada's"));
    create(bob, QStringLiteral("Bob's"));
    const Page adas = page(ada);
    ASSERT_EQ(adas.changes.size(), 1);
    EXPECT_EQ(idOf(adas.changes[0]), mine);
    expectError(get("/api/sync/changes" + after(adas.cursor), bob.bearer()), 410,
                "resync_required");
}

TEST_F(Sync, CursorsTheLogCannotContinueAre410) {
    create(ada, QStringLiteral("A"));
    create(ada, QStringLiteral("B"));
    const std::string current = page(ada).cursor;
    const auto resync = [&](const std::string& cursor) {
        expectError(get("/api/sync/changes?cursor=" + cursor, ada.bearer()), 410,
                    "resync_required");
    };
    resync("garbage");
    resync(server::encodeCursor({ada.id, 3})); // ahead of the log
    // Pruning the log expires the cursors before the pruned point.
    const std::string early = server::encodeCursor({ada.id, 1});
    EXPECT_TRUE(page(ada, after(early)).changes.size() == 1);
    connect()->query("UPDATE users SET changes_pruned_through = 2 WHERE id = $1", {ada.id});
    resync(early);
    EXPECT_TRUE(page(ada, after(current)).changes.isEmpty());
}

// Retention end to end: the maintenance task prunes what is older than the change log's
// retention (dated back here by SQL); a cursor from before the prune must resync, and a sync
// from scratch still brings every live resume.
TEST_F(Sync, APrunedCursorIsGoneAndASyncFromScratchStillSeesEveryResume) {
    const std::string a = create(ada, QStringLiteral("A"));
    const std::string b = create(ada, QStringLiteral("B"));
    const std::string early = page(ada).cursor; // after counter 2
    ASSERT_EQ(retitle(ada, a, QStringLiteral("A2"), 1), 200);
    ASSERT_EQ(del("/api/resumes/" + b, ada.bearer())->status, 204);
    const std::string current = page(ada, after(early)).cursor; // after counter 4
    create(bob, QStringLiteral("Bob's"));
    connect()->query("UPDATE resume_changes SET changed_at = now() - interval '100 days'");

    const server::CleanupReport report = app->cleanUp().run();
    EXPECT_EQ(report.changeLogEntries, 3); // A's first version, B's creation, B's deletion

    expectError(get("/api/sync/changes" + after(early), ada.bearer()), 410, "resync_required");
    EXPECT_TRUE(page(ada, after(current)).changes.isEmpty());
    const Page fresh = page(ada);
    ASSERT_EQ(fresh.changes.size(), 1);
    EXPECT_EQ(idOf(fresh.changes[0]), a);
    EXPECT_EQ(fresh.changes[0]
                  .toObject()
                  .value(QStringLiteral("resume"))
                  .toObject()
                  .value(QStringLiteral("title"))
                  .toString(),
              QStringLiteral("A2"));
    EXPECT_EQ(page(bob).changes.size(), 1); // a lone creation is any resume's latest change
    // The fresh sync's cursor (after A's counter 3, below B's pruned deletion at 4) continues.
    EXPECT_TRUE(page(ada, after(fresh.cursor)).changes.isEmpty());
}

// A sync from scratch after a prune, a page at a time, reaches the end and stays there.
TEST_F(Sync, AFreshSyncAfterAPrunePagesToTheEnd) {
    const std::string a = create(ada, QStringLiteral("A"));
    const std::string b = create(ada, QStringLiteral("B"));
    ASSERT_EQ(del("/api/resumes/" + b, ada.bearer())->status, 204);
    const std::string c = create(ada, QStringLiteral("C"));
    connect()->query("UPDATE resume_changes SET changed_at = now() - interval '100 days' "
                     "WHERE resume_id = $1",
                     {b});
    EXPECT_EQ(app->cleanUp().run().changeLogEntries, 2); // B's creation and deletion

    std::vector<std::string> seen;
    std::string query = "?limit=1";
    for (int pages = 0; pages < 5; ++pages) {
        const Page next = page(ada, query);
        for (const QJsonValue& change : next.changes)
            seen.push_back(idOf(change));
        query = after(next.cursor, 1);
        if (!next.hasMore)
            break;
    }
    EXPECT_EQ(seen, (std::vector<std::string>{a, c}));
    EXPECT_TRUE(page(ada, query).changes.isEmpty());
}

// Pruning only superseded changes hides nothing from any cursor: the later change is still
// after it, so a device that was away keeps its cursor.
TEST_F(Sync, PruningSupersededChangesKeepsOlderCursors) {
    create(ada, QStringLiteral("X"));
    const std::string early = page(ada).cursor; // after counter 1
    const std::string a = create(ada, QStringLiteral("A"));
    ASSERT_EQ(retitle(ada, a, QStringLiteral("A2"), 1), 200);
    connect()->query("UPDATE resume_changes SET changed_at = now() - interval '100 days'");
    EXPECT_EQ(app->cleanUp().run().changeLogEntries, 1); // A's first version, counter 2

    const Page next = page(ada, after(early));
    ASSERT_EQ(next.changes.size(), 1);
    EXPECT_EQ(idOf(next.changes[0]), a);
}

TEST_F(Sync, TheLimitIsOneToFiveHundred) {
    for (const char* limit : {"0", "501", "-1", "abc", "10x", ""})
        expectError(get(std::string("/api/sync/changes?limit=") + limit, ada.bearer()), 400,
                    "bad_request");
    page(ada, "?limit=500");
    page(ada, "?limit=1");
}

TEST_F(Sync, ChangesNeedABearerToken) {
    expectError(get("/api/sync/changes"), 401, "unauthorized");
}

// The delta query walks the account's log from the cursor on the (user_id, counter) key and
// never scans the table, so a page costs the changes after the cursor, not the resumes held.
TEST_F(Sync, TheChangesQueryUsesTheLogsIndex) {
    auto db = connect();
    db->script(R"sql(
        INSERT INTO users (email, password_hash)
        SELECT 'user' || g || '@example.com', 'x' FROM generate_series(1, 200) g;
        INSERT INTO resume_changes (user_id, counter, resume_id, version, deleted)
        SELECT u.id, g, gen_random_uuid(), 1, false
        FROM users u CROSS JOIN generate_series(1, 200) g;
        ANALYZE;
    )sql");
    const server::pg::Statement& statement = server::pg::changesPageStatement();
    const server::pg::Rows plan =
        db->query(std::string("EXPLAIN ") + statement.sql, {ada.id, "150", "101"});
    std::string text;
    for (int row = 0; row < plan.rows(); ++row)
        text += std::string(plan.text(row, 0)) + "\n";
    EXPECT_NE(text.find("resume_changes_pkey"), std::string::npos) << text;
    EXPECT_EQ(text.find("Seq Scan on resume_changes"), std::string::npos) << text;
}

} // namespace
} // namespace vitae::test
