#include "preview_pane.h"
#include "section_form.h"

#include <vitae/core/sections.h>
#include <vitae/core/template_catalogue.h>
#include <vitae/desktop/editor_window.h>
#include <vitae/desktop/resume_document.h>
#include <vitae/desktop/resume_files.h>
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
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace vitae::desktop {
namespace {

constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole + 2;

QString sectionTitle(const core::ResolvedSection& section) {
    if (!section.customTitle.isEmpty())
        return section.customTitle;
    QString title = section.key;
    title[0] = title[0].toUpper();
    return QCoreApplication::translate("vitae::desktop::sections", title.toUtf8().constData());
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
    const auto stored = store.find(resumeId);
    setWindowTitle(tr("%1 — Vitae").arg(stored ? stored->title : resumeId));
    sections_->setAccessibleName(tr("Sections"));
    findings_->setAccessibleName(tr("Findings"));
    templates_->setAccessibleName(tr("Template"));
    formArea_->setWidgetResizable(true);

    auto* splitter = new QSplitter;
    splitter->addWidget(sections_);
    splitter->addWidget(formArea_);
    splitter->addWidget(preview_);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    setCentralWidget(splitter);
    auto* findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("findingsDock"));
    findingsDock->setWidget(findings_);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);
    // Room for the form and the preview side by side; the findings list stays short.
    splitter->setSizes({180, 620, 600});
    resizeDocks({findingsDock}, {110}, Qt::Vertical);

    for (const core::TemplateInfo& info : core::TemplateCatalogue::builtin().templates())
        templates_->addItem(info.name, info.id);
    buildMenus();

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
    restoreGeometry(QSettings().value(QStringLiteral("editor/geometry")).toByteArray());
    onChanged(true);
    showSection(QStringLiteral("basics"));
    preview_->renderNow();
}

EditorWindow::~EditorWindow() = default;

bool EditorWindow::isValid() const {
    return document_->isValid();
}

void EditorWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* exportPdfAction = file->addAction(tr("&Export PDF…"));
    exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportPdfAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), QString(),
                                                          tr("PDF files (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportPdf(path, &error))
            QMessageBox::warning(this, tr("Export PDF"), error);
    });
    QAction* exportJson = file->addAction(tr("Export JSON &Resume…"));
    connect(exportJson, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export JSON Resume"), QString(),
                                                          tr("JSON Resume (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportResumeFile(document_->resume(), path, &error))
            QMessageBox::warning(this, tr("Export JSON Resume"), error);
    });
    QAction* print = file->addAction(tr("&Print…"));
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        QString error;
        if (dialog.exec() == QDialog::Accepted &&
            !printResume(document_->resume(), printer, &error))
            QMessageBox::warning(this, tr("Print"), error);
    });
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addActions({undo, redo});

    QMenu* section = menuBar()->addMenu(tr("&Section"));
    QAction* up = section->addAction(tr("Move &Up"), this, [this] { moveCurrentSection(-1); });
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    QAction* down = section->addAction(tr("Move &Down"), this, [this] { moveCurrentSection(1); });
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));

    QToolBar* toolbar = addToolBar(tr("Editor"));
    toolbar->setObjectName(QStringLiteral("editorToolbar"));
    toolbar->addWidget(templates_);
    toolbar->addActions({undo, redo, exportPdfAction});
}

void EditorWindow::closeEvent(QCloseEvent* event) {
    document_->saveNow();
    QSettings().setValue(QStringLiteral("editor/geometry"), saveGeometry());
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
    const QByteArray pdf = render::renderPdf(document_->resume(), {}, error);
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
