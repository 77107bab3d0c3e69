#include "fonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QMutex>
#include <QMutexLocker>

namespace vitae::render::detail {

namespace {

const QString kSans = QStringLiteral("DejaVu Sans");
const QString kSerif = QStringLiteral("DejaVu Serif");
const QString kCjk = QStringLiteral("WenQuanYi Micro Hei");

QString tr(const char* text) {
    return QCoreApplication::translate("vitae::render", text);
}

// The files, loaded by path so the output does not depend on what fontconfig would pick.
QStringList fontFiles() {
    const QDir dejavu(QStringLiteral(VITAE_FONT_DIR));
    QStringList files;
    for (const char* name :
         {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
          "DejaVuSans-BoldOblique.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
          "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"})
        files.append(dejavu.filePath(QLatin1StringView(name)));
    files.append(QStringLiteral(VITAE_CJK_FONT));
    return files;
}

} // namespace

QStringList fallbackFamilies() {
    return {kSans, kCjk};
}

QString ensureFontsLoaded() {
    static QMutex mutex;
    static bool done = false;
    static QString error;
    QMutexLocker lock(&mutex);
    if (done)
        return error;
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return tr("rendering needs a QGuiApplication (fonts)");
    done = true;
    QStringList missing;
    for (const QString& path : fontFiles()) {
        if (QFontDatabase::addApplicationFont(path) < 0)
            missing.append(path);
    }
    // Every family the themes use falls back in the same order. A theme's own family gets the
    // same list from fontFor(); substitutions also cover QFonts made elsewhere (the desktop).
    QFont::insertSubstitutions(kSerif, fallbackFamilies());
    QFont::insertSubstitutions(kSans, {kCjk});
    if (!missing.isEmpty()) {
        error = tr("cannot load fonts (install fonts-dejavu-core and fonts-wqy-microhei): %1")
                    .arg(missing.join(QStringLiteral(", ")));
    }
    return error;
}

const QPaintDevice& pointDevice() {
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(2835); // 72.009 dpi, which QImage reports as 72
        image.setDotsPerMeterY(2835);
        return image;
    }();
    return device;
}

QFont fontFor(const TextStyle& style, bool strong) {
    QFont font(style.family);
    QStringList families{style.family};
    for (const QString& fallback : fallbackFamilies()) {
        if (!families.contains(fallback))
            families.append(fallback);
    }
    font.setFamilies(families); // Qt tries the others, in order, for characters it lacks
    font.setPointSizeF(style.sizePt);
    font.setWeight(static_cast<QFont::Weight>(strong ? std::max(style.weight, 700) : style.weight));
    font.setItalic(style.italic);
    font.setKerning(true);
    // Outlines as designed at every size and resolution: the preview is the PDF.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QString breakLigatures(const QString& text) {
    const auto isLatinLetter = [](QChar c) { return c.unicode() < 0x250 && c.isLetter(); };
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        out.append(text.at(i));
        if ((text.at(i) == QLatin1Char('f') || text.at(i) == QLatin1Char('F')) &&
            i + 1 < text.size() && isLatinLetter(text.at(i + 1)))
            out.append(QChar(0x200C));
    }
    return out;
}

QString keepHyphenatedWords(const QString& text) {
    QString out;
    out.reserve(text.size() + 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        out.append(text.at(i));
        if (text.at(i) == QLatin1Char('-') && i > 0 && text.at(i - 1).isLetterOrNumber() &&
            i + 1 < text.size() && text.at(i + 1).isLetterOrNumber())
            out.append(QChar(0x2060));
    }
    return out;
}

} // namespace vitae::render::detail
