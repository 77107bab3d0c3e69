#include "preview_pane.h"
#include "section_form.h"
#include "undo_actions.h"

#include <vitae/core/sections.h>
#include <vitae/core/template_catalogue.h>
#include <vitae/desktop/editor_window.h>
#include <vitae/desktop/preferences_dialog.h>
#include <vitae/desktop/resume_document.h>
#include <vitae/desktop/resume_files.h>
#include <vitae/desktop/settings.h>
#include <vitae/desktop/translations.h>
#include <vitae/render/pdf.h>

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

#include <array>

namespace vitae::desktop {
namespace {

constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole + 2;

// The editor's names of the standard sections (the PDF's headings are the renderer's).
struct SectionName {
    const char* key;
    const char* title;
};
constexpr const char* kSectionContext = "vitae::desktop::sections";
constexpr std::array kSectionNames = {
    SectionName{"work", QT_TRANSLATE_NOOP("vitae::desktop::sections", "Work")},
    SectionName{"volunteer", QT_TRANSLATE_NOOP("vitae::desktop::sections", "Volunteer")},
    SectionName{"education", QT_TRANSLATE_NOOP("vitae::desktop::sections", "Education")},
    SectionName{"awards", QT_TRANSLATE_NOOP("vitae::desktop::sections", "Awards")},
    SectionName{"certificates", QT_TRANSLATE_NOOP("vitae::desktop::sections", "Certificates")},
    SectionName{"publications", QT_TRANSLATE_NOOP("vitae::desktop::sections", "Publications")},
    SectionName{"skills", QT_TRANSLATE_NOOP("vitae::desktop::sections", "Skills")},
    SectionName{"languages", QT_TRANSLATE_NOOP("vitae::desktop::sections", "Languages")},
    SectionName{"interests", QT_TRANSLATE_NOOP("vitae::desktop::sections", "Interests")},
    SectionName{"references", QT_TRANSLATE_NOOP("vitae::desktop::sections", "References")},
    SectionName{"projects", QT_TRANSLATE_NOOP("vitae::desktop::sections", "Projects")},
};

QString sectionTitle(const core::ResolvedSection& section) {
    if (!section.customTitle.isEmpty())
        return section.customTitle;
    for (const SectionName& name : kSectionNames) {
        if (section.key == QLatin1StringView(name.key))
            return QCoreApplication::translate(kSectionContext, name.title);
    }
    return section.key;
}

// The layout list written back in full: every section in its current order, so a
// move or a visibility change is one self-contained edit.
void writeLayout(core::Resume& resume, const std::vector<core::ResolvedSection>& order) {
    if (!resume.vitae)
        resume.vitae.emplace();
    std::vector<core::SectionLayout> layout;
    for (const core::ResolvedSection& section : order) {
        core::SectionLayout entry;
        entry.key = section.key;
        if (!section.visible)
            entry.visible = false;
        if (section.keepEntriesTogether)
            entry.keepEntriesTogether = true;
        if (section.startOnNewPage)
            entry.startOnNewPage = true;
        layout.push_back(entry);
    }
    resume.vitae->sections = layout;
}

} // namespace

QString sectionOfPointer(const core::Resume& resume, const QString& pointer) {
    const QStringList tokens = pointer.split(QLatin1Char('/'));
    if (tokens.size() < 2)
        return {};
    const QString& first = tokens[1];
    if (first == QLatin1StringView("basics") || core::isStandardSectionKey(first))
        return first;
    if (first == QLatin1StringView("vitae") && tokens.size() > 3 &&
        tokens[2] == QLatin1StringView("customSections")) {
        const auto& custom = resume.vitae ? resume.vitae->customSections : std::nullopt;
        const qsizetype index = tokens[3].toLongLong();
        if (custom && index >= 0 && index < static_cast<qsizetype>(custom->size()))
            return core::customSectionKey(
                (*custom)[static_cast<std::size_t>(index)].id.value_or(QString()));
    }
    return {};
}

EditorWindow::EditorWindow(LocalStore& store, const QString& resumeId, QWidget* parent)
    : QMainWindow(parent)
    , store_(store)
    , document_(new ResumeDocument(store, resumeId, this))
    , sections_(new QListWidget)
    , formArea_(new QScrollArea)
    , preview_(new detail::PreviewPane)
    , findings_(new QListWidget)
    , templates_(new QComboBox) {
    formArea_->setWidgetResizable(true);

    auto* splitter = new QSplitter;
    splitter->addWidget(sections_);
    splitter->addWidget(formArea_);
    splitter->addWidget(preview_);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    setCentralWidget(splitter);
    findingsDock_ = new QDockWidget(this);
    findingsDock_->setObjectName(QStringLiteral("findingsDock"));
    findingsDock_->setWidget(findings_);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock_);
    // Room for the form and the preview side by side; the findings list stays short.
    splitter->setSizes({180, 620, 600});
    resizeDocks({findingsDock_}, {110}, Qt::Vertical);

    for (const core::TemplateInfo& info : core::TemplateCatalogue::builtin().templates())
        templates_->addItem(QString(), info.id);
    buildMenus();
    retranslate();
    preview_->setOptions(renderOptions());
    connect(&Settings::instance(), &Settings::changed, this, &EditorWindow::onSettingChanged);

    connect(document_, &ResumeDocument::changed, this, &EditorWindow::onChanged);
    connect(document_, &ResumeDocument::saveFailed, this, [this](const QString& reason) {
        statusBar()->showMessage(tr("Not saved: %1").arg(reason));
    });
    connect(sections_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item != nullptr && !filling_)
            showSection(item->data(kKeyRole).toString());
    });
    connect(sections_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!filling_ && item->flags().testFlag(Qt::ItemIsUserCheckable))
            setSectionVisible(item->data(kKeyRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(findings_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { focusField(item->data(kPathRole).toString()); });
    connect(templates_, &QComboBox::activated, this, [this](int index) {
        const QString id = templates_->itemData(index).toString();
        document_->edit(tr("Choose template"), [&](core::Resume& resume) {
            if (!resume.vitae)
                resume.vitae.emplace();
            resume.vitae->templateId = id;
        });
    });
    connect(preview_, &detail::PreviewPane::rendered, this,
            [this](int pages) { statusBar()->showMessage(tr("%n page(s)", nullptr, pages)); });
    restoreGeometry(Settings::instance().value(setting::editorGeometry));
    onChanged(true);
    showSection(QStringLiteral("basics"));
    preview_->renderNow();
}

EditorWindow::~EditorWindow() = default;

bool EditorWindow::isValid() const {
    return document_->isValid();
}

void EditorWindow::buildMenus() {
    fileMenu_ = menuBar()->addMenu(QString());
    exportPdf_ = fileMenu_->addAction(QString());
    exportPdf_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportPdf_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), QString(),
                                                          tr("PDF files (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportPdf(path, &error))
            QMessageBox::warning(this, tr("Export PDF"), error);
    });
    exportJson_ = fileMenu_->addAction(QString());
    connect(exportJson_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export JSON Resume"), QString(),
                                                          tr("JSON Resume (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportResumeFile(document_->resume(), path, &error))
            QMessageBox::warning(this, tr("Export JSON Resume"), error);
    });
    print_ = fileMenu_->addAction(QString());
    print_->setShortcut(QKeySequence::Print);
    connect(print_, &QAction::triggered, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        QString error;
        if (dialog.exec() == QDialog::Accepted &&
            !printResume(document_->resume(), printer, &error, renderOptions()))
            QMessageBox::warning(this, tr("Print"), error);
    });
    fileMenu_->addSeparator();
    close_ = fileMenu_->addAction(QString(), this, &QWidget::close);
    close_->setShortcut(QKeySequence::Close);

    editMenu_ = menuBar()->addMenu(QString());
    undoActions_ = new detail::UndoActions(document_->undoStack(), this);
    editMenu_->addActions({undoActions_->undo(), undoActions_->redo()});
    editMenu_->addSeparator();
    preferences_ = editMenu_->addAction(QString(), this, [this] { showPreferences(this); });
    preferences_->setShortcut(QKeySequence::Preferences);
    preferences_->setMenuRole(QAction::PreferencesRole);

    sectionMenu_ = menuBar()->addMenu(QString());
    moveUp_ = sectionMenu_->addAction(QString(), this, [this] { moveCurrentSection(-1); });
    moveUp_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    moveDown_ = sectionMenu_->addAction(QString(), this, [this] { moveCurrentSection(1); });
    moveDown_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));

    toolbar_ = addToolBar(QString());
    toolbar_->setObjectName(QStringLiteral("editorToolbar"));
    toolbar_->addWidget(templates_);
    toolbar_->addActions({undoActions_->undo(), undoActions_->redo(), exportPdf_});
}

void EditorWindow::retranslate() {
    const auto stored = store_.find(document_->id());
    setWindowTitle(tr("%1 — Vitae").arg(stored ? stored->title : document_->id()));
    sections_->setAccessibleName(tr("Sections"));
    findings_->setAccessibleName(tr("Findings"));
    templates_->setAccessibleName(tr("Template"));
    findingsDock_->setWindowTitle(tr("Findings"));
    fileMenu_->setTitle(tr("&File"));
    editMenu_->setTitle(tr("&Edit"));
    sectionMenu_->setTitle(tr("&Section"));
    toolbar_->setWindowTitle(tr("Editor"));
    exportPdf_->setText(tr("&Export PDF…"));
    exportJson_->setText(tr("Export JSON &Resume…"));
    print_->setText(tr("&Print…"));
    close_->setText(tr("&Close"));
    preferences_->setText(tr("&Preferences…"));
    moveUp_->setText(tr("Move &Up"));
    moveDown_->setText(tr("Move &Down"));
    undoActions_->retranslate();
    const QList<core::TemplateInfo>& templates = core::TemplateCatalogue::builtin().templates();
    for (int i = 0; i < templates.size(); ++i) {
        templates_->setItemText(i, templateName(templates[i]));
        templates_->setItemData(i, templateDescription(templates[i]), Qt::ToolTipRole);
    }
}

void EditorWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The lists, the form and the preview's headings are made from translated text.
        fillSections();
        fillFindings();
        showSection(currentSectionKey());
        preview_->show(document_->resume());
    }
    QMainWindow::changeEvent(event);
}

render::RenderOptions EditorWindow::renderOptions() const {
    render::RenderOptions options;
    options.pageSize = Settings::instance().paperSize();
    return options;
}

void EditorWindow::onSettingChanged(const QString& key) {
    if (key != QLatin1StringView(setting::paperSize.name))
        return;
    preview_->setOptions(renderOptions());
    preview_->show(document_->resume());
}

void EditorWindow::closeEvent(QCloseEvent* event) {
    document_->saveNow();
    Settings::instance().setValue(setting::editorGeometry, saveGeometry());
    event->accept();
}

void EditorWindow::onChanged(bool structural) {
    const core::Resume& resume = document_->resume();
    const QString templateId = resume.vitae && resume.vitae->templateId
                                   ? *resume.vitae->templateId
                                   : core::TemplateCatalogue::builtin().defaultTemplate().id;
    templates_->setCurrentIndex(templates_->findData(templateId));
    fillSections();
    if (form_ != nullptr) {
        if (structural)
            showSection(form_->sectionKey());
        else
            form_->refresh();
        form_->showFindings(document_->findings());
    }
    fillFindings();
    preview_->show(resume);
}

void EditorWindow::fillSections() {
    filling_ = true;
    const QString current = currentSectionKey();
    sections_->clear();
    auto* basics = new QListWidgetItem(tr("Basics"), sections_);
    basics->setData(kKeyRole, QStringLiteral("basics"));
    for (const core::ResolvedSection& section : core::resolveSections(document_->resume())) {
        auto* item = new QListWidgetItem(sectionTitle(section), sections_);
        item->setData(kKeyRole, section.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(section.visible ? Qt::Checked : Qt::Unchecked);
        if (section.key == current)
            sections_->setCurrentItem(item);
    }
    if (current == QLatin1StringView("basics") || sections_->currentItem() == nullptr)
        sections_->setCurrentItem(basics);
    filling_ = false;
}

void EditorWindow::fillFindings() {
    findings_->clear();
    for (const core::Finding& finding : document_->findings()) {
        auto* item = new QListWidgetItem(core::message(finding), findings_);
        item->setData(kPathRole, finding.path);
        item->setToolTip(finding.path);
        item->setForeground(finding.severity == core::Severity::Error ? QColor(0xc6, 0x28, 0x28)
                                                                      : QColor(0xef, 0x6c, 0x00));
    }
}

QString EditorWindow::currentSectionKey() const {
    return form_ != nullptr ? form_->sectionKey() : QString();
}

void EditorWindow::showSection(const QString& key) {
    form_ = new detail::SectionForm(*document_, key);
    formArea_->setWidget(form_); // deletes the previous form
    form_->showFindings(document_->findings());
    filling_ = true;
    for (int row = 0; row < sections_->count(); ++row) {
        if (sections_->item(row)->data(kKeyRole).toString() == key)
            sections_->setCurrentRow(row);
    }
    filling_ = false;
}

void EditorWindow::focusField(const QString& pointer) {
    const QString section = sectionOfPointer(document_->resume(), pointer);
    if (section.isEmpty())
        return;
    if (section != currentSectionKey())
        showSection(section);
    if (QWidget* widget = form_->widgetFor(pointer)) {
        formArea_->ensureWidgetVisible(widget);
        widget->setFocus(Qt::OtherFocusReason);
    }
}

void EditorWindow::moveCurrentSection(int delta) {
    const QString key = currentSectionKey();
    std::vector<core::ResolvedSection> order = core::resolveSections(document_->resume());
    const auto found = std::find_if(order.begin(), order.end(),
                                    [&](const core::ResolvedSection& s) { return s.key == key; });
    if (found == order.end())
        return;
    const auto from = std::distance(order.begin(), found);
    const auto to = from + delta;
    if (to < 0 || to >= static_cast<qsizetype>(order.size()))
        return;
    std::swap(order[static_cast<std::size_t>(from)], order[static_cast<std::size_t>(to)]);
    document_->edit(tr("Move section"), [&](core::Resume& resume) { writeLayout(resume, order); });
}

void EditorWindow::setSectionVisible(const QString& key, bool visible) {
    std::vector<core::ResolvedSection> order = core::resolveSections(document_->resume());
    for (core::ResolvedSection& section : order) {
        if (section.key == key)
            section.visible = visible;
    }
    document_->edit(visible ? tr("Show section") : tr("Hide section"),
                    [&](core::Resume& resume) { writeLayout(resume, order); });
}

bool EditorWindow::exportPdf(const QString& path, QString* error) {
    const QByteArray pdf = render::renderPdf(document_->resume(), renderOptions(), error);
    if (pdf.isEmpty())
        return false;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size() && file.commit())
        return true;
    if (error != nullptr)
        *error = file.errorString();
    return false;
}

} // namespace vitae::desktop
