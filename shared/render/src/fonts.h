// Fonts of the renderer: the DejaVu families loaded by path, the 72 dpi measuring device
// every layout is shaped for, and the QFont of a text style.
#pragma once

#include <vitae/render/theme.h>

#include <QFont>
#include <QString>

QT_BEGIN_NAMESPACE
class QPaintDevice;
QT_END_NAMESPACE

namespace vitae::render::detail {

// Loads the bundled font files once per process; "" when done, else what failed.
QString ensureFontsLoaded();

// A device at exactly 72 dpi: a point is a device unit, so layouts are in points.
const QPaintDevice& pointDevice();

QFont fontFor(const TextStyle& style, bool strong = false);

// Inserts U+200C ZERO WIDTH NONJOINER after an "f" followed by a Latin letter, so HarfBuzz
// forms no fi/ffi/fl ligature (the PDF text layer then reads "office", not U+FB03) while
// kerning, which skips default-ignorable characters, is kept. The joiner draws nothing and
// does not reach the text layer.
QString breakLigatures(const QString& text);

} // namespace vitae::render::detail
