// `vitae-server users grant-admin EMAIL` as operators run it: the real binary against a real
// PostgreSQL, the role it gives and the admin_granted event it leaves in system_logs (and on
// stdout) for an audit to find.
#include "postgres_test.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

namespace vitae::test {
namespace {

struct ProcessRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class GrantAdmin : public MigratedPostgresTest {
protected:
    void SetUp() override {
        MigratedPostgresTest::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        userId = newUser("Ada@Example.com");
    }

    // The server binary with this test's environment (the PG* variables) and its database.
    ProcessRun grantAdmin(const QString& email) const {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("VITAE_DATABASE_URL"),
                           QString::fromStdString(conninfo()));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(VITAE_SERVER_PATH),
                      {QStringLiteral("users"), QStringLiteral("grant-admin"), email});
        EXPECT_TRUE(process.waitForFinished(30000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    std::int64_t grantsRecorded() {
        return db->query("SELECT count(*) FROM system_logs WHERE event = 'admin_granted'")
            .integer(0, 0);
    }

    std::string userId;
};

TEST_F(GrantAdmin, MakesTheAccountAnAdminAndRecordsItInSystemLogs) {
    const ProcessRun run = grantAdmin(QStringLiteral("ada@example.com"));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("is now an admin"))) << run.err.toStdString();
    EXPECT_EQ(db->query("SELECT role FROM users WHERE id = $1", {userId}).text(0, 0), "admin");

    const auto event = db->query("SELECT level, user_id::text, details->>'email' "
                                 "FROM system_logs WHERE event = 'admin_granted'");
    ASSERT_EQ(event.rows(), 1);
    EXPECT_EQ(event.text(0, 0), "info");
    EXPECT_EQ(event.text(0, 1), userId);
    EXPECT_EQ(event.text(0, 2), "Ada@Example.com");
    bool logged = false;
    for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject json = QJsonDocument::fromJson(line.toUtf8()).object();
        if (json.value(QStringLiteral("event")).toString() == QStringLiteral("admin_granted")) {
            EXPECT_EQ(json.value(QStringLiteral("userId")).toString().toStdString(), userId);
            logged = true;
        }
    }
    EXPECT_TRUE(logged) << run.out.toStdString();
}

TEST_F(GrantAdmin, AnUnknownAddressFailsAndRecordsNothing) {
    const ProcessRun run = grantAdmin(QStringLiteral("ghost@example.com"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("ghost@example.com"))) << run.err.toStdString();
    EXPECT_EQ(grantsRecorded(), 0);
    EXPECT_EQ(db->query("SELECT count(*) FROM users WHERE role = 'admin'").integer(0, 0), 0);
}

} // namespace
} // namespace vitae::test
