// The desktop's local store: every resume of the user's library, its sync metadata
// and the app's settings in one SQLite file (WAL). Every change is one transaction,
// so a crash or kill mid-save leaves the last saved state, never half of a new one.
#pragma once

#include <vitae/core/clock.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace vitae::desktop {

struct StoredResume {
    QString id;
    QString title;
    QString templateId;
    QByteArray data; // the JSON Resume document, UTF-8
    bool isDefault = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> deletedAt;  // set: a tombstone waiting to be synced
    std::optional<qint64> serverVersion; // absent: never synced
    bool dirty = true;                   // changed since the server last confirmed it
};

struct NewResume {
    QString title;
    QString templateId;
    QByteArray data;
    QString id; // empty: a new UUID
};

class LocalStore {
public:
    // Opens (creating if needed) the store at `path` and brings its schema up to date.
    // Returns nullptr and a one-line reason when the file cannot be used.
    static std::unique_ptr<LocalStore> open(const QString& path, const core::Clock& clock,
                                            QString* error = nullptr);
    // Where the desktop keeps its store: QStandardPaths::AppDataLocation/library.sqlite.
    static QString defaultPath();
    ~LocalStore();

    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    int schemaVersion() const;

    enum class Content { Full, WithoutData };
    // Live resumes, most recently updated first; with tombstones when asked. Lists that
    // only show titles ask for WithoutData: the documents are most of the bytes.
    QList<StoredResume> list(bool includeDeleted = false, Content content = Content::Full) const;
    std::optional<StoredResume> find(const QString& id) const;
    std::optional<StoredResume> defaultResume() const;

    // Each returns the resume as stored, or nothing when the change was refused (unknown
    // or deleted id, duplicate id, a database error: `lastError()` says which).
    std::optional<StoredResume> create(const NewResume& resume);
    // `templateId`, when given, is stored with the data in the same write: the editor's
    // document names its template, and the library lists it.
    std::optional<StoredResume> saveData(const QString& id, const QByteArray& data,
                                         const QString& templateId = {});
    std::optional<StoredResume> rename(const QString& id, const QString& title);
    std::optional<StoredResume> setTemplate(const QString& id, const QString& templateId);
    std::optional<StoredResume> duplicate(const QString& id, const QString& title);
    std::optional<StoredResume> makeDefault(const QString& id);
    // Soft delete: a tombstone remains for sync; the default moves as the shared rules say.
    bool remove(const QString& id);
    // Undoes remove() while the tombstone is still here; it does not take back the default.
    std::optional<StoredResume> restore(const QString& id);

    std::optional<QString> setting(const QString& key) const;
    bool setSetting(const QString& key, const QString& value);

    QString lastError() const { return lastError_; }

private:
    LocalStore(QString connectionName, const core::Clock& clock);

    std::optional<StoredResume> update(const QString& id, const char* assignments,
                                       const QVariantList& values);
    // Inside remove()'s transaction; false and lastError() when a statement fails.
    bool promoteDefaultAfterDeleting(const QString& id);
    bool fail(const QString& what) const;

    QString connectionName_;
    const core::Clock& clock_;
    mutable QString lastError_;
};

} // namespace vitae::desktop
