// The database keeps its own integrity when the server is bypassed (plain SQL): one live
// default resume per user, no plan without limits at commit, no orphaning delete of limits,
// case-insensitive unique e-mail addresses, and the seed plans.
#include "adapters/postgres/change_log.h"
#include "postgres_test.h"

#include <stdexcept>

namespace vitae::test {
namespace {

constexpr const char* kUniqueViolation = "23505";
constexpr const char* kIntegrityViolation = "23000";
constexpr const char* kAResume = "00000000-0000-4000-8000-00000000000a";

class Schema : public MigratedPostgresTest {
protected:
    void insertResume(const std::string& user, bool isDefault) {
        db->query("INSERT INTO resumes (id, user_id, title, data, is_default) "
                  "VALUES (gen_random_uuid(), $1, 'CV', '{}', $2)",
                  {user, isDefault ? "true" : "false"});
    }

    std::int64_t count(const std::string& sql) { return db->query(sql).integer(0, 0); }
};

TEST_F(Schema, SecondLiveDefaultIsRejected) {
    const std::string ada = newUser("ada@example.com");
    insertResume(ada, true);
    insertResume(ada, false);
    EXPECT_EQ(sqlstateOf([&] { insertResume(ada, true); }), kUniqueViolation);
    EXPECT_EQ(sqlstateOf([&] {
                  db->query("UPDATE resumes SET is_default = true WHERE user_id = $1", {ada});
              }),
              kUniqueViolation);
}

TEST_F(Schema, DefaultsOfOtherUsersAndTombstonesDoNotCount) {
    const std::string ada = newUser("ada@example.com");
    const std::string bob = newUser("bob@example.com");
    insertResume(ada, true);
    insertResume(bob, true);
    db->query("UPDATE resumes SET is_default = false, deleted_at = now() WHERE user_id = $1",
              {ada});
    insertResume(ada, true);
    EXPECT_EQ(count("SELECT count(*) FROM resumes WHERE is_default"), 2);
}

TEST_F(Schema, TombstoneCannotBeTheDefault) {
    const std::string ada = newUser("ada@example.com");
    insertResume(ada, true);
    EXPECT_EQ(sqlstateOf([&] { db->query("UPDATE resumes SET deleted_at = now()"); }), "23514");
}

TEST_F(Schema, PlanWithoutLimitsIsRejectedAtCommit) {
    db->script("BEGIN");
    // The trigger is deferred: inside the transaction the plan may wait for its limits.
    EXPECT_EQ(
        sqlstateOf([&] { db->query("INSERT INTO plans (code, name) VALUES ('team', 'Team')"); }),
        "");
    EXPECT_EQ(sqlstateOf([&] { db->script("COMMIT"); }), kIntegrityViolation);
    EXPECT_EQ(count("SELECT count(*) FROM plans WHERE code = 'team'"), 0);
}

TEST_F(Schema, PlanWithItsLimitsInOneTransactionIsAccepted) {
    db->script("BEGIN;"
               "INSERT INTO plans (code, name) VALUES ('team', 'Team');"
               "INSERT INTO plan_limits (plan_code, max_resumes) VALUES ('team', 50);"
               "COMMIT");
    EXPECT_EQ(count("SELECT max_resumes FROM plan_limits WHERE plan_code = 'team'"), 50);
}

TEST_F(Schema, DeletingTheLimitsOfAnExistingPlanIsRejected) {
    EXPECT_EQ(sqlstateOf([&] { db->query("DELETE FROM plan_limits WHERE plan_code = 'pro'"); }),
              kIntegrityViolation);
    EXPECT_EQ(count("SELECT count(*) FROM plan_limits WHERE plan_code = 'pro'"), 1);
}

TEST_F(Schema, ReplacingLimitsInOneTransactionIsAccepted) {
    db->script("BEGIN;"
               "DELETE FROM plan_limits WHERE plan_code = 'pro';"
               "INSERT INTO plan_limits (plan_code, max_resumes) VALUES ('pro', 1000);"
               "COMMIT");
    EXPECT_EQ(count("SELECT max_resumes FROM plan_limits WHERE plan_code = 'pro'"), 1000);
}

TEST_F(Schema, DeletingAPlanTakesItsLimitsAlong) {
    db->script("BEGIN;"
               "INSERT INTO plans (code, name) VALUES ('trial', 'Trial');"
               "INSERT INTO plan_limits (plan_code) VALUES ('trial');"
               "COMMIT");
    db->query("DELETE FROM plans WHERE code = 'trial'");
    EXPECT_EQ(count("SELECT count(*) FROM plan_limits WHERE plan_code = 'trial'"), 0);
}

TEST_F(Schema, PlanInUseCannotBeDeleted) {
    const std::string ada = newUser("ada@example.com");
    db->query("INSERT INTO subscriptions (user_id, plan_code) VALUES ($1, 'pro')", {ada});
    EXPECT_EQ(sqlstateOf([&] { db->query("DELETE FROM plans WHERE code = 'pro'"); }), "23503");
}

TEST_F(Schema, EmailsAreUniqueIgnoringCase) {
    newUser("Ada@Example.com");
    EXPECT_EQ(sqlstateOf([&] { newUser("ada@example.COM"); }), kUniqueViolation);
}

TEST_F(Schema, SeedPlansHaveTheirDocumentedLimits) {
    const auto free = db->query("SELECT max_resumes, max_sections_per_resume, "
                                "max_exports_per_day FROM plan_limits WHERE plan_code = 'free'");
    ASSERT_EQ(free.rows(), 1);
    EXPECT_EQ(free.integer(0, 0), 3);
    EXPECT_EQ(free.integer(0, 1), 12);
    EXPECT_EQ(free.integer(0, 2), 5);
    const auto pro = db->query("SELECT max_resumes, allowed_templates FROM plan_limits "
                               "WHERE plan_code = 'pro'");
    ASSERT_EQ(pro.rows(), 1);
    EXPECT_TRUE(pro.isNull(0, 0)); // unlimited
    EXPECT_TRUE(pro.isNull(0, 1)); // every template
}

TEST_F(Schema, NegativeLimitsAreRejected) {
    EXPECT_EQ(sqlstateOf([&] {
                  db->query("UPDATE plan_limits SET max_resumes = -1 WHERE plan_code = 'free'");
              }),
              "23514");
}

// A change logged for an account that does not exist would be a change no device could ever
// sync: the write fails (and its transaction with it) instead.
TEST_F(Schema, LoggingAChangeForNoAccountThrows) {
    const std::string ada = newUser("ada@example.com");
    server::pg::appendChange(*db, ada, kAResume, 1, false);
    EXPECT_THROW(
        server::pg::appendChange(*db, "00000000-0000-4000-8000-0000000000ff", kAResume, 1, false),
        std::logic_error);
    EXPECT_EQ(count("SELECT count(*) FROM resume_changes"), 1);
}

} // namespace
} // namespace vitae::test
