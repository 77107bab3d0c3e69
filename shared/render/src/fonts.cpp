#include "fonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <utility>
#include <vector>

namespace vitae::render::detail {

namespace {

const QString kSans = QStringLiteral("DejaVu Sans");
const QString kSerif = QStringLiteral("DejaVu Serif");
const QString kCjk = QStringLiteral("WenQuanYi Micro Hei");

QString tr(const char* text) {
    return QCoreApplication::translate("vitae::render", text);
}

// The files, loaded by path so the output does not depend on what fontconfig would pick.
QStringList dejaVuFiles() {
    const QDir dejavu(QStringLiteral(VITAE_FONT_DIR));
    QStringList files;
    for (const char* name :
         {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
          "DejaVuSans-BoldOblique.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
          "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"})
        files.append(dejavu.filePath(QLatin1StringView(name)));
    return files;
}

// Adds the files to the application fonts once per process; the error (naming the files it
// could not load) is kept for every later call.
class FontFiles {
public:
    explicit FontFiles(QStringList files)
        : files_(std::move(files)) {}

    bool loaded() {
        QMutexLocker lock(&mutex_);
        return done_;
    }

    QString load() {
        QMutexLocker lock(&mutex_);
        if (done_)
            return error_;
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return tr("rendering needs a QGuiApplication (fonts)");
        done_ = true;
        QStringList missing;
        for (const QString& path : files_) {
            if (QFontDatabase::addApplicationFont(path) < 0)
                missing.append(path);
        }
        if (!missing.isEmpty()) {
            error_ = tr("cannot load fonts (install fonts-dejavu-core and fonts-wqy-microhei): %1")
                         .arg(missing.join(QStringLiteral(", ")));
        }
        return error_;
    }

private:
    QMutex mutex_;
    QStringList files_;
    bool done_ = false;
    QString error_;
};

} // namespace

QStringList fallbackFamilies() {
    return {kSans, kCjk};
}

QString ensureFontsLoaded() {
    static FontFiles dejaVu(dejaVuFiles());
    static const bool substituted = [] {
        // Every family the themes use falls back in the same order. A theme's own family gets
        // the same list from fontFor(); substitutions also cover QFonts made elsewhere (the
        // desktop).
        QFont::insertSubstitutions(kSerif, fallbackFamilies());
        QFont::insertSubstitutions(kSans, {kCjk});
        return true;
    }();
    Q_UNUSED(substituted);
    return dejaVu.load();
}

namespace {

FontFiles& cjkFont() {
    static FontFiles cjk({QStringLiteral(VITAE_CJK_FONT)});
    return cjk;
}

} // namespace

QString ensureCjkFontLoaded() {
    return cjkFont().load();
}

bool cjkFontLoaded() {
    return cjkFont().loaded();
}

bool needsCjkFont(QStringView text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) ||
               (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
               (u >= 0xFF00 && u <= 0xFFEF) || c.isHighSurrogate();
    });
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

QFont layoutFont(const TextStyle& style, bool strong) {
    struct Entry {
        TextStyle style;
        bool strong = false;
        QFont font;
    };
    // Per thread, as QFont resolves its engines per thread.
    thread_local std::vector<Entry> cache;
    for (const Entry& entry : cache) {
        if (entry.strong == strong && entry.style.family == style.family &&
            entry.style.sizePt == style.sizePt && entry.style.weight == style.weight &&
            entry.style.italic == style.italic)
            return entry.font;
    }
    constexpr size_t kMaxCachedFonts = 64; // a theme has a dozen styles
    if (cache.size() >= kMaxCachedFonts)
        cache.clear();
    return cache.emplace_back(Entry{style, strong, QFont(fontFor(style, strong), &pointDevice())})
        .font;
}

namespace {

// `text` with `mark` inserted after every character `after(text, i)` accepts; the text itself,
// not a copy, when there is none (most runs).
template <class After>
QString insertAfter(const QString& text, QChar mark, After after) {
    qsizetype next = 0;
    while (next < text.size() && !after(text, next))
        ++next;
    if (next == text.size())
        return text;
    QString out;
    out.reserve(text.size() + 8);
    qsizetype copied = 0;
    for (qsizetype i = next; i < text.size(); ++i) {
        if (after(text, i)) {
            out.append(QStringView(text).mid(copied, i + 1 - copied));
            out.append(mark);
            copied = i + 1;
        }
    }
    out.append(QStringView(text).mid(copied));
    return out;
}

} // namespace

QString breakLigatures(const QString& text) {
    return insertAfter(text, QChar(0x200C), [](const QString& t, qsizetype i) {
        const auto isLatinLetter = [](QChar c) { return c.unicode() < 0x250 && c.isLetter(); };
        return (t.at(i) == QLatin1Char('f') || t.at(i) == QLatin1Char('F')) && i + 1 < t.size() &&
               isLatinLetter(t.at(i + 1));
    });
}

QString keepHyphenatedWords(const QString& text) {
    return insertAfter(text, QChar(0x2060), [](const QString& t, qsizetype i) {
        return t.at(i) == QLatin1Char('-') && i > 0 && t.at(i - 1).isLetterOrNumber() &&
               i + 1 < t.size() && t.at(i + 1).isLetterOrNumber();
    });
}

} // namespace vitae::render::detail
