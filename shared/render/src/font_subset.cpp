#include "font_subset.h"

#include "font_face.h"

#include <array>
#include <optional>
#include <unordered_map>

namespace vitae::render::detail {
namespace {

// Composite glyph component flags (OpenType glyf table).
constexpr quint16 kArgsAreWords = 0x0001;
constexpr quint16 kHaveScale = 0x0008;
constexpr quint16 kMoreComponents = 0x0020;
constexpr quint16 kHaveXYScale = 0x0040;
constexpr quint16 kHaveTwoByTwo = 0x0080;
constexpr quint16 kHaveInstructions = 0x0100;
constexpr qsizetype kGlyphHeaderSize = 10;

void writeU16(QByteArray& bytes, qsizetype at, quint16 value) {
    bytes[at] = static_cast<char>(value >> 8);
    bytes[at + 1] = static_cast<char>(value & 0xFF);
}

void writeU32(QByteArray& bytes, qsizetype at, quint32 value) {
    writeU16(bytes, at, static_cast<quint16>(value >> 16));
    writeU16(bytes, at + 2, static_cast<quint16>(value & 0xFFFF));
}

void appendU16(QByteArray& bytes, quint16 value) {
    bytes.append(static_cast<char>(value >> 8));
    bytes.append(static_cast<char>(value & 0xFF));
}

void appendU32(QByteArray& bytes, quint32 value) {
    appendU16(bytes, static_cast<quint16>(value >> 16));
    appendU16(bytes, static_cast<quint16>(value & 0xFFFF));
}

void padTo4(QByteArray& bytes) {
    bytes.resize((bytes.size() + 3) / 4 * 4, '\0');
}

quint32 checksum(QByteArrayView table) {
    quint32 sum = 0;
    for (qsizetype at = 0; at < table.size(); at += 4) {
        quint32 word = 0;
        for (qsizetype i = 0; i < 4; ++i)
            word = (word << 8) | (at + i < table.size() ? static_cast<uchar>(table[at + i]) : 0u);
        sum += word;
    }
    return sum;
}

struct Component {
    qsizetype flagsAt = 0; // its flags; the glyph id follows
    quint32 glyph = 0;
};

// A composite glyph's components and where their list ends (instructions may follow);
// nothing when the data is cut short.
struct Composite {
    std::vector<Component> components;
    qsizetype end = 0;
};

std::optional<Composite> parseComposite(QByteArrayView data) {
    Composite composite;
    qsizetype at = kGlyphHeaderSize;
    quint16 flags = kMoreComponents;
    while ((flags & kMoreComponents) != 0) {
        if (at + 4 > data.size())
            return std::nullopt;
        flags = readU16(data, at);
        composite.components.push_back({at, readU16(data, at + 2)});
        at += 4 + ((flags & kArgsAreWords) != 0 ? 4 : 2);
        if ((flags & kHaveScale) != 0)
            at += 2;
        else if ((flags & kHaveXYScale) != 0)
            at += 4;
        else if ((flags & kHaveTwoByTwo) != 0)
            at += 8;
    }
    if (at > data.size())
        return std::nullopt;
    composite.end = at;
    return composite;
}

bool isComposite(QByteArrayView data) {
    return data.size() >= kGlyphHeaderSize && readI16(data, 0) < 0;
}

// A simple glyph without its instructions; empty when malformed.
QByteArray strippedSimpleGlyph(QByteArrayView data) {
    const qsizetype lengthAt = kGlyphHeaderSize + 2 * qsizetype{readI16(data, 0)};
    const qsizetype rest = lengthAt + 2 + readU16(data, lengthAt);
    if (data.size() < kGlyphHeaderSize || rest > data.size())
        return {};
    QByteArray out;
    out.reserve(data.size());
    out.append(data.data(), lengthAt);
    appendU16(out, 0);
    out.append(data.data() + rest, data.size() - rest);
    return out;
}

class Subsetter {
public:
    Subsetter(const FontFace& face, std::vector<quint32> glyphs)
        : face_(face)
        , glyphs_(std::move(glyphs)) {
        for (size_t i = 0; i < glyphs_.size(); ++i)
            newId_.emplace(glyphs_[i], static_cast<quint16>(i));
    }

    FontSubset run() {
        addComponents();
        const auto count = static_cast<qsizetype>(glyphs_.size());
        QByteArray glyf;
        QByteArray loca(4 * (count + 1), '\0');
        QByteArray hmtx(4 * count, '\0');
        for (qsizetype id = 0; id < count; ++id) {
            const quint32 glyph = glyphs_[static_cast<size_t>(id)];
            writeU32(loca, 4 * id, static_cast<quint32>(glyf.size()));
            const QByteArray data = stripped(face_.glyphData(glyph));
            glyf.append(data);
            padTo4(glyf);
            writeU16(hmtx, 4 * id, static_cast<quint16>(face_.advance(glyph)));
            writeU16(hmtx, 4 * id + 2, data.isEmpty() ? 0 : readU16(data, 2)); // xMin: the bearing
        }
        writeU32(loca, 4 * count, static_cast<quint32>(glyf.size()));
        return {assemble(glyf, loca, hmtx), glyphs_};
    }

private:
    // Appends the glyphs composite glyphs are made of, so each can be drawn.
    void addComponents() {
        for (size_t i = 0; i < glyphs_.size() && glyphs_.size() < 0xFFFF; ++i) {
            const QByteArrayView data = face_.glyphData(glyphs_[i]);
            if (!isComposite(data))
                continue;
            const auto composite = parseComposite(data);
            if (!composite)
                continue;
            for (const Component& component : composite->components) {
                if (component.glyph < quint32(face_.glyphCount()) &&
                    newId_.emplace(component.glyph, static_cast<quint16>(glyphs_.size())).second)
                    glyphs_.push_back(component.glyph);
            }
        }
    }

    // The glyph renumbered and without instructions; empty when malformed.
    QByteArray stripped(QByteArrayView data) const {
        if (data.size() < kGlyphHeaderSize)
            return {};
        if (!isComposite(data))
            return strippedSimpleGlyph(data);
        const auto composite = parseComposite(data);
        if (!composite)
            return {};
        QByteArray out(data.data(), composite->end);
        for (const Component& component : composite->components) {
            const auto found = newId_.find(component.glyph);
            if (found == newId_.end())
                return {};
            writeU16(out, component.flagsAt,
                     readU16(out, component.flagsAt) & ~quint32{kHaveInstructions});
            writeU16(out, component.flagsAt + 2, found->second);
        }
        return out;
    }

    QByteArray assemble(const QByteArray& glyf, const QByteArray& loca, const QByteArray& hmtx) {
        const auto count = static_cast<quint16>(glyphs_.size());
        QByteArray head = face_.head().left(54);
        writeU32(head, 8, 0);  // checkSumAdjustment, set below
        writeU16(head, 50, 1); // long loca offsets
        QByteArray hhea = face_.hhea().left(36);
        writeU16(hhea, 34, count);
        QByteArray maxp = face_.maxp();
        writeU16(maxp, 4, count);
        // Version 3: no glyph names, which a PDF font program does not need.
        QByteArray post = face_.post().left(32);
        post.resize(32, '\0');
        writeU32(post, 0, 0x00030000);
        const std::array<std::pair<const char*, const QByteArray*>, 7> tables = {{
            {"glyf", &glyf},
            {"head", &head},
            {"hhea", &hhea},
            {"hmtx", &hmtx},
            {"loca", &loca},
            {"maxp", &maxp},
            {"post", &post},
        }};
        QByteArray font;
        appendU32(font, 0x00010000);
        appendU16(font, tables.size());
        appendU16(font, 64); // searchRange: 16 * the largest power of two <= 7
        appendU16(font, 2);  // entrySelector: log2 of that power
        appendU16(font, 16 * tables.size() - 64);
        qsizetype offset = 12 + 16 * qsizetype{tables.size()};
        for (const auto& [tag, table] : tables) {
            font.append(tag, 4);
            appendU32(font, checksum(*table));
            appendU32(font, static_cast<quint32>(offset));
            appendU32(font, static_cast<quint32>(table->size()));
            offset += (table->size() + 3) / 4 * 4;
        }
        qsizetype headAt = 0;
        for (const auto& [tag, table] : tables) {
            if (table == &head)
                headAt = font.size();
            font.append(*table);
            padTo4(font);
        }
        writeU32(font, headAt + 8, 0xB1B0AFBA - checksum(font));
        return font;
    }

    const FontFace& face_;
    std::vector<quint32> glyphs_;
    std::unordered_map<quint32, quint16> newId_;
};

} // namespace

FontSubset subsetTrueType(const FontFace& face, std::vector<quint32> glyphs) {
    return Subsetter(face, std::move(glyphs)).run();
}

} // namespace vitae::render::detail
