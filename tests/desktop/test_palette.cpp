// The editor follows the system's light or dark palette: its widgets take their colours
// from the palette, and findings, drawn in colours of their own, stay readable (WCAG
// contrast 4.5:1) on either background, also when the palette changes while it is open.
#include "finding_colours.h"
#include "preview_pane.h"
#include "section_form.h"
#include "temporary_library.h"
#include "window_helpers.h"

#include <vitae/desktop/editor_window.h>
#include <vitae/desktop/resume_document.h>

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace vitae::desktop {
namespace {

using detail::contrastRatio;
using detail::kMinimumTextContrast;

// A dark palette like the ones desktops hand to Qt in dark mode.
QPalette darkPalette() {
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Dark, QColor(0x14, 0x14, 0x16));
    palette.setColor(QPalette::Light, QColor(0x45, 0x45, 0x48));
    palette.setColor(QPalette::Mid, QColor(0x35, 0x35, 0x38));
    return palette;
}

QPalette lightPalette() {
    QPalette palette(QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

class PaletteTest : public testing::Test {
protected:
    void SetUp() override {
        original_ = QApplication::palette();
        ASSERT_TRUE(library_.isOpen());
        id_ = library_.addSample();
    }

    void TearDown() override {
        editor_.reset();
        QApplication::setPalette(original_);
    }

    void openEditor() {
        editor_ = std::make_unique<EditorWindow>(library_.store(), id_);
        ASSERT_TRUE(editor_->isValid());
        ASSERT_TRUE(test::showActive(*editor_));
    }

    // An error (a malformed address) and a warning (a country that is not a code).
    void makeFindings() {
        editor_->document()->setText(QStringLiteral("/basics/email"), QStringLiteral("amira@"));
        editor_->document()->setText(QStringLiteral("/basics/location/countryCode"),
                                     QStringLiteral("Germany"));
    }

    QListWidgetItem* findingAt(const QString& path) const {
        QListWidget* list = editor_->findingList();
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->toolTip() == path)
                return list->item(row);
        }
        return nullptr;
    }

    // The colour of the field's finding mark: its left border, as drawn on screen.
    static QColor markOf(QWidget* field) {
        const QImage picture = field->grab().toImage();
        return picture.pixelColor(0, picture.height() / 2);
    }

    void expectReadableFindings() const {
        const QColor background = editor_->findingList()->palette().color(QPalette::Base);
        for (const QString& path :
             {QStringLiteral("/basics/email"), QStringLiteral("/basics/location/countryCode")}) {
            const QListWidgetItem* item = findingAt(path);
            ASSERT_NE(item, nullptr) << path.toStdString();
            const QColor text = item->foreground().color();
            EXPECT_GE(contrastRatio(text, background), kMinimumTextContrast)
                << path.toStdString() << ": " << text.name().toStdString() << " on "
                << background.name().toStdString();
            QWidget* field = editor_->currentForm()->widgetFor(path);
            ASSERT_NE(field, nullptr);
            EXPECT_GE(contrastRatio(markOf(field), field->palette().color(QPalette::Base)),
                      kMinimumTextContrast)
                << path.toStdString() << " mark " << markOf(field).name().toStdString();
        }
    }

    QPalette original_;
    test::TemporaryLibrary library_;
    QString id_;
    std::unique_ptr<EditorWindow> editor_;
};

TEST_F(PaletteTest, InADarkPaletteTheWidgetsTakeItsColours) {
    const QPalette dark = darkPalette();
    QApplication::setPalette(dark);
    openEditor();
    for (QWidget* widget : std::initializer_list<QWidget*>{
             editor_->sectionList(), editor_->findingList(),
             editor_->currentForm()->widgetFor(QStringLiteral("/basics/name")),
             editor_->currentForm()->widgetFor(QStringLiteral("/basics/summary"))}) {
        ASSERT_NE(widget, nullptr);
        EXPECT_EQ(widget->palette().color(QPalette::Base), dark.color(QPalette::Base))
            << widget->metaObject()->className();
        EXPECT_EQ(widget->palette().color(QPalette::Text), dark.color(QPalette::Text));
    }
    EXPECT_EQ(editor_->currentForm()->palette().color(QPalette::Window),
              dark.color(QPalette::Window));
    // What is drawn follows: a field's inside is the dark base, not white.
    QWidget* name = editor_->currentForm()->widgetFor(QStringLiteral("/basics/name"));
    const QImage picture = name->grab().toImage();
    EXPECT_LT(contrastRatio(picture.pixelColor(picture.width() - 4, picture.height() / 2),
                            dark.color(QPalette::Base)),
              1.5);
}

TEST_F(PaletteTest, FindingsAreReadableInADarkPalette) {
    QApplication::setPalette(darkPalette());
    openEditor();
    makeFindings();
    expectReadableFindings();
}

TEST_F(PaletteTest, FindingsAreReadableInALightPalette) {
    QApplication::setPalette(lightPalette());
    openEditor();
    makeFindings();
    expectReadableFindings();
}

TEST_F(PaletteTest, SwitchingToDarkWhileOpenRecoloursTheFindings) {
    QApplication::setPalette(lightPalette());
    openEditor();
    makeFindings();
    const QColor lightText = findingAt(QStringLiteral("/basics/email"))->foreground().color();
    QApplication::setPalette(darkPalette());
    QApplication::processEvents(); // widgets hear of the new palette from the event loop
    const QColor darkText = findingAt(QStringLiteral("/basics/email"))->foreground().color();
    EXPECT_NE(darkText, lightText);
    expectReadableFindings();
}

// The dark editor for people to review, next to the light screenshots.
TEST_F(PaletteTest, DarkScreenshotForReview) {
    QApplication::setPalette(darkPalette());
    openEditor();
    editor_->resize(1400, 900);
    makeFindings();
    editor_->showSection(QStringLiteral("basics"));
    editor_->preview()->renderNow();
    QApplication::processEvents();
    const QImage shot = editor_->grab().toImage();
    EXPECT_EQ(shot.size(), editor_->size() * editor_->devicePixelRatio());
    // Mostly dark: the window is not drawn in light colours that ignore the palette.
    const QColor corner = shot.pixelColor(shot.width() - 2, shot.height() / 2);
    EXPECT_LT(corner.lightnessF(), 0.5) << corner.name().toStdString();
    EXPECT_TRUE(shot.save(test::screenshotPath(QStringLiteral("editor-dark.png"))));
}

TEST(ContrastRatio, MatchesWcag) {
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(Qt::white, Qt::black), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0, 1e-9);
    // #767676 on white is the classic just-passing grey, 4.54:1.
    EXPECT_NEAR(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
}

TEST(FindingColour, ReachesTheMinimumContrastOnEveryGrey) {
    for (int level = 0; level <= 255; level += 5) {
        const QColor background(level, level, level);
        for (const core::Severity severity : {core::Severity::Error, core::Severity::Warning}) {
            const QColor colour = detail::findingColour(severity, background);
            EXPECT_GE(contrastRatio(colour, background), kMinimumTextContrast)
                << "on " << background.name().toStdString();
        }
    }
}

TEST(FindingColour, KeepsItsHueWhereItCan) {
    const QColor onWhite = detail::findingColour(core::Severity::Error, Qt::white);
    const QColor onBlack = detail::findingColour(core::Severity::Error, Qt::black);
    EXPECT_GT(onWhite.red(), onWhite.green() + 60); // still red, not black
    EXPECT_GT(onBlack.red(), onBlack.green() + 60); // still red, not white
    EXPECT_NE(detail::findingColour(core::Severity::Warning, Qt::white), onWhite);
}

} // namespace
} // namespace vitae::desktop
