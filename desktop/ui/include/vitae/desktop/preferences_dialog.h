// Edit > Preferences…: the language, the template of new resumes and the paper size of
// preview, print and PDF. OK stores them through Settings and applies them at once; a new
// language reinstalls the translations and every open window retranslates itself.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace vitae::desktop {

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    QComboBox* languageBox() const { return language_; }
    QComboBox* templateBox() const { return template_; }
    QComboBox* paperBox() const { return paper_; }
    QDialogButtonBox* buttons() const { return buttons_; }

    // Stores the values shown and applies them: what OK does before closing.
    void apply();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillChoices();
    void retranslate();
    void showStoredValues();

    QComboBox* language_;
    QComboBox* template_;
    QComboBox* paper_;
    QLabel* languageLabel_;
    QLabel* templateLabel_;
    QLabel* paperLabel_;
    QDialogButtonBox* buttons_;
};

// Opens the dialog window-modal over `parent` (so tests never block); it deletes itself.
PreferencesDialog* showPreferences(QWidget* parent);

} // namespace vitae::desktop
