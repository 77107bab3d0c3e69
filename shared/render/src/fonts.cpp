#include "fonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QMutex>
#include <QMutexLocker>

namespace vitae::render::detail {

QString ensureFontsLoaded() {
    static QMutex mutex;
    static bool done = false;
    static QString error;
    QMutexLocker lock(&mutex);
    if (done)
        return error;
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return QCoreApplication::translate("vitae::render",
                                           "rendering needs a QGuiApplication (fonts)");
    done = true;
    const QDir dir(QStringLiteral(VITAE_FONT_DIR));
    const QLatin1StringView files[] = {
        QLatin1StringView("DejaVuSans.ttf"),
        QLatin1StringView("DejaVuSans-Bold.ttf"),
        QLatin1StringView("DejaVuSans-Oblique.ttf"),
        QLatin1StringView("DejaVuSans-BoldOblique.ttf"),
        QLatin1StringView("DejaVuSerif.ttf"),
        QLatin1StringView("DejaVuSerif-Bold.ttf"),
        QLatin1StringView("DejaVuSerif-Italic.ttf"),
        QLatin1StringView("DejaVuSerif-BoldItalic.ttf"),
    };
    QStringList missing;
    for (QLatin1StringView file : files) {
        const QString path = dir.filePath(file);
        if (QFontDatabase::addApplicationFont(path) < 0)
            missing.append(path);
    }
    if (!missing.isEmpty()) {
        error = QCoreApplication::translate("vitae::render",
                                            "cannot load fonts (install fonts-dejavu-core): %1")
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
    font.setFamilies({style.family});
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

} // namespace vitae::render::detail
