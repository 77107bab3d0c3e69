#include "entry_frame.h"
#include "finding_colours.h"
#include "preview_pane.h"
#include "section_form.h"
#include "section_list.h"
#include "undo_actions.h"
#include "window_size.h"

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
#include <QApplication>
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
#include <QPushButton>
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
    , sections_(new detail::SectionList)
    , formArea_(new QScrollArea)
    , preview_(new detail::PreviewPane)
    , findings_(new QListWidget)
    , templates_(new QComboBox) {
    formArea_->setWidgetResizable(true);
    formArea_->setFocusPolicy(Qt::NoFocus); // its fields take the focus, and scroll it
    sections_->setDocumentId(resumeId);

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
    connect(sections_, &detail::SectionList::sectionMoveRequested, this,
            &EditorWindow::moveSection);
    connect(qApp, &QApplication::focusChanged, this, &EditorWindow::updateMoveActions);
    connect(findings_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const QString path = item->data(kPathRole).toString(); !path.isEmpty())
            focusField(path);
    });
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
    detail::restoreOrFitGeometry(*this, Settings::instance().value(setting::editorGeometry),
                                 detail::kEditorOpeningSize);
    onChanged(true);
    showSection(QStringLiteral("basics"));
    preview_->renderNow();
}

EditorWindow::~EditorWindow() {
    // Children die in ~QWidget and move the focus as they go: no updates from then on.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    // The document dies with the children too, and saves as it goes: what it says then
    // must not reach this half-destroyed window (Qt 6.4 happens not to deliver it; we do
    // not lean on that).
    disconnect(document_, nullptr, this, nullptr);
}

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
    // The resume's own file format: with autosave, "save as" is writing it to a file.
    // Windows has no standard key for it; Ctrl+Shift+S is what its programs use.
    exportJson_->setShortcuts(QKeySequence::SaveAs);
    if (exportJson_->shortcuts().isEmpty())
        exportJson_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(exportJson_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export JSON Resume"), QString(),
                                                          tr("JSON Resume (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportResumeFile(document_->resume(), path, &error))
            QMessageBox::warning(this, tr("Export JSON Resume"), error);
    });
    print_ = fileMenu_->addAction(QString());
    print_->setShortcuts(QKeySequence::Print);
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
    close_->setShortcuts(QKeySequence::Close); // every key the platform has for it

    editMenu_ = menuBar()->addMenu(QString());
    undoActions_ = new detail::UndoActions(document_->undoStack(), this);
    editMenu_->addActions({undoActions_->undo(), undoActions_->redo()});
    editMenu_->addSeparator();
    moveEntryUp_ = editMenu_->addAction(QString(), this, [this] { moveFocusedEntry(-1); });
    moveEntryUp_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    moveEntryDown_ = editMenu_->addAction(QString(), this, [this] { moveFocusedEntry(1); });
    moveEntryDown_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    editMenu_->addSeparator();
    preferences_ = editMenu_->addAction(QString(), this, [this] { showPreferences(this); });
    preferences_->setShortcut(QKeySequence::Preferences);
    preferences_->setMenuRole(QAction::PreferencesRole);

    sectionMenu_ = menuBar()->addMenu(QString());
    moveUp_ = sectionMenu_->addAction(QString(), this, [this] { moveCurrentSection(-1); });
    // Alt+Up / Alt+Down move the focused entry, or the section in the section list.
    moveUp_->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    moveDown_ = sectionMenu_->addAction(QString(), this, [this] { moveCurrentSection(1); });
    moveDown_->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));

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
    formArea_->setAccessibleName(tr("Section form"));
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
    moveUp_->setText(tr("Move Section &Up"));
    moveDown_->setText(tr("Move Section &Down"));
    moveEntryUp_->setText(tr("Move Entry &Up"));
    moveEntryDown_->setText(tr("Move Entry &Down"));
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
        preview_->scheduleRender(document_->resume());
    }
    if (event->type() == QEvent::PaletteChange) {
        // Finding colours are chosen against the palette's backgrounds: choose again.
        fillFindings();
        if (form_ != nullptr)
            form_->showFindings(document_->findings());
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
    preview_->scheduleRender(document_->resume());
}

void EditorWindow::closeEvent(QCloseEvent* event) {
    if (!saveBeforeClosing()) {
        event->ignore(); // the edits stay, in the window, for another try
        return;
    }
    Settings::instance().setValue(setting::editorGeometry, saveGeometry());
    event->accept();
    Q_EMIT closed();
}

bool EditorWindow::saveBeforeClosing() {
    while (!document_->saveNow()) {
        switch (askAboutUnsavedEdits(store_.lastError())) {
        case QMessageBox::Retry:
            continue;
        case QMessageBox::Discard:
            // Not written later either: the document's last save would otherwise bring
            // them back once the store takes writes again.
            document_->discardUnsavedChanges();
            return true;
        default:
            return false;
        }
    }
    return true;
}

QMessageBox::StandardButton EditorWindow::askAboutUnsavedEdits(const QString& reason) {
    // Modal and waited for: the close cannot go on until the user has decided. Retry and
    // Cancel keep Qt's own texts, translated by Qt's catalogue.
    QMessageBox box(QMessageBox::Warning, windowTitle(),
                    tr("Your changes could not be saved: %1").arg(reason),
                    QMessageBox::Retry | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.button(QMessageBox::Discard)->setText(tr("&Discard Changes"));
    box.setDefaultButton(QMessageBox::Retry);
    box.setEscapeButton(QMessageBox::Cancel);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void EditorWindow::onChanged(bool structural) {
    // A rebuilt form gives the focus back to the control it was on, or to where a move
    // or an add sends it.
    const QString focusName =
        focusAfterChange_.isEmpty() ? focusedControlName() : std::exchange(focusAfterChange_, {});
    const core::Resume& resume = document_->resume();
    const QString templateId = resume.vitae && resume.vitae->templateId
                                   ? *resume.vitae->templateId
                                   : core::TemplateCatalogue::builtin().defaultTemplate().id;
    templates_->setCurrentIndex(templates_->findData(templateId));
    fillSections();
    if (form_ != nullptr) {
        if (structural) {
            showSection(form_->sectionKey());
            if (QWidget* focused = form_->focusControl(focusName))
                formArea_->ensureWidgetVisible(focused);
        } else
            form_->refresh();
        form_->showFindings(document_->findings());
    }
    fillFindings();
    preview_->scheduleRender(resume);
    updateMoveActions();
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
    // The window's palette, which the list inherits: on a palette change the window hears
    // of it before its children do.
    const QColor background = palette().color(QPalette::Base);
    for (const core::Finding& finding : document_->findings()) {
        auto* item = new QListWidgetItem(core::message(finding), findings_);
        item->setData(kPathRole, finding.path);
        item->setToolTip(finding.path);
        item->setForeground(detail::findingColour(finding.severity, background));
    }
    if (findings_->count() == 0) {
        // An empty list would look broken; say that the check ran and found nothing. The
        // item can be neither selected nor activated, and has no path to jump to.
        auto* none = new QListWidgetItem(tr("No problems found"), findings_);
        none->setFlags(Qt::ItemIsEnabled);
    }
}

QString EditorWindow::currentSectionKey() const {
    return form_ != nullptr ? form_->sectionKey() : QString();
}

void EditorWindow::showSection(const QString& key) {
    QString title = tr("Basics");
    for (const core::ResolvedSection& section : core::resolveSections(document_->resume())) {
        if (section.key == key)
            title = sectionTitle(section);
    }
    form_ = new detail::SectionForm(*document_, key, title);
    // Later, not now: the old form may be the source of the drag or the sender of the
    // click that led here.
    if (QWidget* previous = formArea_->takeWidget())
        previous->deleteLater();
    formArea_->setWidget(form_);
    placeInTabOrder(form_);
    connect(form_, &detail::SectionForm::entryAddRequested, this, &EditorWindow::addEntry);
    connect(form_, &detail::SectionForm::entryMoveRequested, this, &EditorWindow::moveEntry);
    connect(form_, &detail::SectionForm::entryRemoveRequested, this, &EditorWindow::removeEntry);
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
    const std::vector<core::ResolvedSection> order = core::resolveSections(document_->resume());
    const auto found = std::find_if(order.begin(), order.end(),
                                    [&](const core::ResolvedSection& s) { return s.key == key; });
    if (found != order.end()) {
        const auto from = std::distance(order.begin(), found);
        moveSection(from, from + delta);
    }
}

void EditorWindow::moveSection(qsizetype from, qsizetype to) {
    std::vector<core::ResolvedSection> order = core::resolveSections(document_->resume());
    const auto count = static_cast<qsizetype>(order.size());
    if (from == to || from < 0 || to < 0 || from >= count || to >= count)
        return;
    const core::ResolvedSection moved = order[static_cast<std::size_t>(from)];
    order.erase(order.begin() + from);
    order.insert(order.begin() + to, moved);
    document_->edit(tr("Move %1 section").arg(sectionTitle(moved)),
                    [&](core::Resume& resume) { writeLayout(resume, order); });
}

QString EditorWindow::entryListTitle(const QString& list) const {
    if (list == QLatin1StringView("/basics/profiles"))
        return QCoreApplication::translate("vitae::desktop::fields", "Profiles");
    for (const core::ResolvedSection& section : core::resolveSections(document_->resume())) {
        if (section.key == currentSectionKey())
            return sectionTitle(section);
    }
    return {};
}

void EditorWindow::addEntry(const QString& list) {
    focusAfterChange_ = core::appendPointer(list, document_->entryCount(list));
    if (!document_->addEntry(list, tr("Add %1 entry").arg(entryListTitle(list))))
        focusAfterChange_.clear();
}

void EditorWindow::moveEntry(const QString& list, qsizetype from, qsizetype to) {
    // The focus goes with the entry: to the same field or button, at its new place.
    const QString entry = core::appendPointer(list, from);
    const QString focused = focusedControlName();
    focusAfterChange_ = core::appendPointer(list, to);
    if (focused.startsWith(entry + QLatin1Char('/')))
        focusAfterChange_ += focused.sliced(entry.size());
    if (!document_->moveEntry(list, from, to, tr("Move %1 entry").arg(entryListTitle(list))))
        focusAfterChange_.clear();
}

void EditorWindow::removeEntry(const QString& list, qsizetype index) {
    // The focus goes to the entry that takes its place, else the one before, else "Add".
    const qsizetype remaining = document_->entryCount(list) - 1;
    focusAfterChange_ = index < remaining ? core::appendPointer(list, index)
                        : index > 0       ? core::appendPointer(list, index - 1)
                                          : list + QStringLiteral("/add");
    if (!document_->removeEntry(list, index, tr("Remove %1 entry").arg(entryListTitle(list))))
        focusAfterChange_.clear();
}

void EditorWindow::moveFocusedEntry(int delta) {
    if (const detail::EntryFrame* entry = focusedEntry())
        moveEntry(entry->place().scope, entry->index(), entry->index() + delta);
}

QString EditorWindow::focusedControlName() const {
    const QWidget* focused = QApplication::focusWidget();
    return focused != nullptr && form_ != nullptr && form_->isAncestorOf(focused)
               ? focused->objectName()
               : QString();
}

detail::EntryFrame* EditorWindow::focusedEntry() const {
    QWidget* focused = QApplication::focusWidget();
    return focused != nullptr && form_ != nullptr && form_->isAncestorOf(focused)
               ? detail::EntryFrame::containing(focused)
               : nullptr;
}

void EditorWindow::updateMoveActions() {
    const detail::EntryFrame* entry = focusedEntry();
    moveEntryUp_->setEnabled(entry != nullptr && entry->index() > 0);
    moveEntryDown_->setEnabled(entry != nullptr && entry->index() + 1 < entry->count());
}

void EditorWindow::placeInTabOrder(QWidget* form) {
    // A new form's controls join the window's focus chain at its end, after the preview
    // and the findings; Tab should reach them right after the section list, as they sit.
    QList<QWidget*> controls;
    for (QWidget* widget = form->nextInFocusChain(); form->isAncestorOf(widget);
         widget = widget->nextInFocusChain()) {
        if ((widget->focusPolicy() & Qt::TabFocus) != 0)
            controls.append(widget);
    }
    QWidget* previous = sections_;
    for (QWidget* control : std::as_const(controls)) {
        QWidget::setTabOrder(previous, control);
        previous = control;
    }
}

QListWidget* EditorWindow::sectionList() const {
    return sections_;
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
