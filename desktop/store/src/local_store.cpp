#include "migrations.h"
#include "transaction.h"

#include <vitae/core/library_rules.h>
#include <vitae/desktop/local_store.h>

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace vitae::desktop {
namespace {

const QString kColumns =
    QStringLiteral("id, title, template_id, data, is_default, created_at, updated_at, deleted_at, "
                   "server_version, dirty");

QString timestamp(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant& value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

StoredResume fromRow(const QSqlQuery& row) {
    StoredResume resume;
    resume.id = row.value(0).toString();
    resume.title = row.value(1).toString();
    resume.templateId = row.value(2).toString();
    resume.data = row.value(3).toString().toUtf8();
    resume.isDefault = row.value(4).toBool();
    resume.createdAt = parseTime(row.value(5));
    resume.updatedAt = parseTime(row.value(6));
    if (!row.value(7).isNull())
        resume.deletedAt = parseTime(row.value(7));
    if (!row.value(8).isNull())
        resume.serverVersion = row.value(8).toLongLong();
    resume.dirty = row.value(9).toBool();
    return resume;
}

QSqlQuery prepared(const QSqlDatabase& database, const QString& sql, const QVariantList& values) {
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query;
}

// PRAGMAs that make every commit durable and let readers work beside a writer.
bool configure(QSqlDatabase& database, QString* error) {
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
        query.value(0).toString() != QLatin1StringView("wal")) {
        *error = QStringLiteral("cannot switch the store to WAL mode");
        return false;
    }
    for (const char* pragma :
         {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"}) {
        if (!query.exec(QLatin1StringView(pragma))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

std::unique_ptr<LocalStore> LocalStore::open(const QString& path, const core::Clock& clock,
                                             QString* error) {
    QString reason;
    const QString connection = QStringLiteral("vitae-store-") + QUuid::createUuid().toString();
    std::unique_ptr<LocalStore> store(new LocalStore(connection, clock));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            reason = QStringLiteral("cannot create the folder of %1").arg(path);
        else if (!database.open())
            reason = database.lastError().text();
        else if (configure(database, &reason))
            detail::migrate(database, &reason);
    }
    if (reason.isEmpty())
        return store;
    if (error != nullptr)
        *error = QStringLiteral("cannot open the local store %1: %2").arg(path, reason);
    return nullptr;
}

QString LocalStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/library.sqlite");
}

LocalStore::LocalStore(QString connectionName, const core::Clock& clock)
    : connectionName_(std::move(connectionName))
    , clock_(clock) {}

LocalStore::~LocalStore() {
    QSqlDatabase::database(connectionName_, false).close();
    QSqlDatabase::removeDatabase(connectionName_);
}

int LocalStore::schemaVersion() const {
    QSqlDatabase database = QSqlDatabase::database(connectionName_);
    return detail::schemaVersion(database);
}

QList<StoredResume> LocalStore::list(bool includeDeleted, Content content) const {
    QString columns = kColumns;
    if (content == Content::WithoutData)
        columns.replace(QLatin1StringView(" data,"), QLatin1StringView(" '' AS data,"));
    QSqlQuery query = prepared(
        QSqlDatabase::database(connectionName_),
        QStringLiteral("SELECT %1 FROM resumes %2 ORDER BY updated_at DESC, id")
            .arg(columns, includeDeleted ? QString() : QStringLiteral("WHERE deleted_at IS NULL")),
        {});
    QList<StoredResume> resumes;
    if (!query.exec()) {
        fail(query.lastError().text());
        return resumes;
    }
    while (query.next())
        resumes.append(fromRow(query));
    return resumes;
}

std::optional<StoredResume> LocalStore::find(const QString& id) const {
    QSqlQuery query =
        prepared(QSqlDatabase::database(connectionName_),
                 QStringLiteral("SELECT %1 FROM resumes WHERE id = ?").arg(kColumns), {id});
    if (query.exec() && query.next())
        return fromRow(query);
    if (query.lastError().isValid())
        fail(query.lastError().text());
    return std::nullopt;
}

std::optional<StoredResume> LocalStore::defaultResume() const {
    const QList<StoredResume> live = list(false, Content::WithoutData);
    const auto found =
        std::find_if(live.begin(), live.end(), [](const StoredResume& r) { return r.isDefault; });
    return found != live.end() ? std::optional<StoredResume>(*found) : std::nullopt;
}

std::optional<StoredResume> LocalStore::create(const NewResume& resume) {
    const QString id =
        resume.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : resume.id;
    const QString now = timestamp(clock_.now());
    const QSqlDatabase database = QSqlDatabase::database(connectionName_);
    detail::WriteTransaction transaction(database);
    if (!transaction.isOpen()) {
        fail(transaction.error());
        return std::nullopt;
    }
    const bool isDefault = core::becomesDefaultOnCreate(list(false, Content::WithoutData).size());
    QSqlQuery insert =
        prepared(database,
                 QStringLiteral("INSERT INTO resumes (id, title, template_id, data, is_default, "
                                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {id, resume.title, resume.templateId, QString::fromUtf8(resume.data),
                  int(isDefault), now, now});
    if (!insert.exec()) {
        fail(insert.lastError().text());
        return std::nullopt;
    }
    if (!transaction.commit()) {
        fail(transaction.error());
        return std::nullopt;
    }
    return find(id);
}

std::optional<StoredResume> LocalStore::update(const QString& id, const char* assignments,
                                               const QVariantList& values) {
    QSqlQuery query = prepared(QSqlDatabase::database(connectionName_),
                               QStringLiteral("UPDATE resumes SET %1, updated_at = ?, dirty = 1 "
                                              "WHERE id = ? AND deleted_at IS NULL")
                                   .arg(QLatin1StringView(assignments)),
                               values + QVariantList{timestamp(clock_.now()), id});
    if (!query.exec()) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    if (query.numRowsAffected() != 1) {
        fail(QStringLiteral("no resume %1 in the library").arg(id));
        return std::nullopt;
    }
    return find(id);
}

std::optional<StoredResume> LocalStore::saveData(const QString& id, const QByteArray& data,
                                                 const QString& templateId) {
    return update(id, "data = ?, template_id = COALESCE(NULLIF(?, ''), template_id)",
                  {QString::fromUtf8(data), templateId});
}

std::optional<StoredResume> LocalStore::rename(const QString& id, const QString& title) {
    return update(id, "title = ?", {title});
}

std::optional<StoredResume> LocalStore::setTemplate(const QString& id, const QString& templateId) {
    return update(id, "template_id = ?", {templateId});
}

std::optional<StoredResume> LocalStore::duplicate(const QString& id, const QString& title) {
    const std::optional<StoredResume> source = find(id);
    if (!source || source->deletedAt) {
        fail(QStringLiteral("no resume %1 in the library").arg(id));
        return std::nullopt;
    }
    return create({title, source->templateId, source->data, QString()});
}

std::optional<StoredResume> LocalStore::makeDefault(const QString& id) {
    const QSqlDatabase database = QSqlDatabase::database(connectionName_);
    detail::WriteTransaction transaction(database);
    // Clear first: the unique index allows one live default at any moment.
    QSqlQuery clear = prepared(database,
                               QStringLiteral("UPDATE resumes SET is_default = 0, dirty = 1 "
                                              "WHERE is_default = 1 AND id <> ?"),
                               {id});
    QSqlQuery set = prepared(database,
                             QStringLiteral("UPDATE resumes SET is_default = 1, dirty = 1 "
                                            "WHERE id = ? AND deleted_at IS NULL"),
                             {id});
    if (!transaction.isOpen()) {
        fail(transaction.error());
        return std::nullopt;
    }
    if (!clear.exec() || !set.exec()) {
        fail(clear.lastError().isValid() ? clear.lastError().text() : set.lastError().text());
        return std::nullopt;
    }
    if (set.numRowsAffected() != 1) {
        fail(QStringLiteral("no resume %1 in the library").arg(id));
        return std::nullopt;
    }
    if (!transaction.commit()) {
        fail(transaction.error());
        return std::nullopt;
    }
    return find(id);
}

bool LocalStore::remove(const QString& id) {
    const QSqlDatabase database = QSqlDatabase::database(connectionName_);
    detail::WriteTransaction transaction(database);
    if (!transaction.isOpen())
        return fail(transaction.error());
    // The successor is chosen while the deleted resume still counts as live.
    if (!promoteDefaultAfterDeleting(id))
        return false;
    QSqlQuery tombstone =
        prepared(database,
                 QStringLiteral("UPDATE resumes SET deleted_at = ?, is_default = 0, dirty = 1 "
                                "WHERE id = ? AND deleted_at IS NULL"),
                 {timestamp(clock_.now()), id});
    if (!tombstone.exec())
        return fail(tombstone.lastError().text());
    if (tombstone.numRowsAffected() != 1)
        return fail(QStringLiteral("no resume %1 in the library").arg(id));
    return transaction.commit() || fail(transaction.error());
}

bool LocalStore::promoteDefaultAfterDeleting(const QString& id) {
    QList<core::LibraryEntry> live;
    for (const StoredResume& resume : list(false, Content::WithoutData))
        live.append({resume.id, resume.updatedAt, resume.isDefault});
    const std::optional<QString> successor = core::defaultAfterDeleting(live, id);
    if (!successor)
        return true;
    const QSqlDatabase database = QSqlDatabase::database(connectionName_);
    QSqlQuery clear =
        prepared(database, QStringLiteral("UPDATE resumes SET is_default = 0 WHERE id = ?"), {id});
    if (!clear.exec())
        return fail(clear.lastError().text());
    QSqlQuery promote = prepared(
        database, QStringLiteral("UPDATE resumes SET is_default = 1, dirty = 1 WHERE id = ?"),
        {*successor});
    return promote.exec() || fail(promote.lastError().text());
}

std::optional<StoredResume> LocalStore::restore(const QString& id) {
    const QSqlDatabase database = QSqlDatabase::database(connectionName_);
    detail::WriteTransaction transaction(database);
    if (!transaction.isOpen()) {
        fail(transaction.error());
        return std::nullopt;
    }
    const bool libraryHadDefault = defaultResume().has_value();
    QSqlQuery revive =
        prepared(database,
                 QStringLiteral("UPDATE resumes SET deleted_at = NULL, dirty = 1, "
                                "is_default = ? WHERE id = ? AND deleted_at IS NOT NULL"),
                 {int(!libraryHadDefault), id});
    if (!revive.exec()) {
        fail(revive.lastError().text());
        return std::nullopt;
    }
    if (revive.numRowsAffected() != 1) {
        fail(QStringLiteral("no deleted resume %1 in the library").arg(id));
        return std::nullopt;
    }
    if (!transaction.commit()) {
        fail(transaction.error());
        return std::nullopt;
    }
    return find(id);
}

std::optional<QString> LocalStore::setting(const QString& key) const {
    QSqlQuery query = prepared(QSqlDatabase::database(connectionName_),
                               QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (query.exec() && query.next())
        return query.value(0).toString();
    return std::nullopt;
}

bool LocalStore::setSetting(const QString& key, const QString& value) {
    QSqlQuery query =
        prepared(QSqlDatabase::database(connectionName_),
                 QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {key, value});
    return query.exec() || fail(query.lastError().text());
}

bool LocalStore::fail(const QString& what) const {
    lastError_ = what;
    return false;
}

} // namespace vitae::desktop
