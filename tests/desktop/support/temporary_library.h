// A library for desktop tests: a LocalStore on a file in a temporary folder, a clock the
// test moves, and resumes added in one call, so each test says only what it needs.
#pragma once

#include <vitae/core/clock.h>
#include <vitae/core/resume.h>
#include <vitae/desktop/local_store.h>

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace vitae::test {

class TemporaryLibrary {
public:
    // When the tests' clock starts: 2026-05-01 10:00 UTC.
    static QDateTime startTime();

    // Opens an empty store; a failure is reported with ADD_FAILURE and isOpen() is false.
    TemporaryLibrary();
    ~TemporaryLibrary();

    bool isOpen() const { return store_ != nullptr; }
    desktop::LocalStore& store() const { return *store_; }
    core::ManualClock& clock() { return clock_; }
    // A path inside the temporary folder, for files a test writes or exports.
    QString filePath(const QString& name) const;

    // Adds the app's sample resume (resources/samples/sample-resume.json); returns its id.
    QString addSample(const QString& title = QStringLiteral("Sample"));
    // Adds `count` resumes "Resume 1", "Resume 2", ... one second apart (so "most
    // recently updated" is well defined); returns their ids in the order added.
    QStringList addResumes(int count, const QString& templateId = QStringLiteral("classic"));
    // The document stored for `id` right now, read back from the store.
    core::Resume storedResume(const QString& id) const;

private:
    QString add(const QString& title, const QString& templateId, const QByteArray& data);

    QTemporaryDir dir_;
    core::ManualClock clock_{startTime()};
    std::unique_ptr<desktop::LocalStore> store_;
};

} // namespace vitae::test
