// The desktop started in German, French and Spanish: the language chosen in the settings is
// installed the way main() installs it, and the menus, a validation message, a form label,
// the plan messages and the PDF's headings speak it. Also: every label the forms build at
// run time is in the source translation file.
#include "field_labels.h"
#include "preview_pane.h"
#include "section_form.h"
#include "test_support.h"
#include "window_helpers.h"

#include <vitae/core/plan_policy.h>
#include <vitae/core/sections.h>
#include <vitae/desktop/editor_window.h>
#include <vitae/desktop/library_window.h>
#include <vitae/desktop/resume_document.h>
#include <vitae/desktop/settings.h>
#include <vitae/desktop/translations.h>
#include <vitae/render/blocks.h>

#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace vitae::desktop {
namespace {

struct Expected {
    const char* language;
    QStringList libraryMenus;
    QStringList editorMenus;
    QString emailLabel;
    QString emailFinding; // for the address "not-an-email"
    QString workHeading;  // the PDF's heading of "work"
    QString planMessage;  // a plan of 3 resumes, all used
};

const QString kNbsp(QChar(0x00a0));

std::vector<Expected> expectations() {
    return {
        {"de",
         {QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten")},
         {QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Abschnitt")},
         QStringLiteral("E-Mail"),
         QStringLiteral("„not-an-email“ ist keine E-Mail-Adresse."),
         QStringLiteral("Berufserfahrung"),
         QStringLiteral("Ihr Tarif erlaubt 3 Lebensläufe, und Sie haben bereits 3.")},
        {"fr",
         {QStringLiteral("&Fichier"), QStringLiteral("&Édition")},
         {QStringLiteral("&Fichier"), QStringLiteral("&Édition"), QStringLiteral("&Section")},
         QStringLiteral("E-mail"),
         QStringLiteral("«") + kNbsp + QStringLiteral("not-an-email") + kNbsp +
             QStringLiteral("» n'est pas une adresse e-mail."),
         QStringLiteral("Expérience professionnelle"),
         QStringLiteral("Votre formule autorise 3 CV et vous en avez déjà 3.")},
        {"es",
         {QStringLiteral("&Archivo"), QStringLiteral("&Editar")},
         {QStringLiteral("&Archivo"), QStringLiteral("&Editar"), QStringLiteral("&Sección")},
         QStringLiteral("Correo electrónico"),
         QStringLiteral("«not-an-email» no es una dirección de correo electrónico."),
         QStringLiteral("Experiencia laboral"),
         QStringLiteral("Su plan permite 3 currículums y ya tiene 3.")},
    };
}

void PrintTo(const Expected& expected, std::ostream* out) {
    *out << expected.language;
}

QStringList menuTitles(const QMainWindow& window) {
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QString formLabel(QWidget* field) {
    auto* layout = qobject_cast<QFormLayout*>(field->parentWidget()->layout());
    auto* label = layout != nullptr ? qobject_cast<QLabel*>(layout->labelForField(field)) : nullptr;
    return label != nullptr ? label->text() : QString();
}

// The label of a field's row, in whichever of the form's nested layouts the row is.
QString rowLabel(QWidget* field) {
    for (const QFormLayout* rows : field->parentWidget()->findChildren<QFormLayout*>()) {
        if (const auto* label = qobject_cast<QLabel*>(rows->labelForField(field)))
            return label->text();
    }
    return {};
}

class DesktopFixture : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        Settings::useFile(dir_.filePath(QStringLiteral("settings.ini")));
        QString error;
        store_ = LocalStore::open(dir_.filePath(QStringLiteral("library.sqlite")), clock_, &error);
        ASSERT_NE(store_, nullptr) << error.toStdString();
    }

    void TearDown() override { installLanguage(QStringLiteral("en")); }

    QTemporaryDir dir_;
    core::ManualClock clock_{QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<LocalStore> store_;
};

class LocalizedDesktop : public DesktopFixture, public testing::WithParamInterface<Expected> {};

TEST_P(LocalizedDesktop, StartsInTheChosenLanguage) {
    const Expected& expected = GetParam();
    const QString language = QString::fromLatin1(expected.language);
    ASSERT_TRUE(Settings::instance().setValue(setting::language, language));
    EXPECT_EQ(installPreferredLanguage(), language);

    LibraryWindow library(*store_);
    library.show();
    EXPECT_EQ(menuTitles(library), expected.libraryMenus);

    const QString id = library.createResume(QStringLiteral("classic"), QStringLiteral("CV"));
    ASSERT_FALSE(id.isEmpty());
    EditorWindow* editor = library.openEditor(id);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
    EXPECT_EQ(menuTitles(*editor), expected.editorMenus);

    auto* email =
        qobject_cast<QLineEdit*>(editor->currentForm()->widgetFor(QStringLiteral("/basics/email")));
    ASSERT_NE(email, nullptr);
    EXPECT_EQ(formLabel(email), expected.emailLabel);
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral("not-an-email"));
    QStringList findings;
    for (int row = 0; row < editor->findingList()->count(); ++row)
        findings.append(editor->findingList()->item(row)->text());
    EXPECT_TRUE(findings.contains(expected.emailFinding)) << findings.join(u'\n').toStdString();
    EXPECT_EQ(email->toolTip(), expected.emailFinding);

    EXPECT_EQ(render::sectionTitle(u"work"), expected.workHeading);
    core::PlanLimit plan;
    plan.maxResumes = 3;
    EXPECT_EQ(core::reasonMessage(core::decideCreateResume(plan, {3, 0, 0, 0})),
              expected.planMessage);

    // For review: long words must fit the forms and menus (build/.../screenshots/).
    editor->resize(1400, 900);
    editor->preview()->renderNow();
    EXPECT_TRUE(editor->grab().toImage().save(
        test::screenshotPath(QStringLiteral("editor-%1.png").arg(language))));
    editor->close();
}

// One decision per message of the plan policy, "unlimited" included.
std::vector<core::PlanDecision> everyPlanMessage() {
    using core::PlanReason;
    std::vector<core::PlanDecision> decisions;
    for (const PlanReason reason :
         {PlanReason::Allowed, PlanReason::ResumeLimitReached, PlanReason::SectionLimitExceeded,
          PlanReason::ExportLimitReached, PlanReason::UploadBytesExceeded,
          PlanReason::BulkApplyLimitExceeded, PlanReason::TemplateNotAllowed})
        decisions.push_back({reason, 5, 4, 2, QStringLiteral("modern")});
    decisions.push_back({PlanReason::InvalidRequest, 5, 4, -1, {}});
    decisions.push_back({PlanReason::ResumeLimitReached, std::nullopt, 4, 1, {}});
    return decisions;
}

TEST_P(LocalizedDesktop, PlanMessagesSpeakTheChosenLanguage) {
    std::vector<QString> english;
    for (const core::PlanDecision& decision : everyPlanMessage())
        english.push_back(core::reasonMessage(decision));
    ASSERT_TRUE(installLanguage(QString::fromLatin1(GetParam().language)));
    const std::vector<core::PlanDecision> decisions = everyPlanMessage();
    for (std::size_t i = 0; i < decisions.size(); ++i) {
        const QString translated = core::reasonMessage(decisions[i]);
        EXPECT_NE(translated, english[i]) << "untranslated: " << english[i].toStdString();
        // The numbers and the template's name survive the translation.
        for (const QString& quoted : {QStringLiteral("4"), QStringLiteral("modern")}) {
            EXPECT_EQ(translated.contains(quoted), english[i].contains(quoted))
                << translated.toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, LocalizedDesktop, testing::ValuesIn(expectations()),
                         [](const testing::TestParamInfo<Expected>& param) {
                             return std::string(param.param.language);
                         });

// The sources of one context of vitae_en.ts.
QSet<QString> sourcesOf(const QString& context) {
    QFile file(test::sourcePath(QStringLiteral("translations/vitae_en.ts")));
    QSet<QString> sources;
    if (!file.open(QIODevice::ReadOnly))
        return sources;
    QXmlStreamReader xml(&file);
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name")
            current = xml.readElementText();
        else if (xml.name() == u"source" && current == context)
            sources.insert(xml.readElementText());
    }
    return sources;
}

// A resume with one empty entry in every section: each form then shows every field of its
// kind. Returns its id.
QString createEverySection(LocalStore& store) {
    QJsonObject resume{{QStringLiteral("basics"),
                        QJsonObject{{QStringLiteral("location"), QJsonObject()},
                                    {QStringLiteral("profiles"), QJsonArray{QJsonObject()}}}}};
    for (const QString& key : core::standardSectionKeys())
        resume.insert(key, QJsonArray{QJsonObject()});
    resume.insert(QStringLiteral("vitae"),
                  QJsonObject{{QStringLiteral("customSections"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("id"), QStringLiteral("talks")},
                                   {QStringLiteral("title"), QStringLiteral("Talks")},
                                   {QStringLiteral("entries"), QJsonArray{QJsonObject()}}}}}});
    const auto created = store.create({QStringLiteral("Every section"), QStringLiteral("classic"),
                                       QJsonDocument(resume).toJson(), QString()});
    return created ? created->id : QString();
}

QStringList sectionKeys(const ResumeDocument& document) {
    QStringList sections{QStringLiteral("basics")};
    for (const core::ResolvedSection& section : core::resolveSections(document.resume()))
        sections.append(section.key);
    return sections;
}

TEST_F(DesktopFixture, EveryFormLabelIsInTheSourceTranslationFile) {
    const QString id = createEverySection(*store_);
    ASSERT_FALSE(id.isEmpty());
    ResumeDocument document(*store_, id);
    ASSERT_TRUE(document.isValid());
    const QSet<QString> known = sourcesOf(QStringLiteral("vitae::desktop::fields"));
    ASSERT_FALSE(known.isEmpty());
    int labels = 0;
    for (const QString& key : sectionKeys(document)) {
        detail::SectionForm form(document, key);
        // Entries nest their rows in layouts of their own: look at every form layout.
        for (const QFormLayout* rows : form.findChildren<QFormLayout*>()) {
            for (int row = 0; row < rows->rowCount(); ++row) {
                const QLayoutItem* item = rows->itemAt(row, QFormLayout::LabelRole);
                const auto* label =
                    item != nullptr ? qobject_cast<QLabel*>(item->widget()) : nullptr;
                if (label == nullptr)
                    continue;
                ++labels;
                EXPECT_TRUE(known.contains(label->text()))
                    << "add to desktop/ui/src/field_labels.cpp: \"" << label->text().toStdString()
                    << "\" (section " << key.toStdString() << ")";
            }
        }
    }
    EXPECT_GT(labels, 60) << "every section's form has its fields";
}

} // namespace
// Labels come from the label table, never from the key itself ("url" reads "URL", not "Url").
TEST_F(DesktopFixture, EveryFieldIsLabelledFromTheLabelTable) {
    EXPECT_EQ(detail::fieldLabel(u"url"), QStringLiteral("URL"));
    EXPECT_EQ(detail::fieldLabel(u"countryCode"), QStringLiteral("Country code"));
    EXPECT_EQ(detail::fieldLabel(u"studyType"), QStringLiteral("Study type"));
    EXPECT_EQ(detail::fieldLabel(u"releaseDate"), QStringLiteral("Release date"));
    const QString id = createEverySection(*store_);
    ASSERT_FALSE(id.isEmpty());
    ResumeDocument document(*store_, id);
    ASSERT_TRUE(document.isValid());
    int fields = 0;
    for (const QString& section : sectionKeys(document)) {
        detail::SectionForm form(document, section);
        for (QWidget* widget : form.findChildren<QWidget*>()) {
            const QString pointer = widget->objectName();
            if (form.widgetFor(pointer) != widget)
                continue; // not a field
            ++fields;
            const QString key = pointer.section(QLatin1Char('/'), -1);
            const std::optional<QString> label = detail::fieldLabel(key);
            ASSERT_TRUE(label.has_value())
                << "add \"" << key.toStdString() << "\" to desktop/ui/src/field_labels.cpp";
            EXPECT_EQ(rowLabel(widget), *label) << pointer.toStdString();
            EXPECT_EQ(widget->accessibleName(), *label) << pointer.toStdString();
        }
    }
    EXPECT_GT(fields, 60) << "every section's form has its fields";
}

// The plan's counts choose the plural form: "1 resume", "3 resumes", in every language.
TEST_F(DesktopFixture, PlanMessagesUseThePluralFormOfTheirCount) {
    core::PlanLimit plan;
    plan.maxResumes = 1;
    const auto oneResume = [&plan] {
        return core::reasonMessage(core::decideCreateResume(plan, {1, 0, 0, 0}));
    };
    ASSERT_TRUE(installLanguage(QStringLiteral("en")));
    EXPECT_EQ(oneResume(), QStringLiteral("Your plan allows 1 resume and you already have 1."));
    core::PlanDecision sections{core::PlanReason::SectionLimitExceeded, 1, 2, 2, {}};
    EXPECT_EQ(core::reasonMessage(sections),
              QStringLiteral("This resume shows 2 sections, but at most 1 is allowed."));
    core::PlanDecision exports{core::PlanReason::ExportLimitReached, 1, 1, 1, {}};
    EXPECT_EQ(
        core::reasonMessage(exports),
        QStringLiteral("Your plan allows 1 export per day and you have already exported 1 today."));
    core::PlanDecision bulk{core::PlanReason::BulkApplyLimitExceeded, 1, 0, 2, {}};
    EXPECT_TRUE(core::reasonMessage(bulk).contains(QStringLiteral("daily limit of 1 recipient;")))
        << core::reasonMessage(bulk).toStdString();

    ASSERT_TRUE(installLanguage(QStringLiteral("de")));
    EXPECT_EQ(oneResume(),
              QStringLiteral("Ihr Tarif erlaubt 1 Lebenslauf, und Sie haben bereits 1."));
    ASSERT_TRUE(installLanguage(QStringLiteral("fr")));
    EXPECT_EQ(oneResume(), QStringLiteral("Votre formule autorise 1 CV et vous en avez déjà 1."));
    ASSERT_TRUE(installLanguage(QStringLiteral("es")));
    EXPECT_EQ(oneResume(), QStringLiteral("Su plan permite 1 currículum y ya tiene 1."));
    plan.maxResumes = 3;
    EXPECT_EQ(core::reasonMessage(core::decideCreateResume(plan, {3, 0, 0, 0})),
              QStringLiteral("Su plan permite 3 currículums y ya tiene 3."));
}

} // namespace vitae::desktop
