#include <vitae/core/template_catalogue.h>
#include <vitae/desktop/resume_list_model.h>
#include <vitae/desktop/translations.h>

#include <QDateTime>
#include <QLocale>

namespace vitae::desktop {
namespace {

QString templateNameOf(const QString& id) {
    const core::TemplateInfo* info = core::TemplateCatalogue::builtin().find(id);
    return info != nullptr ? templateName(*info) : id;
}

QString updatedText(const QDateTime& updatedAt) {
    return QLocale().toString(updatedAt.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ResumeListModel::ResumeListModel(const LocalStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , store_(store) {
    reload();
}

int ResumeListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ResumeListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResumeListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const StoredResume& resume = rows_[index.row()];
    if (role == IdRole)
        return resume.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Title:
        return resume.title.isEmpty() ? tr("Untitled resume") : resume.title;
    case Template:
        return templateNameOf(resume.templateId);
    case Updated:
        return updatedText(resume.updatedAt);
    case Default:
        if (role == Qt::AccessibleTextRole)
            return resume.isDefault ? tr("Default resume") : tr("Not the default");
        return resume.isDefault ? tr("Default") : QString();
    default:
        return {};
    }
}

QVariant ResumeListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Template:
        return tr("Template");
    case Updated:
        return tr("Updated");
    case Default:
        return tr("Default");
    default:
        return {};
    }
}

void ResumeListModel::reload() {
    beginResetModel();
    rows_ = store_.list(false, LocalStore::Content::WithoutData);
    endResetModel();
}

QModelIndex ResumeListModel::indexOfId(const QString& id) const {
    for (int row = 0; row < rows_.size(); ++row) {
        if (rows_[row].id == id)
            return index(row, Title);
    }
    return {};
}

QStringList ResumeListModel::widestTexts(int column) const {
    switch (column) {
    case Template: {
        QStringList names;
        for (const core::TemplateInfo& info : core::TemplateCatalogue::builtin().templates())
            names.append(templateName(info));
        return names;
    }
    case Updated: // two digits wherever a date or time can have one or two
        return {updatedText(QDateTime(QDate(2026, 12, 28), QTime(22, 58, 58)))};
    case Default:
        return {tr("Default")};
    default:
        return {};
    }
}

QString ResumeListModel::idAt(int row) const {
    return row >= 0 && row < rows_.size() ? rows_[row].id : QString();
}

} // namespace vitae::desktop
