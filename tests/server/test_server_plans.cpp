// GET /api/plans, GET /api/templates and GET /api/users/me/plan-usage against a real
// PostgreSQL: the plans as stored (null is unlimited), the catalogue with what the caller's
// plan allows, and usage against the limits with today's UTC counters and resetsAt.
#include "api_test.h"
#include "resume_documents.h"

#include <vitae/core/template_catalogue.h>

#include <QDateTime>
#include <QJsonArray>

namespace vitae::test {
namespace {

QJsonObject itemWith(const QJsonArray& items, const char* key, const QString& value) {
    for (const QJsonValue& item : items) {
        if (item.toObject().value(QLatin1StringView(key)).toString() == value)
            return item.toObject();
    }
    return {};
}

QString nextUtcMidnight() {
    return QDateTime(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(0, 0), Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

class Plans : public ApiTest {};

TEST_F(Plans, PlansAreListedWithEveryLimitAndNullForUnlimited) {
    // A plan added by hand appears as stored.
    connect()->script(R"sql(
        BEGIN;
        INSERT INTO plans (code, name) VALUES ('team', 'Team');
        INSERT INTO plan_limits (plan_code, max_resumes, max_sections_per_resume,
                                 max_exports_per_day, max_upload_bytes_per_day,
                                 max_bulk_apply_recipients_per_day, export_retention_days,
                                 allowed_templates)
        VALUES ('team', 50, NULL, 500, 5368709120, 1000, 730, ARRAY['classic', 'compact']);
        COMMIT;
    )sql");
    const auto result = get("/api/plans"); // public
    ASSERT_TRUE(result);
    ASSERT_EQ(result->status, 200) << result->body;
    const QJsonArray items = jsonOf(result->body).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(
        itemWith(items, "code", QStringLiteral("team")),
        (QJsonObject{
            {QStringLiteral("code"), QStringLiteral("team")},
            {QStringLiteral("name"), QStringLiteral("Team")},
            {QStringLiteral("limits"),
             QJsonObject{{QStringLiteral("maxResumes"), 50},
                         {QStringLiteral("maxSectionsPerResume"), QJsonValue()},
                         {QStringLiteral("maxExportsPerDay"), 500},
                         {QStringLiteral("maxUploadBytesPerDay"), qint64{5368709120}},
                         {QStringLiteral("maxBulkApplyRecipientsPerDay"), 1000},
                         {QStringLiteral("exportRetentionDays"), 730},
                         {QStringLiteral("allowedTemplates"),
                          QJsonArray{QStringLiteral("classic"), QStringLiteral("compact")}}}}}));
    // The seeds, as migration 0002 documents them.
    const QJsonObject free =
        itemWith(items, "code", QStringLiteral("free")).value(QStringLiteral("limits")).toObject();
    EXPECT_EQ(free.value(QStringLiteral("maxResumes")).toInt(), 3);
    EXPECT_EQ(free.value(QStringLiteral("allowedTemplates")).toArray(),
              (QJsonArray{QStringLiteral("classic"), QStringLiteral("modern")}));
    const QJsonObject pro =
        itemWith(items, "code", QStringLiteral("pro")).value(QStringLiteral("limits")).toObject();
    EXPECT_TRUE(pro.value(QStringLiteral("maxResumes")).isNull());
    EXPECT_TRUE(pro.value(QStringLiteral("allowedTemplates")).isNull());
    EXPECT_EQ(pro.size(), 7);
}

TEST_F(Plans, TemplatesComeFromTheCatalogueAndSayWhatThePlanAllows) {
    const auto& catalogue = core::TemplateCatalogue::builtin().templates();
    const QJsonArray anonymous =
        jsonOf(get("/api/templates")->body).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(anonymous.size(), catalogue.size());
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        const QJsonObject item = anonymous[i].toObject();
        EXPECT_EQ(item.value(QStringLiteral("id")).toString(), catalogue[i].id);
        EXPECT_EQ(item.value(QStringLiteral("name")).toString(), catalogue[i].name);
        EXPECT_EQ(item.value(QStringLiteral("description")).toString(), catalogue[i].description);
        EXPECT_EQ(item.value(QStringLiteral("requiredSections")).toArray(),
                  QJsonArray::fromStringList(catalogue[i].requiredSections));
        EXPECT_EQ(item.value(QStringLiteral("pageSize")).toString(),
                  core::pageSizeName(catalogue[i].defaultPageSize));
        EXPECT_EQ(item.value(QStringLiteral("marginsMm")).toObject().value(QStringLiteral("top")),
                  catalogue[i].margins.topMm);
        EXPECT_FALSE(item.contains(QStringLiteral("allowed")));
    }

    const Account free = signUp("free@example.com");
    const QJsonArray forFree =
        jsonOf(get("/api/templates", free.bearer())->body).value(QStringLiteral("items")).toArray();
    EXPECT_TRUE(itemWith(forFree, "id", QStringLiteral("classic"))
                    .value(QStringLiteral("allowed"))
                    .toBool());
    EXPECT_TRUE(itemWith(forFree, "id", QStringLiteral("modern"))
                    .value(QStringLiteral("allowed"))
                    .toBool());
    EXPECT_EQ(itemWith(forFree, "id", QStringLiteral("compact")).value(QStringLiteral("allowed")),
              QJsonValue(false));

    const Account pro = signUp("pro@example.com", "pro");
    for (const QJsonValue& item :
         jsonOf(get("/api/templates", pro.bearer())->body).value(QStringLiteral("items")).toArray())
        EXPECT_EQ(item.toObject().value(QStringLiteral("allowed")), QJsonValue(true));

    expectError(get("/api/templates", {{"Authorization", "Bearer not-a-token"}}), 401,
                "unauthorized");
}

TEST_F(Plans, UsageCountsLiveResumesAndTodaysCounters) {
    const Account ada = signUp("ada@example.com");
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(post("/api/resumes",
                       {{QStringLiteral("title"), QStringLiteral("CV")},
                        {QStringLiteral("data"), resumeDocument()}},
                       ada.bearer())
                      ->status,
                  201);
    const std::string id = jsonOf(get("/api/resumes", ada.bearer())->body)
                               .value(QStringLiteral("items"))
                               .toArray()[0]
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString()
                               .toStdString();
    ASSERT_EQ(del("/api/resumes/" + id, ada.bearer())->status, 204); // tombstones do not count
    connect()->query(R"sql(
        INSERT INTO daily_usage (user_id, day, exports, upload_bytes, bulk_apply_recipients)
        VALUES ($1, (now() AT TIME ZONE 'UTC')::date, 2, 1000, 0),
               ($1, (now() AT TIME ZONE 'UTC')::date - 1, 5, 99999, 7)
    )sql",
                     {ada.id});

    const QString midnightBefore = nextUtcMidnight();
    const auto result = get("/api/users/me/plan-usage", ada.bearer());
    const QString midnightAfter = nextUtcMidnight();
    ASSERT_TRUE(result);
    ASSERT_EQ(result->status, 200) << result->body;
    const QJsonObject report = jsonOf(result->body);
    EXPECT_EQ(report.value(QStringLiteral("plan")).toObject(),
              (QJsonObject{{QStringLiteral("code"), QStringLiteral("free")},
                           {QStringLiteral("name"), QStringLiteral("Free")}}));
    const QJsonObject limits = report.value(QStringLiteral("limits")).toObject();
    EXPECT_EQ(limits.value(QStringLiteral("maxResumes")).toInt(), 3);
    EXPECT_EQ(limits.value(QStringLiteral("maxExportsPerDay")).toInt(), 5);
    EXPECT_EQ(limits.size(), 7);
    EXPECT_EQ(report.value(QStringLiteral("usage")).toObject(),
              (QJsonObject{{QStringLiteral("resumes"), 2},
                           {QStringLiteral("exportsToday"), 2},
                           {QStringLiteral("uploadBytesToday"), 1000},
                           {QStringLiteral("bulkApplyRecipientsToday"), 0}}));
    EXPECT_EQ(report.value(QStringLiteral("remaining")).toObject(),
              (QJsonObject{{QStringLiteral("resumes"), 1},
                           {QStringLiteral("exportsToday"), 3},
                           {QStringLiteral("uploadBytesToday"), 20971520 - 1000},
                           {QStringLiteral("bulkApplyRecipientsToday"), 0}}));
    const QString resetsAt = report.value(QStringLiteral("resetsAt")).toString();
    EXPECT_TRUE(resetsAt == midnightBefore || resetsAt == midnightAfter) << resetsAt.toStdString();
}

TEST_F(Plans, UnlimitedQuotasAreNull) {
    const Account pro = signUp("pro@example.com", "pro");
    const QJsonObject report = jsonOf(get("/api/users/me/plan-usage", pro.bearer())->body);
    EXPECT_EQ(report.value(QStringLiteral("plan")).toObject().value(QStringLiteral("code")),
              QJsonValue(QStringLiteral("pro")));
    EXPECT_TRUE(report.value(QStringLiteral("limits"))
                    .toObject()
                    .value(QStringLiteral("maxResumes"))
                    .isNull());
    const QJsonObject remaining = report.value(QStringLiteral("remaining")).toObject();
    EXPECT_TRUE(remaining.value(QStringLiteral("resumes")).isNull());
    EXPECT_TRUE(remaining.contains(QStringLiteral("resumes")));
    EXPECT_EQ(remaining.value(QStringLiteral("exportsToday")).toInt(), 100);
}

TEST_F(Plans, UsageNeedsABearerToken) {
    expectError(get("/api/users/me/plan-usage"), 401, "unauthorized");
}

} // namespace
} // namespace vitae::test
