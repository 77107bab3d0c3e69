#include "font_face.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRawFont>

#include <map>
#include <utility>

namespace vitae::render::detail {

quint16 readU16(QByteArrayView bytes, qsizetype at) {
    if (at < 0 || at + 2 > bytes.size())
        return 0;
    const auto* p = reinterpret_cast<const uchar*>(bytes.data() + at);
    return static_cast<quint16>((p[0] << 8) | p[1]);
}

quint32 readU32(QByteArrayView bytes, qsizetype at) {
    return (quint32{readU16(bytes, at)} << 16) | readU16(bytes, at + 2);
}

namespace {

// Lower is better when several characters map to one glyph: a plain character, then a
// presentation form or compatibility ligature (Arabic contextual forms, "fi"), then private use.
int characterRank(char32_t c) {
    if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000)
        return 2;
    if ((c >= 0xFB00 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
        return 1;
    return 0;
}

// How good a cmap subtable is for the reverse map: full Unicode before the BMP only.
int subtableScore(quint16 platform, quint16 encoding, quint16 format) {
    if (format == 12 && (platform == 0 || (platform == 3 && encoding == 10)))
        return 2;
    if (format == 4 && (platform == 0 || (platform == 3 && encoding == 1)))
        return 1;
    return 0;
}

QByteArray postScriptNameFrom(const QByteArray& name) {
    const quint16 count = readU16(name, 2);
    const quint16 strings = readU16(name, 4);
    QByteArray found;
    for (quint16 i = 0; i < count && found.isEmpty(); ++i) {
        const qsizetype record = 6 + 12 * qsizetype{i};
        const quint16 platform = readU16(name, record);
        const quint16 id = readU16(name, record + 6);
        const quint16 length = readU16(name, record + 8);
        const qsizetype at = qsizetype{strings} + readU16(name, record + 10);
        if (id != 6 || at + length > name.size())
            continue;
        const QByteArrayView text(name.constData() + at, length);
        if (platform == 3 || platform == 0) { // UTF-16BE
            for (qsizetype c = 1; c < text.size(); c += 2)
                found.append(text[c]);
        } else if (platform == 1) {
            found = text.toByteArray();
        }
    }
    return found;
}

// Letters, digits, '-' and '_': a valid PDF name without escapes.
QByteArray cleanName(const QByteArray& name) {
    QByteArray out;
    for (const char c : name) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_')
            out.append(c);
    }
    return out;
}

// Two levels, so a face is read once however many sizes it is drawn at: the raw fonts seen
// (each holds its font engine, so the pointer behind it stays unique), and the faces by
// content.
struct FaceCache {
    QMutex mutex;
    std::vector<std::pair<QRawFont, std::shared_ptr<const FontFace>>> byRawFont;
    std::map<QByteArray, std::shared_ptr<const FontFace>> byIdentity;
};

// Bounds what the cache keeps alive in a long-running process that meets many sizes.
constexpr size_t kMaxCachedRawFonts = 256;
// Bounds the mappings read from a cmap: every Unicode code point once and then some, so a
// malformed table of overlapping ranges cannot keep the reader busy for minutes.
constexpr quint32 kMaxCmapMappings = 0x220000;

} // namespace

std::shared_ptr<const FontFace> FontFace::of(const QRawFont& font) {
    static FaceCache cache;
    QMutexLocker lock(&cache.mutex);
    for (const auto& [raw, face] : cache.byRawFont) {
        if (raw == font)
            return face;
    }
    const QByteArray family = font.familyName().toUtf8();
    const QByteArray identity = family + '\0' + font.fontTable("head") + font.fontTable("hhea") +
                                font.fontTable("maxp") + font.fontTable("OS/2");
    auto& face = cache.byIdentity[identity];
    if (!face) {
        const QByteArray fallback = cleanName(family + '-' + font.styleName().toUtf8());
        face = std::make_shared<const FontFace>(
            read([&font](const char* tag) { return font.fontTable(tag); }, fallback));
    }
    if (cache.byRawFont.size() >= kMaxCachedRawFonts)
        cache.byRawFont.clear();
    cache.byRawFont.emplace_back(font, face);
    return face;
}

FontFace FontFace::read(const TableReader& table, const QByteArray& fallbackName) {
    FontFace face;
    face.postScriptName_ = cleanName(postScriptNameFrom(table("name")));
    if (face.postScriptName_.isEmpty())
        face.postScriptName_ = fallbackName.isEmpty() ? QByteArray("Font") : fallbackName;
    face.readMetrics(table);
    face.readOutlines(table);
    face.readCharacters(table("cmap"));
    return face;
}

void FontFace::readMetrics(const TableReader& table) {
    head_ = table("head");
    hhea_ = table("hhea");
    maxp_ = table("maxp");
    post_ = table("post");
    hmtx_ = table("hmtx");
    const QByteArray os2 = table("OS/2");
    const quint16 unitsPerEm = readU16(head_, 18);
    unitsPerEm_ = unitsPerEm >= 16 ? unitsPerEm : 1000;
    bbox_ = QRect(QPoint(readI16(head_, 36), readI16(head_, 38)),
                  QPoint(readI16(head_, 40), readI16(head_, 42)));
    glyphCount_ = readU16(maxp_, 4);
    ascent_ = readI16(hhea_, 4);
    descent_ = readI16(hhea_, 6);
    longMetrics_ = std::min<int>(readU16(hhea_, 34), static_cast<int>(hmtx_.size() / 4));
    italicAngle_ = static_cast<qint32>(readU32(post_, 4)) / 65536.0;
    fixedPitch_ = readU32(post_, 12) != 0;
    // As FreeType decides a face's style: OS/2 when present, else the head table.
    const quint16 selection = readU16(os2, 62);
    const quint16 macStyle = readU16(head_, 44);
    bold_ = os2.size() >= 64 ? (selection & 0x20) != 0 : (macStyle & 1) != 0;
    italic_ = os2.size() >= 64 ? (selection & 0x201) != 0 : (macStyle & 2) != 0;
    if (const quint16 weight = readU16(os2, 4); weight >= 100 && weight <= 900)
        weight_ = weight;
    capHeight_ = readU16(os2, 0) >= 2 && os2.size() >= 90 ? readI16(os2, 88) : ascent_;
}

void FontFace::readOutlines(const TableReader& table) {
    loca_ = table("loca");
    glyf_ = table("glyf");
    longOffsets_ = readI16(head_, 50) == 1;
    const qsizetype entry = longOffsets_ ? 4 : 2;
    trueType_ = glyphCount_ > 0 && !glyf_.isEmpty() && head_.size() >= 54 && hhea_.size() >= 36 &&
                maxp_.size() >= 6 && longMetrics_ > 0 && loca_.size() >= (glyphCount_ + 1) * entry;
    if (!trueType_) {
        loca_.clear();
        glyf_.clear();
    }
}

void FontFace::readCharacters(const QByteArray& cmap) {
    characters_.assign(static_cast<size_t>(glyphCount_), 0);
    qsizetype best = -1;
    int bestScore = 0;
    const quint16 tables = readU16(cmap, 2);
    for (quint16 i = 0; i < tables; ++i) {
        const qsizetype record = 4 + 8 * qsizetype{i};
        const qsizetype at = readU32(cmap, record + 4);
        const int score =
            subtableScore(readU16(cmap, record), readU16(cmap, record + 2), readU16(cmap, at));
        if (score > bestScore) {
            bestScore = score;
            best = at;
        }
    }
    quint32 budget = kMaxCmapMappings;
    if (bestScore == 2) {
        const quint32 groups = readU32(cmap, best + 12);
        for (quint32 g = 0; g < groups && best + 16 + qsizetype{g} * 12 <= cmap.size(); ++g) {
            const qsizetype group = best + 16 + qsizetype{g} * 12;
            const quint32 first = readU32(cmap, group);
            const quint32 last = std::min<quint32>(readU32(cmap, group + 4), 0x10FFFF);
            const quint32 glyph = readU32(cmap, group + 8);
            for (quint32 c = first;
                 c <= last && glyph + (c - first) < quint32(glyphCount_) && budget > 0;
                 ++c, --budget)
                offer(c, glyph + (c - first));
        }
    } else if (bestScore == 1) {
        const qsizetype segments = readU16(cmap, best + 6) / 2;
        const qsizetype ends = best + 14, starts = ends + 2 * segments + 2;
        const qsizetype deltas = starts + 2 * segments, ranges = deltas + 2 * segments;
        for (qsizetype s = 0; s < segments; ++s) {
            const quint16 first = readU16(cmap, starts + 2 * s);
            const quint16 last = readU16(cmap, ends + 2 * s);
            const quint16 delta = readU16(cmap, deltas + 2 * s);
            const quint16 rangeOffset = readU16(cmap, ranges + 2 * s);
            for (quint32 c = first; c <= last && c != 0xFFFF && budget > 0; ++c, --budget) {
                quint32 glyph = c + delta;
                if (rangeOffset != 0) {
                    glyph = readU16(cmap, ranges + 2 * s + rangeOffset + 2 * qsizetype{c - first});
                    if (glyph != 0)
                        glyph += delta;
                }
                offer(c, glyph & 0xFFFF);
            }
        }
    }
}

void FontFace::offer(char32_t character, quint32 glyph) {
    if (glyph == 0 || glyph >= characters_.size())
        return;
    char32_t& held = characters_[glyph];
    const int rank = characterRank(character);
    if (held == 0 || rank < characterRank(held) ||
        (rank == characterRank(held) && character < held))
        held = character;
}

int FontFace::advance(quint32 glyph) const {
    if (longMetrics_ == 0)
        return 0;
    const quint32 metric = std::min<quint32>(glyph, quint32(longMetrics_ - 1));
    return readU16(hmtx_, 4 * qsizetype{metric});
}

char32_t FontFace::character(quint32 glyph) const {
    return glyph < characters_.size() ? characters_[glyph] : 0;
}

QByteArrayView FontFace::glyphData(quint32 glyph) const {
    if (!trueType_ || glyph >= quint32(glyphCount_))
        return {};
    const qsizetype at = glyph;
    const qsizetype start =
        longOffsets_ ? qsizetype{readU32(loca_, 4 * at)} : 2 * qsizetype{readU16(loca_, 2 * at)};
    const qsizetype end = longOffsets_ ? qsizetype{readU32(loca_, 4 * at + 4)}
                                       : 2 * qsizetype{readU16(loca_, 2 * at + 2)};
    if (start >= end || end > glyf_.size())
        return {};
    return QByteArrayView(glyf_.constData() + start, end - start);
}

} // namespace vitae::render::detail
