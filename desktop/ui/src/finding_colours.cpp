#include "finding_colours.h"

#include <cmath>

namespace vitae::desktop::detail {
namespace {

// sRGB channel to linear light, as WCAG 2 defines relative luminance.
qreal linear(qreal channel) {
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

qreal luminance(const QColor& colour) {
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

} // namespace

qreal contrastRatio(const QColor& first, const QColor& second) {
    const qreal a = luminance(first);
    const qreal b = luminance(second);
    return (qMax(a, b) + 0.05) / (qMin(a, b) + 0.05);
}

QColor readableOn(const QColor& hue, const QColor& background, qreal minimum) {
    // Walk the lightness away from the background's: darker on light, lighter on dark.
    const bool darkBackground = luminance(background) < 0.18;
    const QColor hsl = hue.toHsl();
    constexpr int kSteps = 40;
    const float start = hsl.lightnessF(); // QColor's components are floats in Qt 6
    for (int step = 0; step <= kSteps; ++step) {
        const float share = static_cast<float>(step) / kSteps;
        const float lightness =
            darkBackground ? start + (1.0F - start) * share : start * (1.0F - share);
        const QColor candidate =
            QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), lightness).toRgb();
        if (contrastRatio(candidate, background) >= minimum)
            return candidate;
    }
    return darkBackground ? QColor(Qt::white) : QColor(Qt::black);
}

QColor findingColour(core::Severity severity, const QColor& background) {
    // Material red 700 and orange 800: the shades people read as "error" and "warning".
    const QColor hue =
        severity == core::Severity::Error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xef, 0x6c, 0x00);
    return readableOn(hue, background);
}

} // namespace vitae::desktop::detail
