// Colours for findings that stay readable on any palette, light or dark: the hue says
// error or warning, the lightness is chosen against the background it is drawn on.
#pragma once

#include <vitae/core/finding.h>

#include <QColor>

namespace vitae::desktop::detail {

// WCAG 2 asks 4.5:1 for body text; the findings are text, so they meet it.
constexpr qreal kMinimumTextContrast = 4.5;

// WCAG 2 contrast ratio of two opaque colours: 1 (none) to 21 (black on white).
qreal contrastRatio(const QColor& first, const QColor& second);

// `hue` darkened on a light background or lightened on a dark one, just enough to reach
// `minimum` contrast; black or white when no shade of the hue gets there.
QColor readableOn(const QColor& hue, const QColor& background,
                  qreal minimum = kMinimumTextContrast);

// The colour of a finding of this severity drawn on `background`.
QColor findingColour(core::Severity severity, const QColor& background);

} // namespace vitae::desktop::detail
