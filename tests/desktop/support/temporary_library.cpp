#include "temporary_library.h"

#include "test_support.h"

#include <vitae/core/json_resume.h>

#include <gtest/gtest.h>

namespace vitae::test {

QDateTime TemporaryLibrary::startTime() {
    return {QDate(2026, 5, 1), QTime(10, 0), Qt::UTC};
}

TemporaryLibrary::TemporaryLibrary() {
    if (!dir_.isValid()) {
        ADD_FAILURE() << "no temporary folder: " << dir_.errorString().toStdString();
        return;
    }
    QString error;
    store_ = desktop::LocalStore::open(filePath(QStringLiteral("library.sqlite")), clock_, &error);
    if (store_ == nullptr)
        ADD_FAILURE() << "the store did not open: " << error.toStdString();
}

TemporaryLibrary::~TemporaryLibrary() = default;

QString TemporaryLibrary::filePath(const QString& name) const {
    return dir_.filePath(name);
}

QString TemporaryLibrary::add(const QString& title, const QString& templateId,
                              const QByteArray& data) {
    if (!isOpen())
        return {};
    const auto created = store_->create({title, templateId, data, QString()});
    if (!created) {
        ADD_FAILURE() << "could not add " << title.toStdString() << ": "
                      << store_->lastError().toStdString();
        return {};
    }
    return created->id;
}

QString TemporaryLibrary::addSample(const QString& title) {
    return add(title, QStringLiteral("classic"),
               readFile(sourcePath(QStringLiteral("resources/samples/sample-resume.json"))));
}

QStringList TemporaryLibrary::addResumes(int count, const QString& templateId) {
    QStringList ids;
    for (int i = 1; i <= count; ++i) {
        clock_.advanceMs(1000);
        const QString title = QStringLiteral("Resume %1").arg(i);
        const QByteArray data =
            QStringLiteral(R"({"basics":{"name":"%1"},"vitae":{"templateId":"%2"}})")
                .arg(title, templateId)
                .toUtf8();
        ids.append(add(title, templateId, data));
    }
    return ids;
}

core::Resume TemporaryLibrary::storedResume(const QString& id) const {
    const auto stored = isOpen() ? store_->find(id) : std::nullopt;
    if (!stored) {
        ADD_FAILURE() << "no stored resume " << id.toStdString();
        return {};
    }
    return core::importJsonResume(stored->data).resume;
}

} // namespace vitae::test
