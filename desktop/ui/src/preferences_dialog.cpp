#include <vitae/core/template_catalogue.h>
#include <vitae/desktop/preferences_dialog.h>
#include <vitae/desktop/settings.h>
#include <vitae/desktop/translations.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace vitae::desktop {
namespace {

void selectData(QComboBox* box, const QString& value) {
    box->setCurrentIndex(qMax(0, box->findData(value)));
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , language_(new QComboBox)
    , template_(new QComboBox)
    , paper_(new QComboBox)
    , languageLabel_(new QLabel)
    , templateLabel_(new QLabel)
    , paperLabel_(new QLabel)
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    language_->setObjectName(QStringLiteral("language"));
    template_->setObjectName(QStringLiteral("defaultTemplate"));
    paper_->setObjectName(QStringLiteral("paperSize"));
    // The labels' mnemonics (Alt+L, Alt+T, Alt+P) move the focus to their box.
    languageLabel_->setBuddy(language_);
    templateLabel_->setBuddy(template_);
    paperLabel_->setBuddy(paper_);

    auto* form = new QFormLayout;
    form->addRow(languageLabel_, language_);
    form->addRow(templateLabel_, template_);
    form->addRow(paperLabel_, paper_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillChoices();
    retranslate();
    showStoredValues();
}

void PreferencesDialog::fillChoices() {
    language_->addItem(QString(), QString()); // "System default", named in retranslate()
    for (const Language& language : languages())
        language_->addItem(language.nativeName, language.code);
    for (const core::TemplateInfo& info : core::TemplateCatalogue::builtin().templates())
        template_->addItem(QString(), info.id);
    paper_->addItem(QString(), QString());
    paper_->addItem(QString(), core::pageSizeName(core::PageSize::A4));
    paper_->addItem(QString(), core::pageSizeName(core::PageSize::Letter));
}

void PreferencesDialog::retranslate() {
    setWindowTitle(tr("Preferences"));
    languageLabel_->setText(tr("&Language:"));
    templateLabel_->setText(tr("New resumes use &template:"));
    paperLabel_->setText(tr("&Paper size:"));
    language_->setAccessibleName(tr("Language"));
    template_->setAccessibleName(tr("Template for new resumes"));
    paper_->setAccessibleName(tr("Paper size"));
    language_->setItemText(0, tr("System default"));
    language_->setToolTip(tr("The language of menus, messages and resume headings."));
    const QList<core::TemplateInfo>& templates = core::TemplateCatalogue::builtin().templates();
    for (int i = 0; i < templates.size(); ++i) {
        template_->setItemText(i, templateName(templates[i]));
        template_->setItemData(i, templateDescription(templates[i]), Qt::ToolTipRole);
    }
    paper_->setItemText(0, tr("As the template sets it"));
    paper_->setItemText(1, tr("A4 (210 × 297 mm)"));
    paper_->setItemText(2, tr("US Letter (8.5 × 11 in)"));
    paper_->setToolTip(tr("The paper of the preview, printing and PDF export."));
}

void PreferencesDialog::showStoredValues() {
    const Settings& settings = Settings::instance();
    selectData(language_, settings.value(setting::language));
    selectData(template_, settings.value(setting::defaultTemplate));
    selectData(paper_, settings.value(setting::paperSize));
}

void PreferencesDialog::apply() {
    Settings& settings = Settings::instance();
    const QString language = language_->currentData().toString();
    settings.setValue(setting::language, language);
    settings.setValue(setting::defaultTemplate, template_->currentData().toString());
    settings.setValue(setting::paperSize, paper_->currentData().toString());
    settings.flush();
    const QString shown = resolveLanguage(language, QLocale::system().uiLanguages());
    if (shown != installedLanguage())
        installLanguage(shown);
}

void PreferencesDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

PreferencesDialog* showPreferences(QWidget* parent) {
    auto* dialog = new PreferencesDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

} // namespace vitae::desktop
