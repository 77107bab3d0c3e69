// A font face as the PDF writer needs it: metrics, glyph outlines and the glyph-to-character
// map, read from the face's own TrueType/OpenType tables once per process and then shared.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QRect>

#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QRawFont;
QT_END_NAMESPACE

namespace vitae::render::detail {

// Big-endian reads that return 0 past the end, so malformed tables cannot read out of bounds.
quint16 readU16(QByteArrayView bytes, qsizetype at);
quint32 readU32(QByteArrayView bytes, qsizetype at);
inline qint16 readI16(QByteArrayView bytes, qsizetype at) {
    return static_cast<qint16>(readU16(bytes, at));
}

class FontFace {
public:
    // The table with this tag ("glyf", "head", ...), empty when the face has none.
    using TableReader = std::function<QByteArray(const char* tag)>;

    // The face a raw font draws with, read on first use and kept for the process: font data,
    // never results. Thread-safe.
    static std::shared_ptr<const FontFace> of(const QRawFont& font);
    // Reads a face from its tables; `fallbackName` names it when it has no PostScript name.
    static FontFace read(const TableReader& table, const QByteArray& fallbackName);

    // "DejaVuSans-Bold": the PostScript name, letters, digits and '-' only.
    const QByteArray& postScriptName() const { return postScriptName_; }
    int unitsPerEm() const { return unitsPerEm_; }
    int glyphCount() const { return glyphCount_; }
    // TrueType outlines (glyf and loca) that can be subset; without them (CFF, bitmaps, broken
    // tables) the PDF draws the glyphs as outlines of its own.
    bool hasTrueTypeOutlines() const { return trueType_; }
    bool isBold() const { return bold_; }
    bool isItalic() const { return italic_; }
    bool isFixedPitch() const { return fixedPitch_; }
    int weight() const { return weight_; } // 100..900, 400 when the face does not say

    // In font units.
    int ascent() const { return ascent_; }
    int descent() const { return descent_; } // negative below the baseline
    int capHeight() const { return capHeight_; }
    QRect boundingBox() const { return bbox_; } // x, y = lower left; y up
    double italicAngle() const { return italicAngle_; }
    int advance(quint32 glyph) const;

    // The character the font's cmap maps to the glyph, 0 when none. When several do, the one
    // that is not a presentation form, compatibility or private-use character, then the lowest.
    char32_t character(quint32 glyph) const;

    // The glyph's TrueType outline (glyf data), empty for an empty glyph or no outlines.
    QByteArrayView glyphData(quint32 glyph) const;

    // Tables the subsetter copies.
    const QByteArray& head() const { return head_; }
    const QByteArray& hhea() const { return hhea_; }
    const QByteArray& maxp() const { return maxp_; }
    const QByteArray& post() const { return post_; }

private:
    void readMetrics(const TableReader& table);
    void readOutlines(const TableReader& table);
    void readCharacters(const QByteArray& cmap);
    void offer(char32_t character, quint32 glyph);

    QByteArray postScriptName_;
    int unitsPerEm_ = 1000;
    int glyphCount_ = 0;
    bool trueType_ = false;
    bool bold_ = false, italic_ = false, fixedPitch_ = false;
    int weight_ = 400;
    int ascent_ = 0, descent_ = 0, capHeight_ = 0;
    QRect bbox_;
    double italicAngle_ = 0;
    QByteArray head_, hhea_, maxp_, post_, hmtx_, loca_, glyf_;
    int longMetrics_ = 0;
    bool longOffsets_ = false;
    std::vector<char32_t> characters_; // per glyph
};

} // namespace vitae::render::detail
