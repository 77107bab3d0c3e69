// The desktop's local store on real SQLite files: schema, library rules, sync metadata,
// settings, durability when the writing process is killed mid-save, and processes that
// write at the same time.
// The store's private parts (transactions, migrations) are tested here too, through the
// store's source folder, which this test alone has among its include folders.
#include "migrations.h"
#include "sql_script.h"
#include "test_support.h"
#include "transaction.h"

#include <vitae/desktop/local_store.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <memory>
#include <vector>

namespace vitae::desktop {
namespace {

const QDateTime kStart(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

class LocalStoreTest : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        store_ = openStore();
        ASSERT_NE(store_, nullptr);
    }

    std::unique_ptr<LocalStore> openStore() {
        QString error;
        auto store = LocalStore::open(path(), clock_, &error);
        EXPECT_NE(store, nullptr) << error.toStdString();
        return store;
    }

    QString path() const { return dir_.filePath(QStringLiteral("nested/library.sqlite")); }

    StoredResume create(const QString& title) {
        clock_.advanceMs(1000);
        const auto created = store_->create(
            {title, QStringLiteral("classic"), QByteArray(R"({"basics":{"name":"Jo"}})"), {}});
        EXPECT_TRUE(created) << store_->lastError().toStdString();
        return created.value_or(StoredResume{});
    }

    QString defaultId() const {
        const auto found = store_->defaultResume();
        return found ? found->id : QString();
    }

    QTemporaryDir dir_;
    core::ManualClock clock_{kStart};
    std::unique_ptr<LocalStore> store_;
};

TEST_F(LocalStoreTest, CreatesItsFolderAndTheLatestSchema) {
    EXPECT_TRUE(QFileInfo::exists(path()));
    EXPECT_EQ(store_->schemaVersion(), 1);
    EXPECT_TRUE(store_->list().isEmpty());
}

TEST_F(LocalStoreTest, UsesWriteAheadLogging) {
    QSqlDatabase database =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    database.setDatabaseName(path());
    ASSERT_TRUE(database.open());
    QSqlQuery query(database);
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
    query = QSqlQuery();
    database.close();
    database = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

TEST_F(LocalStoreTest, ReopeningKeepsDataAndDoesNotMigrateAgain) {
    const StoredResume created = create(QStringLiteral("Backend"));
    store_.reset();
    store_ = openStore();
    ASSERT_NE(store_, nullptr);
    EXPECT_EQ(store_->schemaVersion(), 1);
    ASSERT_EQ(store_->list().size(), 1);
    EXPECT_EQ(store_->list().front().title, QStringLiteral("Backend"));
    EXPECT_EQ(store_->find(created.id)->data, created.data);
}

TEST_F(LocalStoreTest, RefusesAStoreFromANewerVitae) {
    store_.reset();
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        database.setDatabaseName(path());
        ASSERT_TRUE(database.open());
        QSqlQuery(database).exec(QStringLiteral("PRAGMA user_version = 99"));
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    QString error;
    EXPECT_EQ(LocalStore::open(path(), clock_, &error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("99"))) << error.toStdString();
}

TEST_F(LocalStoreTest, UnusablePathGivesAReason) {
    QString error;
    EXPECT_EQ(LocalStore::open(QStringLiteral("/proc/vitae/library.sqlite"), clock_, &error),
              nullptr);
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(LocalStoreTest, NewResumeIsDirtyUnsyncedAndTimestamped) {
    const StoredResume created = create(QStringLiteral("Backend"));
    EXPECT_EQ(created.title, QStringLiteral("Backend"));
    EXPECT_EQ(created.templateId, QStringLiteral("classic"));
    EXPECT_TRUE(created.dirty);
    EXPECT_FALSE(created.serverVersion);
    EXPECT_FALSE(created.deletedAt);
    EXPECT_EQ(created.createdAt, clock_.now());
    EXPECT_EQ(created.updatedAt, clock_.now());
    EXPECT_EQ(created.id.size(), 36); // a UUID
}

TEST_F(LocalStoreTest, ClientChosenIdIsKeptAndCannotRepeat) {
    const QString id = QStringLiteral("6f1c1e6e-2c7a-4a55-9c1e-0b7d6f0c9a11");
    ASSERT_TRUE(store_->create({QStringLiteral("A"), QStringLiteral("classic"), "{}", id}));
    EXPECT_EQ(store_->find(id)->title, QStringLiteral("A"));
    EXPECT_FALSE(store_->create({QStringLiteral("B"), QStringLiteral("classic"), "{}", id}));
    EXPECT_FALSE(store_->lastError().isEmpty());
    EXPECT_EQ(store_->list().size(), 1);
}

TEST_F(LocalStoreTest, FirstResumeIsTheDefaultAndOnlyTheFirst) {
    const StoredResume first = create(QStringLiteral("First"));
    const StoredResume second = create(QStringLiteral("Second"));
    EXPECT_TRUE(first.isDefault);
    EXPECT_FALSE(second.isDefault);
    EXPECT_EQ(defaultId(), first.id);
}

TEST_F(LocalStoreTest, MakeDefaultMovesItAndIsIdempotent) {
    const StoredResume first = create(QStringLiteral("First"));
    const StoredResume second = create(QStringLiteral("Second"));
    ASSERT_TRUE(store_->makeDefault(second.id));
    ASSERT_TRUE(store_->makeDefault(second.id));
    EXPECT_EQ(defaultId(), second.id);
    EXPECT_FALSE(store_->find(first.id)->isDefault);
    EXPECT_FALSE(store_->makeDefault(QStringLiteral("missing")));
    EXPECT_EQ(defaultId(), second.id); // a refused change leaves the default alone
}

TEST_F(LocalStoreTest, DeletingTheDefaultPromotesTheMostRecentlyUpdated) {
    const StoredResume first = create(QStringLiteral("First"));
    const StoredResume second = create(QStringLiteral("Second"));
    const StoredResume third = create(QStringLiteral("Third"));
    clock_.advanceMs(1000);
    ASSERT_TRUE(store_->rename(second.id, QStringLiteral("Second, edited")));
    ASSERT_TRUE(store_->remove(first.id));
    EXPECT_EQ(defaultId(), second.id);
    ASSERT_TRUE(store_->remove(third.id));
    EXPECT_EQ(defaultId(), second.id); // not the default: nothing moves
    ASSERT_TRUE(store_->remove(second.id));
    EXPECT_EQ(defaultId(), QString()); // the last one leaves none
}

TEST_F(LocalStoreTest, DeleteLeavesATombstoneAndRestoreUndoesIt) {
    const StoredResume first = create(QStringLiteral("First"));
    const StoredResume second = create(QStringLiteral("Second"));
    ASSERT_TRUE(store_->remove(second.id));
    EXPECT_EQ(store_->list().size(), 1);
    const QList<StoredResume> all = store_->list(true);
    ASSERT_EQ(all.size(), 2);
    const StoredResume tombstone = *store_->find(second.id);
    EXPECT_TRUE(tombstone.deletedAt);
    EXPECT_TRUE(tombstone.dirty);
    EXPECT_FALSE(store_->remove(second.id)); // already gone
    EXPECT_FALSE(store_->saveData(second.id, "{}"));

    const auto restored = store_->restore(second.id);
    ASSERT_TRUE(restored);
    EXPECT_FALSE(restored->deletedAt);
    EXPECT_FALSE(restored->isDefault);
    EXPECT_EQ(defaultId(), first.id);
    EXPECT_FALSE(store_->restore(second.id)); // not deleted any more
}

TEST_F(LocalStoreTest, RestoringIntoALibraryWithoutDefaultMakesItTheDefault) {
    const StoredResume only = create(QStringLiteral("Only"));
    ASSERT_TRUE(store_->remove(only.id));
    ASSERT_TRUE(store_->restore(only.id));
    EXPECT_EQ(defaultId(), only.id);
}

TEST_F(LocalStoreTest, EditsUpdateTimeAndDirtyFlag) {
    const StoredResume created = create(QStringLiteral("Backend"));
    clock_.advanceMs(5000);
    const auto saved = store_->saveData(created.id, R"({"basics":{"name":"Jo Doe"}})");
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->data, QByteArray(R"({"basics":{"name":"Jo Doe"}})"));
    EXPECT_EQ(saved->updatedAt, clock_.now());
    EXPECT_EQ(saved->createdAt, created.createdAt);
    EXPECT_EQ(saved->templateId, QStringLiteral("classic")); // no template given: kept
    EXPECT_EQ(store_->saveData(created.id, "{}", QStringLiteral("compact"))->templateId,
              QStringLiteral("compact"));
    EXPECT_EQ(store_->setTemplate(created.id, QStringLiteral("modern"))->templateId,
              QStringLiteral("modern"));
    EXPECT_FALSE(store_->rename(QStringLiteral("missing"), QStringLiteral("x")));
}

TEST_F(LocalStoreTest, ListsWithoutDataLeaveTheDocumentsOut) {
    const StoredResume created = create(QStringLiteral("A"));
    const QList<StoredResume> light = store_->list(false, LocalStore::Content::WithoutData);
    ASSERT_EQ(light.size(), 1);
    EXPECT_TRUE(light.front().data.isEmpty());
    EXPECT_EQ(light.front().title, QStringLiteral("A"));
    EXPECT_TRUE(light.front().isDefault);
    EXPECT_EQ(store_->list().front().data, created.data);
}

TEST_F(LocalStoreTest, ListsMostRecentlyUpdatedFirst) {
    const StoredResume a = create(QStringLiteral("A"));
    const StoredResume b = create(QStringLiteral("B"));
    clock_.advanceMs(1000);
    store_->rename(a.id, QStringLiteral("A2"));
    const QList<StoredResume> live = store_->list();
    ASSERT_EQ(live.size(), 2);
    EXPECT_EQ(live[0].id, a.id);
    EXPECT_EQ(live[1].id, b.id);
}

TEST_F(LocalStoreTest, DuplicateCopiesDataButNotTheDefault) {
    const StoredResume original = create(QStringLiteral("Original"));
    const auto copy = store_->duplicate(original.id, QStringLiteral("Original (copy)"));
    ASSERT_TRUE(copy);
    EXPECT_NE(copy->id, original.id);
    EXPECT_EQ(copy->data, original.data);
    EXPECT_EQ(copy->templateId, original.templateId);
    EXPECT_FALSE(copy->isDefault);
    EXPECT_FALSE(store_->duplicate(QStringLiteral("missing"), QStringLiteral("x")));
}

TEST_F(LocalStoreTest, UnicodeSurvives) {
    const QByteArray data = R"({"basics":{"name":"李小龍 🥋 Ærøskøbing"}})";
    const StoredResume created = create(QStringLiteral("Résumé – 履歴書"));
    ASSERT_TRUE(store_->saveData(created.id, data));
    EXPECT_EQ(store_->find(created.id)->data, data);
    EXPECT_EQ(store_->find(created.id)->title, QStringLiteral("Résumé – 履歴書"));
}

TEST_F(LocalStoreTest, SettingsRoundTripAndOverwrite) {
    EXPECT_FALSE(store_->setting(QStringLiteral("lastOpened")));
    ASSERT_TRUE(store_->setSetting(QStringLiteral("lastOpened"), QStringLiteral("a")));
    ASSERT_TRUE(store_->setSetting(QStringLiteral("lastOpened"), QStringLiteral("b")));
    EXPECT_EQ(store_->setting(QStringLiteral("lastOpened")), QStringLiteral("b"));
}

TEST_F(LocalStoreTest, TheDatabaseItselfAllowsOneLiveDefault) {
    const StoredResume first = create(QStringLiteral("First"));
    const StoredResume second = create(QStringLiteral("Second"));
    QSqlDatabase database =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    database.setDatabaseName(path());
    ASSERT_TRUE(database.open());
    {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("UPDATE resumes SET is_default = 1 WHERE id = ?"));
        query.addBindValue(second.id);
        EXPECT_FALSE(query.exec()) << "a second default must be rejected by the schema";
    }
    database.close();
    database = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    EXPECT_EQ(defaultId(), first.id);
}

// The store's own connection, found by the name LocalStore gives it: a test that holds a
// transaction open on it makes the store's next BEGIN fail.
QSqlDatabase storeConnection() {
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1StringView("vitae-store-")))
            return QSqlDatabase::database(name);
    }
    return {};
}

TEST_F(LocalStoreTest, ADeleteThatCannotBeginChangesNothingAndSaysWhy) {
    const StoredResume first = create(QStringLiteral("First"));
    const StoredResume second = create(QStringLiteral("Second"));
    QSqlDatabase connection = storeConnection();
    ASSERT_TRUE(connection.isOpen());
    ASSERT_TRUE(QSqlQuery(connection).exec(QStringLiteral("BEGIN")));

    EXPECT_FALSE(store_->remove(first.id));
    EXPECT_FALSE(store_->lastError().isEmpty());

    // Whatever the failed delete ran would be committed with the test's transaction.
    ASSERT_TRUE(QSqlQuery(connection).exec(QStringLiteral("COMMIT")));
    EXPECT_FALSE(store_->find(first.id)->deletedAt);
    EXPECT_EQ(defaultId(), first.id);
    EXPECT_FALSE(store_->find(second.id)->isDefault);
}

TEST_F(LocalStoreTest, ChangesThatCannotBeginSayWhy) {
    const StoredResume first = create(QStringLiteral("First"));
    const StoredResume second = create(QStringLiteral("Second"));
    ASSERT_TRUE(store_->remove(second.id));
    QSqlDatabase connection = storeConnection();
    ASSERT_TRUE(QSqlQuery(connection).exec(QStringLiteral("BEGIN")));
    const auto refusedWithAReason = [this](bool changed) {
        EXPECT_FALSE(changed);
        EXPECT_FALSE(store_->lastError().isEmpty());
    };
    refusedWithAReason(
        store_->create({QStringLiteral("Third"), QStringLiteral("classic"), "{}", {}}).has_value());
    refusedWithAReason(store_->makeDefault(first.id).has_value());
    refusedWithAReason(store_->restore(second.id).has_value());
    ASSERT_TRUE(QSqlQuery(connection).exec(QStringLiteral("ROLLBACK")));
}

// A bare SQLite file, for the store's transactions and migrations on their own.
class SqliteFileTest : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        database_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        database_.setDatabaseName(dir_.filePath(QStringLiteral("test.sqlite")));
        ASSERT_TRUE(database_.open());
    }
    void TearDown() override {
        database_.close();
        database_ = QSqlDatabase();
        QSqlDatabase::removeDatabase(kConnection);
    }

    bool run(const QString& sql) { return QSqlQuery(database_).exec(sql); }
    // The first column of the first row; invalid when the query fails or has no row.
    QVariant value(const QString& sql) {
        QSqlQuery query(database_);
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

    const QString kConnection = QStringLiteral("sqlite-file-test");
    QTemporaryDir dir_;
    QSqlDatabase database_;
};

class WriteTransactionTest : public SqliteFileTest {
protected:
    void SetUp() override {
        SqliteFileTest::SetUp();
        ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    }
    int rows() { return value(QStringLiteral("SELECT count(*) FROM t")).toInt(); }
};

TEST_F(WriteTransactionTest, CommitKeepsAndDestructionRollsBack) {
    {
        detail::WriteTransaction transaction(database_);
        ASSERT_TRUE(transaction.isOpen()) << transaction.error().toStdString();
        ASSERT_TRUE(run(QStringLiteral("INSERT INTO t VALUES (1)")));
        EXPECT_TRUE(transaction.commit());
        EXPECT_FALSE(transaction.isOpen());
    }
    {
        detail::WriteTransaction transaction(database_);
        ASSERT_TRUE(transaction.isOpen());
        ASSERT_TRUE(run(QStringLiteral("INSERT INTO t VALUES (2)")));
    }
    EXPECT_EQ(rows(), 1);
}

TEST_F(WriteTransactionTest, OneThatNeverBeganDoesNotCommit) {
    ASSERT_TRUE(run(QStringLiteral("BEGIN")));
    detail::WriteTransaction transaction(database_);
    EXPECT_FALSE(transaction.isOpen());
    EXPECT_FALSE(transaction.error().isEmpty());
    EXPECT_FALSE(transaction.commit());
    ASSERT_TRUE(run(QStringLiteral("ROLLBACK")));
}

TEST_F(WriteTransactionTest, TakesTheWriteLockAtBegin) {
    detail::WriteTransaction transaction(database_);
    ASSERT_TRUE(transaction.isOpen());
    const QString otherConnection = kConnection + QStringLiteral("-other");
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), otherConnection);
    other.setDatabaseName(database_.databaseName());
    other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    ASSERT_TRUE(other.open());
    EXPECT_FALSE(QSqlQuery(other).exec(QStringLiteral("INSERT INTO t VALUES (3)")));
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(otherConnection);
}

// --- migrations ------------------------------------------------------------------------

TEST(SqlStatements, SplitsAtEachSemicolonBetweenStatements) {
    EXPECT_EQ(detail::sqlStatements(QStringLiteral("CREATE TABLE a (x);\n\n"
                                                   "-- a comment; with a semicolon\n"
                                                   "CREATE TABLE b (y); ;\n")),
              QStringList({QStringLiteral("CREATE TABLE a (x)"),
                           QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE b (y)")}));
    EXPECT_EQ(detail::sqlStatements(QStringLiteral("  -- nothing to do\n")), QStringList());
}

TEST(SqlStatements, ALiteralMayHoldSemicolonsAndDashes) {
    const QString insert =
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('a;b', 'c -- d; it''s')");
    EXPECT_EQ(detail::sqlStatements(insert + QStringLiteral(";\nDELETE FROM settings;")),
              QStringList({insert, QStringLiteral("DELETE FROM settings")}));
}

TEST(SqlStatements, QuotedNamesAndBlockCommentsMayHoldSemicolons) {
    const QString create =
        QStringLiteral("CREATE TABLE \"a;b\" ([c;d] TEXT, `e;f` TEXT /* g; -- h */, end_of TEXT)");
    EXPECT_EQ(detail::sqlStatements(create + QStringLiteral(";\nSELECT 1;")),
              QStringList({create, QStringLiteral("SELECT 1")}));
}

TEST(SqlStatements, ATriggerBodyIsPartOfItsStatement) {
    const QString trigger = QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS touch\n"
                                           "AFTER UPDATE ON resumes BEGIN\n"
                                           "    UPDATE resumes SET dirty = 1 WHERE id = new.id;\n"
                                           "    SELECT 'end;';\n"
                                           "END");
    EXPECT_EQ(detail::sqlStatements(trigger + QStringLiteral(";\nCREATE TABLE t (x);")),
              QStringList({trigger, QStringLiteral("CREATE TABLE t (x)")}));
}

TEST(SqlStatements, AScriptEndingInsideAStatementIsRefused) {
    const QString unfinishedTrigger =
        QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  DELETE FROM a;\n");
    for (const QString& script : {QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y)"),
                                  QStringLiteral("INSERT INTO a VALUES ('x;);\n"),
                                  QStringLiteral("SELECT 1; /* not closed;"),
                                  QStringLiteral("SELECT [a;"), unfinishedTrigger}) {
        EXPECT_EQ(detail::sqlStatements(script), std::nullopt) << script.toStdString();
    }
}

class MigrationTest : public SqliteFileTest {};

TEST_F(MigrationTest, AppliesLiteralsAndTriggersWhole) {
    const detail::Migrations migrations = {
        {1, QStringLiteral("CREATE TABLE notes (text TEXT, edits INTEGER DEFAULT 0);\n"
                           "CREATE TRIGGER count_edits AFTER UPDATE OF text ON notes BEGIN\n"
                           "    UPDATE notes SET edits = edits + 1 WHERE rowid = new.rowid;\n"
                           "END;\n"
                           "INSERT INTO notes (text) VALUES ('one; -- two');\n")}};
    QString error;
    ASSERT_TRUE(detail::migrate(database_, migrations, &error)) << error.toStdString();
    EXPECT_EQ(detail::schemaVersion(database_), 1);
    EXPECT_EQ(value(QStringLiteral("SELECT text FROM notes")).toString(),
              QStringLiteral("one; -- two"));
    ASSERT_TRUE(run(QStringLiteral("UPDATE notes SET text = 'three'")));
    EXPECT_EQ(value(QStringLiteral("SELECT edits FROM notes")).toInt(), 1);
}

TEST_F(MigrationTest, AFailedMigrationIsRolledBackAndItsVersionNotRecorded) {
    detail::Migrations migrations = {
        {1, QStringLiteral("CREATE TABLE a (x);")},
        {2, QStringLiteral("CREATE TABLE b (y);\nINSERT INTO missing VALUES (1);")}};
    QString error;
    EXPECT_FALSE(detail::migrate(database_, migrations, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("migration 2"))) << error.toStdString();
    EXPECT_EQ(detail::schemaVersion(database_), 1);
    EXPECT_TRUE(run(QStringLiteral("SELECT x FROM a")));
    EXPECT_FALSE(run(QStringLiteral("SELECT y FROM b")));

    migrations[2] = QStringLiteral("CREATE TABLE b (y);");
    ASSERT_TRUE(detail::migrate(database_, migrations, &error)) << error.toStdString();
    EXPECT_EQ(detail::schemaVersion(database_), 2);
}

TEST_F(MigrationTest, AnUnfinishedScriptAppliesNothing) {
    QString error;
    EXPECT_FALSE(detail::migrate(
        database_, {{1, QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y)")}}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("migration 1"))) << error.toStdString();
    EXPECT_EQ(detail::schemaVersion(database_), 0);
    EXPECT_FALSE(run(QStringLiteral("SELECT x FROM a")));
}

// --- a writer killed mid-save -----------------------------------------------------------

qint64 lastAcknowledgedSave(const QByteArray& output) {
    qint64 last = 0;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("saved "))
            last = line.mid(6).toLongLong();
    }
    return last;
}

TEST(LocalStoreDurability, AKilledSaveLeavesTheLastCommittedState) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    for (int round = 0; round < 3; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(VITAE_STORE_WRITER), {path});
        ASSERT_TRUE(writer.waitForStarted());
        QByteArray output;
        // Let it commit a few saves, then kill it without warning, mid-transaction or not.
        while (lastAcknowledgedSave(output) < 5 + round * 3) {
            ASSERT_TRUE(writer.waitForReadyRead(20'000))
                << writer.readAllStandardError().toStdString();
            output += writer.readAllStandardOutput();
        }
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        writer.waitForFinished();
        output += writer.readAllStandardOutput();
        const qint64 acknowledged = lastAcknowledgedSave(output);

        core::SystemClock clock;
        QString error;
        auto store = LocalStore::open(path, clock, &error);
        ASSERT_NE(store, nullptr) << error.toStdString();
        const QList<StoredResume> live = store->list();
        ASSERT_FALSE(live.isEmpty());
        // Every round's writer adds its resume; the newest is this round's.
        const QJsonObject document = QJsonDocument::fromJson(live.front().data).object();
        ASSERT_FALSE(document.isEmpty())
            << "a torn document: " << live.front().data.left(80).toStdString();
        EXPECT_GE(document.value(QStringLiteral("counter")).toInteger(), acknowledged);
        EXPECT_EQ(document.value(QStringLiteral("padding")).toString().size(), 256 * 1024);
    }
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        database.setDatabaseName(path);
        ASSERT_TRUE(database.open());
        QSqlQuery query(database);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        EXPECT_EQ(query.value(0).toString(), QStringLiteral("ok"));
        query = QSqlQuery();
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

// --- two processes writing at once ---------------------------------------------------

// Runs store_writer_process --library-changes in several processes at once; each must
// finish without an error.
void changeTheLibraryFromProcesses(const QString& path, int processes, int rounds) {
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 0; i < processes; ++i) {
        writers.push_back(std::make_unique<QProcess>());
        writers.back()->start(QStringLiteral(VITAE_STORE_WRITER),
                              {path, QStringLiteral("--library-changes"), QString::number(rounds)});
    }
    for (const auto& writer : writers) {
        ASSERT_TRUE(writer->waitForFinished(60'000));
        EXPECT_EQ(writer->exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(writer->exitCode(), 0) << writer->readAllStandardError().toStdString();
    }
}

TEST(LocalStoreConcurrency, ProcessesChangingTheLibraryAtOnceWaitForEachOther) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    core::SystemClock clock;
    ASSERT_NE(LocalStore::open(path, clock), nullptr); // the schema exists before they start
    constexpr int kProcesses = 2;
    constexpr int kRounds = 40;
    changeTheLibraryFromProcesses(path, kProcesses, kRounds);

    auto store = LocalStore::open(path, clock);
    ASSERT_NE(store, nullptr);
    const QList<StoredResume> live = store->list(false, LocalStore::Content::WithoutData);
    EXPECT_EQ(live.size(), kProcesses * kRounds);
    EXPECT_EQ(std::count_if(live.begin(), live.end(),
                            [](const StoredResume& resume) { return resume.isDefault; }),
              1);
}

TEST(LocalStoreConcurrency, ProcessesOpeningANewStoreAtOnceMigrateItOnce) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    constexpr int kProcesses = 4;
    changeTheLibraryFromProcesses(path, kProcesses, 1);

    core::SystemClock clock;
    auto store = LocalStore::open(path, clock);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(store->schemaVersion(), 1);
    EXPECT_EQ(store->list().size(), kProcesses);
}

} // namespace
} // namespace vitae::desktop
