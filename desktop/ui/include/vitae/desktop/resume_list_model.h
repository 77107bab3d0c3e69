// The library as a table for views: one row per live resume with its title, template,
// last update and whether it is the default. Reads the store; changes go through it.
#pragma once

#include <vitae/desktop/local_store.h>

#include <QAbstractTableModel>

namespace vitae::desktop {

class ResumeListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Template, Updated, Default, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ResumeListModel(const LocalStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Re-reads the store; call after every change.
    void reload();
    QModelIndex indexOfId(const QString& id) const;
    QString idAt(int row) const;
    // The widest texts `column` can show in the current language (every template name, a
    // date with two-digit fields), so a view can size it without measuring every row;
    // empty for the title, which can be anything.
    QStringList widestTexts(int column) const;

private:
    const LocalStore& store_;
    QList<StoredResume> rows_;
};

} // namespace vitae::desktop
