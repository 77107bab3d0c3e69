// A TrueType font program holding only the glyphs a document draws, renumbered in the order
// given, without hinting instructions (the PDF draws outlines as designed, as the preview does).
#pragma once

#include <QByteArray>

#include <vector>

namespace vitae::render::detail {

class FontFace;

struct FontSubset {
    QByteArray fontProgram; // the sfnt bytes, for a PDF /FontFile2
    // Subset glyph id -> the face's glyph id. The glyphs asked for keep their order after
    // .notdef (0); the parts of composite glyphs they use follow them.
    std::vector<quint32> glyphs;
};

// `glyphs` are the face's glyph ids in subset order, glyphs[0] == 0 (.notdef). The face must
// have TrueType outlines; a malformed glyph is kept empty rather than copied.
FontSubset subsetTrueType(const FontFace& face, std::vector<quint32> glyphs);

} // namespace vitae::render::detail
