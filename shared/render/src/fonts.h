// Fonts of the renderer: DejaVu and a CJK font loaded by path with the fallback order
// between them, the 72 dpi measuring device every layout is shaped for, and the QFont of a
// text style.
#pragma once

#include <vitae/render/theme.h>

#include <QFont>
#include <QString>
#include <QStringList>
#include <QStringView>

QT_BEGIN_NAMESPACE
class QPaintDevice;
QT_END_NAMESPACE

namespace vitae::render::detail {

// Loads the DejaVu files once per process and sets up family substitution so text a family
// lacks falls back in a fixed order; "" when done, else what failed.
QString ensureFontsLoaded();
// Loads the CJK fallback font once per process. Only text that needs it pays for it: it is the
// largest file and costs a cold `vitae-cli render` some 20 million instructions to register.
QString ensureCjkFontLoaded();
bool cjkFontLoaded(); // ensureCjkFontLoaded() has run in this process
// True when the text has characters only the CJK fallback font draws (Han, kana, Hangul,
// CJK punctuation, full-width forms; anything beyond the BMP, to be safe).
bool needsCjkFont(QStringView text);

// The families a style's own family falls back to, in order: DejaVu Sans (Latin, Greek,
// Cyrillic, Arabic, Hebrew), then WenQuanYi Micro Hei (Chinese, Japanese kana, Korean).
QStringList fallbackFamilies();

// A device at exactly 72 dpi: a point is a device unit, so layouts are in points.
const QPaintDevice& pointDevice();

QFont fontFor(const TextStyle& style, bool strong = false);
// fontFor() on the point device, the same QFont each time it is asked for on a thread: its
// font engines stay resolved between layouts (font data per process, not results).
QFont layoutFont(const TextStyle& style, bool strong = false);

// Inserts U+200C ZERO WIDTH NONJOINER after an "f" followed by a Latin letter, so HarfBuzz
// forms no fi/ffi/fl ligature (the PDF text layer then reads "office", not U+FB03) while
// kerning, which skips default-ignorable characters, is kept. The joiner draws nothing and
// does not reach the text layer.
QString breakLigatures(const QString& text);

// Inserts U+2060 WORD JOINER after a hyphen inside a word, so no line breaks there: poppler
// joins a line that ends in "-" with the next and drops the hyphen, which turns
// "amira-haddad" into "amirahaddad" in the text layer. Like the non-joiner, it draws nothing.
QString keepHyphenatedWords(const QString& text);

} // namespace vitae::render::detail
