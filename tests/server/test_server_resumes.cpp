// The resume endpoints over HTTP against a real PostgreSQL: shapes and headers, every error
// path, accounts kept apart (404 for another account's resumes), the default rules, and the
// races the database locks decide (concurrent PATCH default, concurrent PUTs with one If-Match).
#include "api_test.h"
#include "resume_documents.h"

#include <QJsonArray>

#include <algorithm>
#include <atomic>
#include <map>
#include <regex>
#include <thread>
#include <vector>

namespace vitae::test {
namespace {

const std::string kId1 = "00000000-0000-4000-8000-000000000001";
const std::string kId2 = "00000000-0000-4000-8000-000000000002";
const std::string kId3 = "00000000-0000-4000-8000-000000000003";

QJsonObject body(const QString& title, const QJsonObject& data = resumeDocument(),
                 const std::string& id = {}) {
    QJsonObject json{{QStringLiteral("title"), title}, {QStringLiteral("data"), data}};
    if (!id.empty())
        json.insert(QStringLiteral("id"), QString::fromStdString(id));
    return json;
}

std::string path(const std::string& id) {
    return "/api/resumes/" + id;
}

class Resumes : public ApiTest {
protected:
    void SetUp() override {
        ApiTest::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        ada = signUp("ada@example.com");
        bob = signUp("bob@example.com");
    }

    // Creates and returns the resume's JSON.
    QJsonObject create(const Account& account, const QString& title, const std::string& id = {},
                       const QJsonObject& data = resumeDocument()) {
        const auto result = post("/api/resumes", body(title, data, id), account.bearer());
        EXPECT_TRUE(result && result->status == 201) << (result ? result->body : "no response");
        return result ? jsonOf(result->body) : QJsonObject();
    }

    httplib::Headers ifMatch(const Account& account, const std::string& etag) const {
        return withHeader(account.bearer(), "If-Match", etag);
    }

    bool isDefault(const Account& account, const std::string& id) {
        return jsonOf(get(path(id), account.bearer())->body)
            .value(QStringLiteral("isDefault"))
            .toBool();
    }

    int liveDefaults(const Account& account) {
        return static_cast<int>(connect()
                                    ->query("SELECT count(*) FROM resumes WHERE user_id = $1 "
                                            "AND is_default AND deleted_at IS NULL",
                                            {account.id})
                                    .integer(0, 0));
    }

    Account ada;
    Account bob;
};

TEST_F(Resumes, CreateAnswers201WithTheResumeAndItsHeaders) {
    const QJsonObject data = resumeDocument();
    const auto result = post("/api/resumes", body(QStringLiteral("My CV"), data), ada.bearer());
    ASSERT_TRUE(result);
    ASSERT_EQ(result->status, 201) << result->body;
    const QJsonObject resume = jsonOf(result->body);
    const std::string id = resume.value(QStringLiteral("id")).toString().toStdString();
    EXPECT_TRUE(std::regex_match(id, std::regex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                                                "[0-9a-f]{12}")));
    EXPECT_EQ(result->get_header_value("Location"), path(id));
    EXPECT_EQ(result->get_header_value("ETag"), "\"1\"");
    EXPECT_EQ(resume.value(QStringLiteral("title")).toString(), QStringLiteral("My CV"));
    EXPECT_TRUE(resume.value(QStringLiteral("templateId")).isNull());
    EXPECT_TRUE(resume.value(QStringLiteral("isDefault")).toBool());
    EXPECT_EQ(resume.value(QStringLiteral("version")).toInt(), 1);
    const std::regex rfc3339("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    EXPECT_TRUE(std::regex_match(resume.value(QStringLiteral("createdAt")).toString().toStdString(),
                                 rfc3339));
    EXPECT_EQ(resume.value(QStringLiteral("updatedAt")), resume.value(QStringLiteral("createdAt")));
    EXPECT_EQ(resume.value(QStringLiteral("data")).toObject(), data);

    const auto read = get(path(id), ada.bearer());
    ASSERT_EQ(read->status, 200);
    EXPECT_EQ(jsonOf(read->body), resume);
    EXPECT_EQ(read->get_header_value("ETag"), "\"1\"");
}

TEST_F(Resumes, TheDocumentIsKeptAsSentIncludingWhatTheModelDoesNotKnow) {
    QJsonObject data = resumeDocument();
    data.insert(QStringLiteral("x-tool"),
                QJsonObject{{QStringLiteral("n"), 1.5},
                            {QStringLiteral("list"), QJsonArray{1, QStringLiteral("ü")}}});
    data.insert(QStringLiteral("meta"),
                QJsonObject{{QStringLiteral("version"), QStringLiteral("v1")}});
    const QJsonObject created = create(ada, QStringLiteral("CV"), kId1, data);
    EXPECT_EQ(jsonOf(get(path(kId1), ada.bearer())->body).value(QStringLiteral("data")).toObject(),
              data);
    EXPECT_EQ(created.value(QStringLiteral("data")).toObject(), data);
}

// The stored document goes out as PostgreSQL writes it, unparsed, inside an envelope written
// by hand: the answer must still be valid JSON with every character as sent.
TEST_F(Resumes, GetPassesTheStoredDocumentThroughWithItsContentIntact) {
    QJsonObject data = resumeDocument(3, QStringLiteral("Ada \"the first\" \\ Lovelace é 中文 😀"));
    QJsonObject basics = data.value(QStringLiteral("basics")).toObject();
    basics.insert(QStringLiteral("summary"), QStringLiteral("Line one\nline \"two\" \\ ✓"));
    data.insert(QStringLiteral("basics"), basics);
    data.insert(QStringLiteral("x-tool"),
                QJsonObject{{QStringLiteral("n"), -0.25},
                            {QStringLiteral("flags"), QJsonArray{true, false, QJsonValue()}}});
    const QString title = QStringLiteral("CV \"2024\" \\ ü");
    create(ada, title, kId1, data);

    const auto result = get(path(kId1), ada.bearer());
    ASSERT_TRUE(result);
    ASSERT_EQ(result->status, 200);
    QJsonParseError error{};
    const QJsonObject resume =
        QJsonDocument::fromJson(QByteArray::fromStdString(result->body), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << result->body;
    EXPECT_EQ(resume.value(QStringLiteral("data")).toObject(), data);
    EXPECT_EQ(resume.value(QStringLiteral("title")).toString(), title);
    EXPECT_EQ(resume.value(QStringLiteral("id")).toString().toStdString(), kId1);
    // Spliced, not re-serialised: the bytes are PostgreSQL's.
    const std::string stored(
        connect()->query("SELECT data::text FROM resumes WHERE id = $1", {kId1}).text(0, 0));
    EXPECT_NE(result->body.find("\"data\":" + stored + "}"), std::string::npos) << result->body;
}

TEST_F(Resumes, ListShowsLiveResumesNewestFirstWithDataOnlyWhenAsked) {
    create(ada, QStringLiteral("A"), kId1);
    create(ada, QStringLiteral("B"), kId2);
    create(ada, QStringLiteral("C"), kId3);
    create(bob, QStringLiteral("Bob's"));
    ASSERT_EQ(put(path(kId1), body(QStringLiteral("A2")), ifMatch(ada, "\"1\""))->status, 200);
    ASSERT_EQ(del(path(kId3), ada.bearer())->status, 204);

    const QJsonArray items =
        jsonOf(get("/api/resumes", ada.bearer())->body).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("A2"));
    EXPECT_EQ(items[1].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("B"));
    EXPECT_FALSE(items[0].toObject().contains(QStringLiteral("data")));
    EXPECT_EQ(
        items[0].toObject().keys(),
        (QStringList{QStringLiteral("createdAt"), QStringLiteral("id"), QStringLiteral("isDefault"),
                     QStringLiteral("templateId"), QStringLiteral("title"),
                     QStringLiteral("updatedAt"), QStringLiteral("version")}));

    const QJsonArray full = jsonOf(get("/api/resumes?include=data", ada.bearer())->body)
                                .value(QStringLiteral("items"))
                                .toArray();
    ASSERT_EQ(full.size(), 2);
    EXPECT_EQ(full[1].toObject().value(QStringLiteral("data")).toObject(), resumeDocument());
    expectError(get("/api/resumes?include=everything", ada.bearer()), 400, "bad_request");
    EXPECT_EQ(jsonOf(get("/api/resumes", signUp("new@example.com").bearer())->body),
              QJsonObject({{QStringLiteral("items"), QJsonArray()}}));
}

TEST_F(Resumes, EveryEndpointNeedsABearerToken) {
    create(ada, QStringLiteral("A"), kId1);
    const Account nobody{"", "not-a-token"};
    expectError(get("/api/resumes"), 401, "unauthorized");
    expectError(get("/api/resumes", nobody.bearer()), 401, "unauthorized");
    expectError(post("/api/resumes", body(QStringLiteral("CV"))), 401, "unauthorized");
    expectError(get(path(kId1)), 401, "unauthorized");
    expectError(put(path(kId1), body(QStringLiteral("CV")), {{"If-Match", "\"1\""}}), 401,
                "unauthorized");
    expectError(del(path(kId1)), 401, "unauthorized");
    expectError(patch(path(kId1) + "/default"), 401, "unauthorized");
}

TEST_F(Resumes, AnotherAccountsResumesAreNotFoundWhateverTheMethod) {
    create(ada, QStringLiteral("Ada's"), kId1);
    expectError(get(path(kId1), bob.bearer()), 404, "not_found");
    expectError(put(path(kId1), body(QStringLiteral("Mine now")), ifMatch(bob, "\"1\"")), 404,
                "not_found");
    expectError(put(path(kId1), body(QStringLiteral("Mine now")), ifMatch(bob, "*")), 404,
                "not_found");
    expectError(patch(path(kId1) + "/default", bob.bearer()), 404, "not_found");
    expectError(del(path(kId1), bob.bearer()), 404, "not_found");
    // A create with Ada's id is a conflict that reveals nothing of her resume.
    const auto taken =
        post("/api/resumes", body(QStringLiteral("Ada's"), resumeDocument(), kId1), bob.bearer());
    expectError(taken, 409, "conflict");
    EXPECT_EQ(taken->body.find("Ada Lovelace"), std::string::npos);
    EXPECT_TRUE(errorDetails(taken).isEmpty());
    // Nothing of Ada's changed.
    const QJsonObject resume = jsonOf(get(path(kId1), ada.bearer())->body);
    EXPECT_EQ(resume.value(QStringLiteral("title")).toString(), QStringLiteral("Ada's"));
    EXPECT_EQ(resume.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_TRUE(resume.value(QStringLiteral("isDefault")).toBool());
    EXPECT_EQ(connect()->query("SELECT count(*) FROM resumes").integer(0, 0), 1);
}

TEST_F(Resumes, UnknownDeletedAndMalformedIdsAreNotFound) {
    create(ada, QStringLiteral("A"), kId1);
    ASSERT_EQ(del(path(kId1), ada.bearer())->status, 204);
    for (const std::string& id : {kId1, kId2, std::string("not-a-uuid"), std::string("x'--")}) {
        expectError(get(path(id), ada.bearer()), 404, "not_found");
        expectError(put(path(id), body(QStringLiteral("x")), ifMatch(ada, "*")), 404, "not_found");
        expectError(del(path(id), ada.bearer()), 404, "not_found");
        expectError(patch(path(id) + "/default", ada.bearer()), 404, "not_found");
    }
}

TEST_F(Resumes, RetryingACreateIsIdempotent) {
    const QJsonObject first = create(ada, QStringLiteral("CV"), kId1);
    const auto retry =
        post("/api/resumes", body(QStringLiteral("CV"), resumeDocument(), kId1), ada.bearer());
    ASSERT_TRUE(retry);
    EXPECT_EQ(retry->status, 200);
    EXPECT_EQ(jsonOf(retry->body), first);
    EXPECT_EQ(retry->get_header_value("ETag"), "\"1\"");
    EXPECT_EQ(connect()->query("SELECT count(*) FROM resumes").integer(0, 0), 1);
    EXPECT_EQ(connect()->query("SELECT count(*) FROM resume_changes").integer(0, 0), 1);
    // The same id with other content, or after a delete, is a conflict.
    expectError(
        post("/api/resumes", body(QStringLiteral("Other"), resumeDocument(), kId1), ada.bearer()),
        409, "conflict");
    ASSERT_EQ(del(path(kId1), ada.bearer())->status, 204);
    expectError(
        post("/api/resumes", body(QStringLiteral("CV"), resumeDocument(), kId1), ada.bearer()), 409,
        "conflict");
}

TEST_F(Resumes, RequestShapeProblemsAre422WithFieldsOr400) {
    const auto missing = post("/api/resumes", QJsonObject{}, ada.bearer());
    expectError(missing, 422, "validation_failed");
    const QJsonArray fields = errorDetails(missing).value(QStringLiteral("fields")).toArray();
    ASSERT_EQ(fields.size(), 2);
    EXPECT_EQ(fields[0].toObject().value(QStringLiteral("pointer")).toString(),
              QStringLiteral("/title"));
    EXPECT_EQ(fields[0].toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("field.required"));
    EXPECT_EQ(fields[1].toObject().value(QStringLiteral("pointer")).toString(),
              QStringLiteral("/data"));

    const auto wrongTypes = post("/api/resumes",
                                 {{QStringLiteral("title"), 5},
                                  {QStringLiteral("templateId"), true},
                                  {QStringLiteral("id"), 7},
                                  {QStringLiteral("data"), QJsonArray()}},
                                 ada.bearer());
    expectError(wrongTypes, 422, "validation_failed");
    const QJsonArray typeFields =
        errorDetails(wrongTypes).value(QStringLiteral("fields")).toArray();
    ASSERT_EQ(typeFields.size(), 4);
    for (const QJsonValue& field : typeFields)
        EXPECT_EQ(field.toObject().value(QStringLiteral("code")).toString(),
                  QStringLiteral("type.mismatch"));

    expectError(client->Post("/api/resumes", ada.bearer(), "[1]", "application/json"), 400,
                "bad_request");
    expectError(client->Post("/api/resumes", ada.bearer(), "{\"title\":", "application/json"), 400,
                "malformed_json");
    expectError(client->Post("/api/resumes", ada.bearer(), "title=x", "text/plain"), 415,
                "unsupported_media_type");
    // Half a surrogate pair has no UTF-8 form: refused, not mangled.
    expectError(client->Post("/api/resumes", ada.bearer(), R"({"title":"a\ud800","data":{}})",
                             "application/json"),
                422, "validation_failed");
    EXPECT_EQ(connect()->query("SELECT count(*) FROM resumes").integer(0, 0), 0);
}

TEST_F(Resumes, ErrorsInTheDocumentAre422WithEveryFindingAndNothingIsStored) {
    QJsonObject data = resumeDocument();
    data.insert(QStringLiteral("basics"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada")},
                            {QStringLiteral("email"), QStringLiteral("not an address")},
                            {QStringLiteral("url"), QString()}}); // a warning, reported too
    data.insert(QStringLiteral("education"),
                QJsonArray{QJsonObject{{QStringLiteral("institution"), QStringLiteral("X")},
                                       {QStringLiteral("startDate"), QStringLiteral("2021-02-30")},
                                       {QStringLiteral("endDate"), 2020}}});
    data.insert(QStringLiteral("x-raw"), QString(QStringLiteral("a") + QChar(0)));
    const auto result = post("/api/resumes", body(QStringLiteral("CV"), data), ada.bearer());
    expectError(result, 422, "validation_failed");
    std::map<QString, QString> codeAt;
    QStringList severities;
    for (const QJsonValue& value :
         errorDetails(result).value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        codeAt[finding.value(QStringLiteral("path")).toString()] =
            finding.value(QStringLiteral("code")).toString();
        severities.append(finding.value(QStringLiteral("severity")).toString());
        EXPECT_FALSE(finding.value(QStringLiteral("message")).toString().isEmpty());
    }
    EXPECT_EQ(codeAt[QStringLiteral("/basics/email")], QStringLiteral("email.invalid"));
    EXPECT_EQ(codeAt[QStringLiteral("/basics/url")], QStringLiteral("url.empty"));
    EXPECT_EQ(codeAt[QStringLiteral("/education/0/startDate")],
              QStringLiteral("date.not_on_calendar"));
    EXPECT_EQ(codeAt[QStringLiteral("/education/0/endDate")], QStringLiteral("type.mismatch"));
    EXPECT_EQ(codeAt[QStringLiteral("/x-raw")], QStringLiteral("text.invalid_characters"));
    EXPECT_TRUE(severities.contains(QStringLiteral("warning")));
    EXPECT_EQ(connect()->query("SELECT count(*) FROM resumes").integer(0, 0), 0);
    EXPECT_EQ(connect()->query("SELECT count(*) FROM resume_changes").integer(0, 0), 0);
}

TEST_F(Resumes, TheFreePlanAllowsThreeResumes) {
    for (const std::string& id : {kId1, kId2, kId3})
        create(ada, QStringLiteral("CV"), id);
    const auto fourth = post("/api/resumes", body(QStringLiteral("Fourth")), ada.bearer());
    expectError(fourth, 403, "plan.resume_limit_reached");
    EXPECT_EQ(errorDetails(fourth), (QJsonObject{{QStringLiteral("limit"), 3},
                                                 {QStringLiteral("usage"), 3},
                                                 {QStringLiteral("requested"), 1}}));
    // Retrying a create that went through still answers 200 at the limit.
    EXPECT_EQ(post("/api/resumes", body(QStringLiteral("CV"), resumeDocument(), kId1), ada.bearer())
                  ->status,
              200);
    const Account pro = signUp("pro@example.com", "pro");
    for (int i = 0; i < 4; ++i)
        create(pro, QStringLiteral("Pro CV"));
}

class ResumesUnderASectionCap : public Resumes {
protected:
    server::config::ServerConfig config() const override {
        server::config::ServerConfig c = Resumes::config();
        c.maxResumeSections = 14; // VITAE_MAX_RESUME_SECTIONS
        return c;
    }
};

TEST_F(ResumesUnderASectionCap, SectionCapsOfTheServerAndThePlanAre403) {
    const auto overPlan =
        post("/api/resumes", body(QStringLiteral("CV"), resumeDocument(13)), ada.bearer());
    expectError(overPlan, 403, "plan.section_limit_exceeded");
    EXPECT_EQ(errorDetails(overPlan).value(QStringLiteral("limit")).toInt(), 12); // free plan
    EXPECT_EQ(errorDetails(overPlan).value(QStringLiteral("usage")).toInt(), 13);

    const Account pro = signUp("pro@example.com", "pro");
    create(pro, QStringLiteral("CV"), kId1, resumeDocument(14));
    const auto overServer =
        put(path(kId1), body(QStringLiteral("CV"), resumeDocument(15)), ifMatch(pro, "\"1\""));
    expectError(overServer, 403, "plan.section_limit_exceeded");
    EXPECT_EQ(errorDetails(overServer).value(QStringLiteral("limit")).toInt(), 14);
}

// The product rule for downgrades (core::decideUpdateSections, decideUpdateTemplate): an
// account moved to a smaller plan may keep editing what it has, never add to it.
TEST_F(Resumes, ADowngradedAccountCanKeepEditingButNotAddMore) {
    const Account pro = signUp("pro@example.com", "pro");
    QJsonObject rich = body(QStringLiteral("Pro CV"), resumeDocument(15));
    rich.insert(QStringLiteral("templateId"), QStringLiteral("compact"));
    rich.insert(QStringLiteral("id"), QString::fromStdString(kId1));
    ASSERT_EQ(post("/api/resumes", rich, pro.bearer())->status, 201);
    connect()->query("UPDATE subscriptions SET plan_code = 'free' WHERE user_id = $1", {pro.id});

    rich.insert(QStringLiteral("title"), QStringLiteral("Still mine"));
    const auto kept = put(path(kId1), rich, ifMatch(pro, "\"1\""));
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->status, 200) << kept->body;
    QJsonObject fewer = body(QStringLiteral("Fewer"), resumeDocument(13));
    fewer.insert(QStringLiteral("templateId"), QStringLiteral("compact"));
    EXPECT_EQ(put(path(kId1), fewer, ifMatch(pro, "\"2\""))->status, 200);

    const auto more = put(path(kId1), rich, ifMatch(pro, "\"3\""));
    expectError(more, 403, "plan.section_limit_exceeded");
    EXPECT_EQ(errorDetails(more), (QJsonObject{{QStringLiteral("limit"), 12},
                                               {QStringLiteral("usage"), 13},
                                               {QStringLiteral("requested"), 15}}));
    QJsonObject switched = body(QStringLiteral("Switched"), resumeDocument(3));
    switched.insert(QStringLiteral("templateId"), QStringLiteral("classic"));
    EXPECT_EQ(put(path(kId1), switched, ifMatch(pro, "\"3\""))->status, 200);
    fewer.insert(QStringLiteral("data"), resumeDocument(3));
    expectError(put(path(kId1), fewer, ifMatch(pro, "\"4\"")), 403, "plan.template_not_allowed");
    // Creating meets every limit of the plan the account is on now.
    expectError(post("/api/resumes", body(QStringLiteral("New"), resumeDocument(13)), pro.bearer()),
                403, "plan.section_limit_exceeded");
    EXPECT_EQ(jsonOf(get(path(kId1), pro.bearer())->body).value(QStringLiteral("version")).toInt(),
              4);
}

TEST_F(Resumes, TemplatesOutsideTheFreePlanAre403) {
    QJsonObject compact = body(QStringLiteral("CV"));
    compact.insert(QStringLiteral("templateId"), QStringLiteral("compact"));
    const auto denied = post("/api/resumes", compact, ada.bearer());
    expectError(denied, 403, "plan.template_not_allowed");
    EXPECT_EQ(errorDetails(denied).value(QStringLiteral("templateId")).toString(),
              QStringLiteral("compact"));
    compact.insert(QStringLiteral("templateId"), QStringLiteral("modern"));
    EXPECT_EQ(jsonOf(post("/api/resumes", compact, ada.bearer())->body)
                  .value(QStringLiteral("templateId"))
                  .toString(),
              QStringLiteral("modern"));
    const Account pro = signUp("pro@example.com", "pro");
    compact.insert(QStringLiteral("templateId"), QStringLiteral("compact"));
    EXPECT_EQ(post("/api/resumes", compact, pro.bearer())->status, 201);
    compact.insert(QStringLiteral("templateId"), QStringLiteral("no-such-template"));
    const auto unknown = post("/api/resumes", compact, pro.bearer());
    expectError(unknown, 422, "validation_failed");
    EXPECT_EQ(errorDetails(unknown)
                  .value(QStringLiteral("fields"))
                  .toArray()[0]
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("template.unknown"));
}

TEST_F(Resumes, PutReplacesTheResumeWhenIfMatchIsCurrent) {
    const QJsonObject created = create(ada, QStringLiteral("CV"), kId1);
    expectError(put(path(kId1), body(QStringLiteral("New")), ada.bearer()), 428,
                "precondition_required");

    QJsonObject data = resumeDocument(4);
    const auto updated = put(path(kId1), body(QStringLiteral("New"), data), ifMatch(ada, "\"1\""));
    ASSERT_TRUE(updated);
    ASSERT_EQ(updated->status, 200) << updated->body;
    EXPECT_EQ(updated->get_header_value("ETag"), "\"2\"");
    const QJsonObject resume = jsonOf(updated->body);
    EXPECT_EQ(resume.value(QStringLiteral("version")).toInt(), 2);
    EXPECT_EQ(resume.value(QStringLiteral("title")).toString(), QStringLiteral("New"));
    EXPECT_EQ(resume.value(QStringLiteral("data")).toObject(), data);
    EXPECT_EQ(resume.value(QStringLiteral("createdAt")),
              created.value(QStringLiteral("createdAt")));
    EXPECT_GE(resume.value(QStringLiteral("updatedAt")).toString(),
              created.value(QStringLiteral("updatedAt")).toString());
    EXPECT_EQ(jsonOf(get(path(kId1), ada.bearer())->body), resume);

    const auto stale = put(path(kId1), body(QStringLiteral("Lost")), ifMatch(ada, "\"1\""));
    expectError(stale, 412, "version_mismatch");
    EXPECT_EQ(errorDetails(stale).value(QStringLiteral("current")).toObject(), resume);
    expectError(put(path(kId1), body(QStringLiteral("Weak")), ifMatch(ada, "W/\"2\"")), 412,
                "version_mismatch");
    EXPECT_EQ(put(path(kId1), body(QStringLiteral("Listed")), ifMatch(ada, "\"1\", \"2\""))->status,
              200);
    EXPECT_EQ(put(path(kId1), body(QStringLiteral("Any")), ifMatch(ada, "*"))->status, 200);
    expectError(put(path(kId1), body(QString()), ifMatch(ada, "*")), 422, "validation_failed");
}

TEST_F(Resumes, DeleteKeepsATombstoneAndHonoursIfMatch) {
    create(ada, QStringLiteral("CV"), kId1);
    expectError(del(path(kId1), ifMatch(ada, "\"5\"")), 412, "version_mismatch");
    const auto deleted = del(path(kId1), ifMatch(ada, "\"1\""));
    ASSERT_TRUE(deleted);
    EXPECT_EQ(deleted->status, 204);
    EXPECT_TRUE(deleted->body.empty());
    const auto row = connect()->query(
        "SELECT deleted_at IS NOT NULL, is_default, version FROM resumes WHERE id = $1", {kId1});
    ASSERT_EQ(row.rows(), 1);
    EXPECT_TRUE(row.boolean(0, 0));
    EXPECT_FALSE(row.boolean(0, 1));
    EXPECT_EQ(row.integer(0, 2), 2);
    expectError(del(path(kId1), ada.bearer()), 404, "not_found");
}

TEST_F(Resumes, DefaultsFollowTheLibraryRules) {
    // Ids chosen so that a tie in updatedAt (same millisecond) would pick the same resume.
    create(ada, QStringLiteral("A"), kId3);
    create(ada, QStringLiteral("B"), kId1);
    create(ada, QStringLiteral("C"), kId2);
    EXPECT_TRUE(isDefault(ada, kId3)); // the first
    EXPECT_FALSE(isDefault(ada, kId1));
    ASSERT_EQ(put(path(kId1), body(QStringLiteral("B2")), ifMatch(ada, "\"1\""))->status, 200);
    ASSERT_EQ(del(path(kId3), ada.bearer())->status, 204);
    EXPECT_TRUE(isDefault(ada, kId1)); // the most recently updated
    EXPECT_FALSE(isDefault(ada, kId2));
    ASSERT_EQ(del(path(kId2), ada.bearer())->status, 204);
    EXPECT_TRUE(isDefault(ada, kId1));
    ASSERT_EQ(del(path(kId1), ada.bearer())->status, 204);
    EXPECT_EQ(liveDefaults(ada), 0); // the last leaves none
    EXPECT_TRUE(create(ada, QStringLiteral("Again")).value(QStringLiteral("isDefault")).toBool());
}

TEST_F(Resumes, PatchDefaultMovesTheDefaultAndIsIdempotent) {
    create(ada, QStringLiteral("A"), kId1);
    create(ada, QStringLiteral("B"), kId2);
    const auto made = patch(path(kId2) + "/default", ada.bearer());
    ASSERT_TRUE(made);
    ASSERT_EQ(made->status, 200) << made->body;
    const QJsonObject resume = jsonOf(made->body);
    EXPECT_TRUE(resume.value(QStringLiteral("isDefault")).toBool());
    EXPECT_EQ(resume.value(QStringLiteral("version")).toInt(), 2);
    EXPECT_EQ(made->get_header_value("ETag"), "\"2\"");
    EXPECT_TRUE(resume.contains(QStringLiteral("data")));
    EXPECT_FALSE(isDefault(ada, kId1));
    const auto again = patch(path(kId2) + "/default", ada.bearer());
    EXPECT_EQ(again->status, 200);
    EXPECT_EQ(jsonOf(again->body), resume);
    EXPECT_EQ(liveDefaults(ada), 1);
}

TEST_F(Resumes, TwentyConcurrentDefaultChangesLeaveExactlyOneDefault) {
    const Account pro = signUp("pro@example.com", "pro");
    std::vector<std::string> ids;
    for (int i = 0; i < 20; ++i)
        ids.push_back(create(pro, QStringLiteral("CV %1").arg(i))
                          .value(QStringLiteral("id"))
                          .toString()
                          .toStdString());
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (const std::string& id : ids) {
        threads.emplace_back([&, id] {
            const auto own = newClient();
            const auto result =
                own->Patch((path(id) + "/default").c_str(), pro.bearer(), "", "application/json");
            if (result && result->status == 200)
                ++ok;
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(ok.load(), 20);
    EXPECT_EQ(liveDefaults(pro), 1);
    int defaults = 0;
    for (const QJsonValue& item :
         jsonOf(get("/api/resumes", pro.bearer())->body).value(QStringLiteral("items")).toArray())
        defaults += item.toObject().value(QStringLiteral("isDefault")).toBool() ? 1 : 0;
    EXPECT_EQ(defaults, 1);
}

// The plan's limit and the first-resume default are judged under the account's lock: ten
// creates at once into an empty free library give exactly the plan's three resumes, one of
// them the default, and the rest the plan's 403.
TEST_F(Resumes, ConcurrentCreatesStopAtThePlansLimitWithOneDefault) {
    constexpr int kCreates = 10;
    std::vector<int> statuses(kCreates, 0);
    std::vector<std::thread> threads;
    for (int i = 0; i < kCreates; ++i) {
        threads.emplace_back([&, i] {
            const auto own = newClient();
            const QJsonObject created = body(QStringLiteral("CV %1").arg(i));
            const auto result =
                own->Post("/api/resumes", ada.bearer(),
                          QJsonDocument(created).toJson(QJsonDocument::Compact).toStdString(),
                          "application/json");
            statuses[static_cast<std::size_t>(i)] = result ? result->status : -1;
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 201), 3);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 403), kCreates - 3);
    EXPECT_EQ(jsonOf(get("/api/resumes", ada.bearer())->body)
                  .value(QStringLiteral("items"))
                  .toArray()
                  .size(),
              3);
    EXPECT_EQ(liveDefaults(ada), 1);
}

TEST_F(Resumes, TwoConcurrentPutsWithOneIfMatchGiveOne200AndOne412) {
    create(ada, QStringLiteral("CV"), kId1);
    std::vector<int> statuses(2, 0);
    std::vector<std::thread> threads;
    for (int i = 0; i < 2; ++i) {
        threads.emplace_back([&, i] {
            const auto own = newClient();
            const QJsonObject edit = body(QStringLiteral("Writer %1").arg(i));
            const auto result =
                own->Put(path(kId1).c_str(), ifMatch(ada, "\"1\""),
                         QJsonDocument(edit).toJson(QJsonDocument::Compact).toStdString(),
                         "application/json");
            statuses[static_cast<std::size_t>(i)] = result ? result->status : -1;
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    std::sort(statuses.begin(), statuses.end());
    EXPECT_EQ(statuses, (std::vector<int>{200, 412}));
    EXPECT_EQ(jsonOf(get(path(kId1), ada.bearer())->body).value(QStringLiteral("version")).toInt(),
              2);
}

TEST_F(Resumes, TheDatabaseRefusesASecondDefaultEvenIfTheServerIsBypassed) {
    create(ada, QStringLiteral("A"), kId1);
    create(ada, QStringLiteral("B"), kId2);
    EXPECT_EQ(sqlstateOf([&] {
                  connect()->query("UPDATE resumes SET is_default = true WHERE id = $1", {kId2});
              }),
              "23505");
}

} // namespace
} // namespace vitae::test
