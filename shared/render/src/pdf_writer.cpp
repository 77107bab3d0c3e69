#include "pdf_writer.h"

#include "font_face.h"
#include "font_subset.h"
#include "pdf_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPainterPath>
#include <QRawFont>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace vitae::render::detail {
namespace {

constexpr char kHexDigits[] = "0123456789ABCDEF";
// Qt's FreeType engine fakes a missing italic face with this shear and a missing bold one by
// widening outlines by 1/24 em (as measured at 72 dpi; its preview images at other
// resolutions widen less); the PDF does the same, the widening as a stroke around the glyph.
constexpr double kSyntheticShear = 0.3;
constexpr double kSyntheticBoldStroke = 1.0 / 24;
// How far, in points, a glyph may sit from where the PDF's pen puts it before the content
// says so: half a pixel at 1200 dpi.
constexpr double kPositionTolerance = 0.03;
// Type 3 fonts have one-byte codes: a face drawn as outlines is split into fonts of 256.
constexpr int kType3Codes = 256;
// Entries per beginbfchar section, the limit PostScript CMaps set.
constexpr int kCMapSectionEntries = 100;
// PDF/A's output intent: the colour space every DeviceRGB colour of the file is meant in.
const char* const kSrgbProfile = ":/qpdf/sRGB2014.icc"; // shipped inside Qt Gui

void appendHex(QByteArray& out, quint32 value, int digits) {
    char hex[8];
    for (int i = digits - 1; i >= 0; --i, value >>= 4)
        hex[i] = kHexDigits[value & 0xF];
    out.append(hex, digits);
}

void appendInteger(QByteArray& out, qint64 value) {
    out.append(QByteArray::number(value));
}

bool isPresentationForm(char32_t c) {
    return (c >= 0xFB00 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

// The characters a glyph shows, from the face's cmap. A presentation form that stands for one
// letter reads as that letter (an Arabic initial form as the letter), so text extracts as
// typed; a ligature of several (Arabic lam-alef) keeps its own code point, because poppler
// would reverse the letters of a right-to-left one.
QString charactersOf(const FontFace& face, quint32 glyph) {
    const char32_t c = face.character(glyph);
    if (c == 0)
        return {};
    QString text = QString::fromUcs4(&c, 1);
    if (!isPresentationForm(c))
        return text;
    const QString letters = text.normalized(QString::NormalizationForm_KC);
    return letters.size() == 1 || QChar::direction(c) == QChar::DirL ? letters : text;
}

// Calls `use` with each code point of the text (surrogate pairs joined), allocating nothing.
template <class Use>
void forEachCodePoint(QStringView text, Use use) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            use(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            use(char32_t{c.unicode()});
        }
    }
}

bool isBlank(const QString& text) {
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// Bidi controls, joiners and line separators: in the layout's text, never in the text layer.
bool isInvisible(char32_t c) {
    const QChar::Category category = QChar::category(c);
    return QChar::isSpace(c) || category == QChar::Other_Format ||
           category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

QString visibleText(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace())
            out.append(QLatin1Char(' '));
        else if (!isInvisible(c.unicode())) // a surrogate is kept: its category is not Cf
            out.append(c);
    }
    return out.simplified();
}

// A subset's tag (six capital letters before its name) derived from what it holds, so the
// same document gives the same name and another subset of the face another.
QByteArray subsetTag(const QByteArray& name, const std::vector<quint32>& glyphs) {
    quint64 hash = 0xcbf29ce484222325ULL; // FNV-1a
    const auto mix = [&hash](quint32 value) {
        hash ^= value;
        hash *= 0x100000001b3ULL;
    };
    for (const char c : name)
        mix(static_cast<uchar>(c));
    for (const quint32 glyph : glyphs)
        mix(glyph);
    QByteArray tag;
    for (int i = 0; i < 6; ++i) {
        tag.append(static_cast<char>('A' + hash % 26));
        hash /= 26;
    }
    return tag;
}

int scaled(int fontUnits, int unitsPerEm) {
    return static_cast<int>(std::lround(fontUnits * 1000.0 / unitsPerEm));
}

// A face as this document embeds it: each glyph used gets the next CID in order of first use.
struct EmbeddedFont {
    std::shared_ptr<const FontFace> face;
    QRawFont rawFont;              // one of the raw fonts drawing it: outlines for Type 3
    bool outlines{};               // Type 3 outlines instead of a TrueType subset
    QByteArray resource;           // "F0": its name in the page resources
    std::vector<quint32> glyphs;   // CID -> glyph
    std::vector<quint16> cids;     // glyph -> CID; 0 = none yet
    std::vector<QString> text;     // CID -> the characters it shows: its ToUnicode entry
    std::vector<QString> meaning;  // CID -> the same in NFKD, to compare with the source
    std::vector<int> widths;       // CID -> advance in 1/1000 em
    std::optional<QRawFont> large; // at 1000 pixels: Type 3 widths and outlines

    QRawFont& atThousandPixels() {
        if (!large) {
            large = rawFont;
            large->setPixelSize(1000);
        }
        return *large;
    }

    int widthOf(quint32 glyph) {
        if (!outlines)
            return scaled(face->advance(glyph), face->unitsPerEm());
        const QList<QPointF> advances = atThousandPixels().advancesForGlyphIndexes({glyph});
        return advances.isEmpty() ? 0 : static_cast<int>(std::lround(advances.front().x()));
    }

    quint16 cidOf(quint32 glyph) {
        if (glyph > 0xFFFF)
            return 0; // not a TrueType or OpenType glyph id: .notdef
        if (glyph >= cids.size())
            cids.resize(glyph + 1, 0);
        if (glyph == 0 || cids[glyph] != 0)
            return cids[glyph];
        if (glyphs.size() > 0xFFFF)
            return 0; // beyond what two-byte codes can name: .notdef
        const auto cid = static_cast<quint16>(glyphs.size());
        cids[glyph] = cid;
        glyphs.push_back(glyph);
        text.push_back(charactersOf(*face, glyph));
        meaning.push_back(text.back().normalized(QString::NormalizationForm_KD));
        widths.push_back(widthOf(glyph));
        return cid;
    }
};

struct PlacedGlyph {
    quint16 cid = 0;
    double x = 0, y = 0; // the glyph origin in PDF page space (y up)
};

struct PreparedRun {
    EmbeddedFont* font = nullptr;
    double size = 0;
    bool syntheticBold = false, syntheticItalic = false;
    std::vector<PlacedGlyph> glyphs;
};

struct Link {
    QRectF rect; // PDF page space
    QString href;
};

struct PageData {
    QByteArray content;
    std::vector<Link> links;
};

} // namespace

// The document being written: its pages so far and the fonts they use.
struct PdfWriter::Document {
    QSizeF pageSize;
    PdfWriterOptions options;
    std::vector<PageData> pages;
    std::vector<std::unique_ptr<EmbeddedFont>> fonts; // in order of first use
    std::vector<std::pair<QRawFont, EmbeddedFont*>> byRawFont;
    std::unique_ptr<PageCanvas> canvas;

    EmbeddedFont& fontFor(const QRawFont& raw) {
        for (const auto& [known, font] : byRawFont) {
            if (known == raw)
                return *font;
        }
        std::shared_ptr<const FontFace> face = FontFace::of(raw);
        EmbeddedFont* font = nullptr;
        for (const auto& embedded : fonts) {
            if (embedded->face == face)
                font = embedded.get();
        }
        if (font == nullptr) {
            auto added = std::make_unique<EmbeddedFont>();
            added->face = std::move(face);
            added->rawFont = raw;
            added->outlines = options.outlineFontsOnly || !added->face->hasTrueTypeOutlines();
            added->resource = "F" + QByteArray::number(fonts.size());
            added->cids.assign(static_cast<size_t>(added->face->glyphCount()), 0);
            added->glyphs = {0};
            added->text = {QString()};
            added->meaning = {QString()};
            added->widths = {added->widthOf(0)};
            font = fonts.emplace_back(std::move(added)).get();
        }
        byRawFont.emplace_back(raw, font);
        return *font;
    }
};

namespace {

// One page's content stream: the canvas operations as PDF operators, with the graphics state
// tracked so that a colour or font is set only when it changes.
class PdfPageCanvas final : public PageCanvas {
public:
    PdfPageCanvas(PdfWriter::Document& document, PageData& page)
        : document_(document)
        , page_(page)
        , out_(page.content)
        , height_(document.pageSize.height()) {}

    void fillRect(const QRectF& rect, const QColor& color) override {
        setColor(color, fill_, "rg\n");
        appendNumber(out_, rect.x(), 2);
        out_.append(' ');
        appendNumber(out_, height_ - rect.bottom(), 2);
        out_.append(' ');
        appendNumber(out_, rect.width(), 2);
        out_.append(' ');
        appendNumber(out_, rect.height(), 2);
        out_.append(" re f\n");
    }

    void drawRule(QPointF from, QPointF to, double widthPt, const QColor& color) override {
        setColor(color, stroke_, "RG\n");
        setLineWidth(widthPt);
        appendPoint(from);
        out_.append(" m ");
        appendPoint(to);
        out_.append(" l S\n");
    }

    void drawText(const TextSpan& span) override {
        runs_.clear();
        for (const QGlyphRun& run : span.glyphRuns)
            prepare(run, span.origin);
        if (std::all_of(runs_.begin(), runs_.end(),
                        [](const PreparedRun& run) { return run.glyphs.empty(); }))
            return;
        const bool actualText = !glyphsShowExactly(span.text);
        if (actualText) {
            out_.append("/Span <</ActualText ");
            out_.append(pdfTextString(visibleText(span.text)));
            out_.append(">> BDC\n");
        }
        out_.append("BT\n");
        for (const PreparedRun& run : runs_)
            emitRun(run, span.color);
        out_.append("ET\n");
        if (actualText)
            out_.append("EMC\n");
        if (!span.href.isEmpty() && !span.linkArea.isEmpty()) {
            const QRectF& area = span.linkArea;
            page_.links.push_back(
                {QRectF(area.x(), height_ - area.bottom(), area.width(), area.height()),
                 span.href});
        }
    }

private:
    void appendPoint(QPointF point) {
        appendNumber(out_, point.x(), 2);
        out_.append(' ');
        appendNumber(out_, height_ - point.y(), 2);
    }

    void setColor(const QColor& color, std::optional<QRgb>& current, const char* op) {
        const QRgb rgb = color.rgb();
        if (current == rgb)
            return;
        current = rgb;
        appendNumber(out_, qRed(rgb) / 255.0, 3);
        out_.append(' ');
        appendNumber(out_, qGreen(rgb) / 255.0, 3);
        out_.append(' ');
        appendNumber(out_, qBlue(rgb) / 255.0, 3);
        out_.append(' ');
        out_.append(op);
    }

    void setLineWidth(double width) {
        if (lineWidth_ == width)
            return;
        lineWidth_ = width;
        appendNumber(out_, width, 3);
        out_.append(" w\n");
    }

    void setRenderMode(int mode) {
        if (renderMode_ == mode)
            return;
        renderMode_ = mode;
        appendInteger(out_, mode);
        out_.append(" Tr\n");
    }

    void setFont(const QByteArray& resource, double size) {
        if (fontResource_ == resource && fontSize_ == size)
            return;
        fontResource_ = resource;
        fontSize_ = size;
        out_.append('/');
        out_.append(resource);
        out_.append(' ');
        appendNumber(out_, size, 3);
        out_.append(" Tf\n");
    }

    // The run's glyphs on the page, without the zero-width spaces that bidi controls and
    // joiners are shaped as (they would read as word breaks).
    void prepare(const QGlyphRun& run, QPointF origin) {
        const QRawFont raw = run.rawFont();
        if (!raw.isValid() || !(raw.pixelSize() > 0))
            return; // nothing to draw with
        PreparedRun& prepared = runs_.emplace_back();
        prepared.font = &document_.fontFor(raw);
        prepared.size = raw.pixelSize();
        const FontFace& face = *prepared.font->face;
        prepared.syntheticBold = raw.weight() >= QFont::Bold && !face.isBold() &&
                                 !face.isFixedPitch() && !prepared.font->outlines;
        prepared.syntheticItalic =
            raw.style() != QFont::StyleNormal && !face.isItalic() && !prepared.font->outlines;
        const QList<quint32> indexes = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        const qsizetype count = std::min(indexes.size(), positions.size());
        const qsizetype step = run.isRightToLeft() ? -1 : 1; // to the glyph on its right
        prepared.glyphs.reserve(static_cast<size_t>(count));
        for (qsizetype i = 0; i < count; ++i) {
            const quint16 cid = prepared.font->cidOf(indexes[i]);
            const qsizetype right = i + step;
            if (isBlank(prepared.font->text[cid]) && right >= 0 && right < count &&
                std::abs(positions[right].x() - positions[i].x()) < 1e-3)
                continue;
            prepared.glyphs.push_back(
                {cid, origin.x() + positions[i].x(), height_ - (origin.y() + positions[i].y())});
        }
    }

    // True when the glyphs' characters are the span's visible characters, compared decomposed
    // (NFKD: a composed glyph for a decomposed source, a ligature for its letters) and in any
    // order (right-to-left runs and bidi reorder them): then the ToUnicode map reads as the
    // source and needs no /ActualText.
    bool glyphsShowExactly(const QString& text) {
        expected_.clear();
        shown_.clear();
        forEachCodePoint(text.normalized(QString::NormalizationForm_KD), [this](char32_t c) {
            if (!isInvisible(c))
                expected_.push_back(c);
        });
        for (const PreparedRun& run : runs_) {
            for (const PlacedGlyph& glyph : run.glyphs) {
                const QString& characters = run.font->meaning[glyph.cid];
                if (characters.isEmpty())
                    return false;
                forEachCodePoint(characters, [this](char32_t c) {
                    if (!QChar::isSpace(c))
                        shown_.push_back(c);
                });
            }
        }
        std::sort(expected_.begin(), expected_.end());
        std::sort(shown_.begin(), shown_.end());
        return expected_ == shown_;
    }

    void emitRun(const PreparedRun& run, const QColor& color) {
        if (run.glyphs.empty())
            return;
        setColor(color, fill_, "rg\n");
        if (run.syntheticBold) {
            setColor(color, stroke_, "RG\n");
            setLineWidth(run.size * kSyntheticBoldStroke);
            setRenderMode(2); // fill, then stroke the outline
        } else {
            setRenderMode(0);
        }
        const EmbeddedFont& font = *run.font;
        size_t start = 0;
        while (start < run.glyphs.size()) {
            // A Type 3 font holds 256 codes: the run goes on in the next one when it changes.
            size_t end = start + 1;
            const int chunk = font.outlines ? run.glyphs[start].cid / kType3Codes : -1;
            while (end < run.glyphs.size() &&
                   (!font.outlines || run.glyphs[end].cid / kType3Codes == chunk))
                ++end;
            setFont(chunk < 0 ? font.resource : font.resource + 'c' + QByteArray::number(chunk),
                    run.size);
            emitGlyphs(run, start, end);
            start = end;
        }
    }

    void startText(const PreparedRun& run, const PlacedGlyph& glyph) {
        out_.append("1 0 ");
        appendNumber(out_, run.syntheticItalic ? kSyntheticShear : 0, 2);
        out_.append(" 1 ");
        appendNumber(out_, glyph.x, 2);
        out_.append(' ');
        appendNumber(out_, glyph.y, 2);
        out_.append(" Tm\n[<");
    }

    // The glyphs as TJ arrays: each glyph's code, and a shift wherever the pen, moved by the
    // widths, would be further than kPositionTolerance from where the layout put the glyph
    // (kerning, the spaces of justified or right-to-left text). Smaller differences are the
    // layout's rounding to 1/64 point; leaving them out halves the content stream.
    void emitGlyphs(const PreparedRun& run, size_t start, size_t end) {
        const EmbeddedFont& font = *run.font;
        const int digits = font.outlines ? 2 : 4;
        const quint32 mask = font.outlines ? kType3Codes - 1 : 0xFFFF;
        const double unitsPerPoint = 1000 / run.size;
        startText(run, run.glyphs[start]);
        double penX = run.glyphs[start].x;
        double penY = run.glyphs[start].y;
        for (size_t i = start; i < end; ++i) {
            const PlacedGlyph& glyph = run.glyphs[i];
            if (i > start && std::abs(glyph.y - penY) > kPositionTolerance) {
                out_.append(">] TJ\n");
                startText(run, glyph);
                penX = glyph.x;
                penY = glyph.y;
            } else if (std::abs(penX - glyph.x) > kPositionTolerance) {
                const double shift = std::round((penX - glyph.x) * unitsPerPoint * 100) / 100;
                out_.append('>');
                appendNumber(out_, shift, 2);
                out_.append('<');
                penX -= shift / unitsPerPoint;
            }
            appendHex(out_, glyph.cid & mask, digits);
            penX += font.widths[glyph.cid] / unitsPerPoint;
        }
        out_.append(">] TJ\n");
    }

    PdfWriter::Document& document_;
    PageData& page_;
    QByteArray& out_;
    double height_;
    std::optional<QRgb> fill_, stroke_;
    double lineWidth_ = 1;
    int renderMode_ = 0;
    QByteArray fontResource_;
    double fontSize_ = 0;
    std::vector<PreparedRun> runs_;
    std::vector<char32_t> expected_, shown_;
};

// --- Writing the file -----------------------------------------------------------------------

// A ToUnicode CMap for codes [first, first + count) of `text` (one entry per code).
QByteArray toUnicodeCMap(const std::vector<QString>& text, size_t first, size_t count, int digits) {
    QByteArray cmap("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    "1 begincodespacerange\n");
    cmap.append(digits == 2 ? "<00> <FF>\n" : "<0000> <FFFF>\n");
    cmap.append("endcodespacerange\n");
    std::vector<size_t> mapped;
    for (size_t code = 0; code < count; ++code) {
        if (!text[first + code].isEmpty())
            mapped.push_back(code);
    }
    for (size_t i = 0; i < mapped.size(); i += kCMapSectionEntries) {
        const size_t n = std::min<size_t>(kCMapSectionEntries, mapped.size() - i);
        appendInteger(cmap, static_cast<qint64>(n));
        cmap.append(" beginbfchar\n");
        for (size_t k = i; k < i + n; ++k) {
            cmap.append('<');
            appendHex(cmap, static_cast<quint32>(mapped[k]), digits);
            cmap.append("> <");
            for (const QChar c : text[first + mapped[k]])
                appendHex(cmap, c.unicode(), 4);
            cmap.append(">\n");
        }
        cmap.append("endbfchar\n");
    }
    cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return cmap;
}

class FileBuilder {
public:
    FileBuilder(PdfWriter::Document& document, const PdfInfo& info)
        : document_(document)
        , info_(info) {}

    std::optional<QByteArray> build(QString* error) {
        catalog_ = file_.reserve();
        pages_ = file_.reserve();
        const int infoObject = file_.reserve();
        resources_ = file_.reserve();
        QByteArray kids;
        for (const PageData& page : document_.pages)
            kids += QByteArray::number(writePage(page)) + " 0 R ";
        file_.add(pages_, "<< /Type /Pages /Kids [ " + kids + "] /Count " +
                              QByteArray::number(document_.pages.size()) + " >>");
        QByteArray fonts;
        for (const auto& font : document_.fonts)
            fonts += font->outlines ? writeOutlineFont(*font) : writeTrueTypeFont(*font);
        file_.add(resources_, "<< /Font << " + fonts + ">> /ProcSet [/PDF /Text] >>");
        file_.add(infoObject, infoDictionary());
        QByteArray catalog = "<< /Type /Catalog /Pages " + reference(pages_);
        if (info_.pdfA) {
            const std::optional<QByteArray> archival = writePdfAObjects(error);
            if (!archival)
                return std::nullopt;
            catalog += *archival;
        }
        file_.add(catalog_, catalog + " >>");
        return file_.finish(catalog_, infoObject);
    }

private:
    static QByteArray reference(int object) { return QByteArray::number(object) + " 0 R"; }

    int writePage(const PageData& page) {
        const int object = file_.reserve();
        const int content = file_.reserve();
        QByteArray annotations;
        for (const Link& link : page.links)
            annotations += reference(writeLink(link)) + ' ';
        file_.addStream(content, "", page.content, true);
        QByteArray dictionary = "<< /Type /Page /Parent " + reference(pages_) + " /MediaBox [0 0 " +
                                pdfNumber(document_.pageSize.width()) + ' ' +
                                pdfNumber(document_.pageSize.height()) + "] /Resources " +
                                reference(resources_) + " /Contents " + reference(content);
        if (!annotations.isEmpty())
            dictionary += " /Annots [ " + annotations + ']';
        file_.add(object, dictionary + " >>");
        return object;
    }

    int writeLink(const Link& link) {
        const int object = file_.reserve();
        const bool ascii = std::all_of(link.href.begin(), link.href.end(), [](QChar c) {
            return c.unicode() > 0x20 && c.unicode() < 0x7F;
        });
        // A URI is 7-bit ASCII: anything else is percent-encoded (and the host punycoded).
        const QByteArray uri = ascii ? link.href.toLatin1() : QUrl(link.href).toEncoded();
        const QRectF& r = link.rect;
        file_.add(object,
                  "<<\n/Type /Annot\n/Subtype /Link\n" + QByteArray(info_.pdfA ? "/F 4\n" : "") +
                      "/Rect [" + pdfNumber(r.left(), 2) + ' ' + pdfNumber(r.top(), 2) + ' ' +
                      pdfNumber(r.right(), 2) + ' ' + pdfNumber(r.bottom(), 2) +
                      "]\n/Border [0 0 0]\n/A << /S /URI /URI " + pdfByteString(uri) + " >>\n>>");
        return object;
    }

    QByteArray descriptor(const EmbeddedFont& font, const QByteArray& name,
                          const QByteArray& program) {
        const FontFace& face = *font.face;
        const int em = face.unitsPerEm();
        const QRect box = face.boundingBox();
        const bool italic = face.isItalic() || face.italicAngle() != 0;
        const int flags = 4 | (face.isFixedPitch() ? 1 : 0) | (italic ? 64 : 0);
        // No face records its stems; this is the usual estimate from its weight.
        const int stemV = 10 + 220 * (face.weight() - 50) / 900;
        return "<< /Type /FontDescriptor /FontName /" + name + " /Flags " +
               QByteArray::number(flags) + " /FontBBox [" +
               QByteArray::number(scaled(box.left(), em)) + ' ' +
               QByteArray::number(scaled(box.top(), em)) + ' ' +
               QByteArray::number(scaled(box.right(), em)) + ' ' +
               QByteArray::number(scaled(box.bottom(), em)) + "] /ItalicAngle " +
               pdfNumber(face.italicAngle(), 2) + " /Ascent " +
               QByteArray::number(scaled(face.ascent(), em)) + " /Descent " +
               QByteArray::number(scaled(face.descent(), em)) + " /CapHeight " +
               QByteArray::number(scaled(face.capHeight(), em)) + " /StemV " +
               QByteArray::number(stemV) + program + " >>";
    }

    // Type 0 over a CIDFontType2 subset: CIDs are the subset's glyph ids (Identity).
    QByteArray writeTrueTypeFont(const EmbeddedFont& font) {
        const FontSubset subset = subsetTrueType(*font.face, font.glyphs);
        const QByteArray name =
            subsetTag(font.face->postScriptName(), font.glyphs) + '+' + font.face->postScriptName();
        const int type0 = file_.reserve();
        const int cidFont = file_.reserve();
        const int descriptorObject = file_.reserve();
        const int program = file_.reserve();
        const int toUnicode = file_.reserve();
        QByteArray widths;
        for (const int width : font.widths)
            widths += QByteArray::number(width) + ' ';
        file_.add(type0, "<< /Type /Font /Subtype /Type0 /BaseFont /" + name +
                             " /Encoding /Identity-H /DescendantFonts [" + reference(cidFont) +
                             "] /ToUnicode " + reference(toUnicode) + " >>");
        file_.add(cidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name +
                               " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
                               "/Supplement 0 >> /FontDescriptor " +
                               reference(descriptorObject) + " /CIDToGIDMap /Identity /W [0 [" +
                               widths + "]] >>");
        QByteArray programEntries = " /FontFile2 " + reference(program);
        if (info_.pdfA) {
            // PDF/A-1 asks a subset to list the CIDs it holds.
            const int cidSet = file_.reserve();
            QByteArray bits(static_cast<qsizetype>((subset.glyphs.size() + 7) / 8), '\0');
            for (size_t cid = 0; cid < subset.glyphs.size(); ++cid) {
                char& byte = bits[static_cast<qsizetype>(cid / 8)];
                byte = static_cast<char>(static_cast<uchar>(byte) | (0x80U >> (cid % 8)));
            }
            file_.addStream(cidSet, "", bits, true);
            programEntries += " /CIDSet " + reference(cidSet);
        }
        file_.add(descriptorObject, descriptor(font, name, programEntries));
        // Uncompressed: outlines deflate by a quarter only, for as much time as a page takes.
        file_.addStream(program, " /Length1 " + QByteArray::number(subset.fontProgram.size()),
                        subset.fontProgram, false);
        file_.addStream(toUnicode, "", toUnicodeCMap(font.text, 0, font.text.size(), 4), true);
        return '/' + font.resource + ' ' + reference(type0) + ' ';
    }

    // Type 3 fonts of at most 256 glyphs each, the glyphs as filled outlines.
    QByteArray writeOutlineFont(EmbeddedFont& font) {
        QByteArray resources;
        for (size_t first = 0; first < font.glyphs.size(); first += kType3Codes) {
            const size_t count = std::min<size_t>(kType3Codes, font.glyphs.size() - first);
            const int object = file_.reserve();
            const int toUnicode = file_.reserve();
            QByteArray procedures, names, widths;
            QRectF box;
            for (size_t code = 0; code < count; ++code) {
                const QPainterPath path =
                    font.atThousandPixels().pathForGlyph(font.glyphs[first + code]);
                box |= path.boundingRect();
                const int procedure = file_.reserve();
                file_.addStream(procedure, "", glyphProcedure(path, font.widths[first + code]),
                                true);
                procedures += "/g" + QByteArray::number(code) + ' ' + reference(procedure) + ' ';
                names += "/g" + QByteArray::number(code) + ' ';
                widths += QByteArray::number(font.widths[first + code]) + ' ';
            }
            const QByteArray resource =
                font.resource + 'c' + QByteArray::number(first / kType3Codes);
            file_.add(object, "<< /Type /Font /Subtype /Type3 /FontBBox [" +
                                  pdfNumber(box.left(), 0) + ' ' + pdfNumber(-box.bottom(), 0) +
                                  ' ' + pdfNumber(box.right(), 0) + ' ' + pdfNumber(-box.top(), 0) +
                                  "] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << " +
                                  procedures + ">> /Encoding << /Type /Encoding /Differences [0 " +
                                  names + "] >> /FirstChar 0 /LastChar " +
                                  QByteArray::number(count - 1) + " /Widths [" + widths +
                                  "] /Resources << >> /ToUnicode " + reference(toUnicode) + " >>");
            file_.addStream(toUnicode, "", toUnicodeCMap(font.text, first, count, 2), true);
            resources += '/' + resource + ' ' + reference(object) + ' ';
        }
        return resources;
    }

    // A glyph as a Type 3 procedure: its width and box (d1: drawn in the text's colour), then
    // its outline, y turned up.
    static QByteArray glyphProcedure(const QPainterPath& path, int width) {
        const QRectF box = path.boundingRect();
        QByteArray ops = QByteArray::number(width) + " 0 " + pdfNumber(box.left(), 1) + ' ' +
                         pdfNumber(-box.bottom(), 1) + ' ' + pdfNumber(box.right(), 1) + ' ' +
                         pdfNumber(-box.top(), 1) + " d1\n";
        for (int i = 0; i < path.elementCount(); ++i) {
            const QPainterPath::Element e = path.elementAt(i);
            const auto point = [&ops](const QPainterPath::Element& p) {
                appendNumber(ops, p.x, 1);
                ops.append(' ');
                appendNumber(ops, -p.y, 1);
                ops.append(' ');
            };
            if (e.isMoveTo()) {
                point(e);
                ops.append("m\n");
            } else if (e.isLineTo()) {
                point(e);
                ops.append("l\n");
            } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
                point(e);
                point(path.elementAt(i + 1));
                point(path.elementAt(i + 2));
                ops.append("c\n");
                i += 2;
            }
        }
        if (!path.isEmpty())
            ops.append("f\n");
        return ops;
    }

    QByteArray infoDictionary() const {
        QByteArray entries = "<<";
        if (!info_.title.isEmpty())
            entries += " /Title " + pdfTextString(info_.title);
        if (!info_.author.isEmpty())
            entries += " /Author " + pdfTextString(info_.author);
        const QByteArray date = pdfDate(info_.creationDate);
        entries += " /Creator " + pdfTextString(info_.creator) + " /Producer " +
                   pdfTextString(info_.creator) + " /CreationDate " + date + " /ModDate " + date;
        if (info_.pdfA) // what pdfinfo reports as the PDF subtype
            entries += " /GTS_PDFA1Version (PDF/A-1b:2005)";
        return entries + " >>";
    }

    // The XMP metadata (saying what the Info dictionary says) and the sRGB output intent;
    // their catalog entries.
    std::optional<QByteArray> writePdfAObjects(QString* error) {
        QFile profileFile(QString::fromLatin1(kSrgbProfile));
        if (!profileFile.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QCoreApplication::translate(
                             "vitae::render",
                             "PDF/A needs the sRGB colour profile that Qt Gui ships (%1)")
                             .arg(QString::fromLatin1(kSrgbProfile));
            return std::nullopt;
        }
        const int profile = file_.reserve();
        file_.addStream(profile, " /N 3", profileFile.readAll(), true);
        const int intent = file_.reserve();
        file_.add(intent, "<< /Type /OutputIntent /S/GTS_PDFA1 /OutputConditionIdentifier "
                          "(sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile " +
                              reference(profile) + " >>");
        const int metadata = file_.reserve();
        // PDF/A-1 wants the metadata readable without filters.
        file_.addStream(metadata, " /Type /Metadata /Subtype /XML", xmp(), false);
        return " /Metadata " + reference(metadata) + " /OutputIntents [" + reference(intent) + ']';
    }

    QByteArray xmp() const {
        const auto escaped = [](const QString& text) { return text.toHtmlEscaped().toUtf8(); };
        const QByteArray date = info_.creationDate.toTimeZone(QTimeZone::utc())
                                    .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                                    .toLatin1();
        QByteArray dublinCore;
        if (!info_.title.isEmpty())
            dublinCore += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
                          escaped(info_.title) + "</rdf:li></rdf:Alt></dc:title>";
        if (!info_.author.isEmpty())
            dublinCore += "<dc:creator><rdf:Seq><rdf:li>" + escaped(info_.author) +
                          "</rdf:li></rdf:Seq></dc:creator>";
        return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" +
               dublinCore +
               "</rdf:Description>\n"
               "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
               "pdf:Producer=\"" +
               escaped(info_.creator) +
               "\"/>\n"
               "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
               "xmp:CreatorTool=\"" +
               escaped(info_.creator) + "\" xmp:CreateDate=\"" + date + "\" xmp:ModifyDate=\"" +
               date +
               "\"/>\n"
               "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" "
               "pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"
               "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    PdfWriter::Document& document_;
    const PdfInfo& info_;
    PdfFile file_;
    int catalog_ = 0, pages_ = 0, resources_ = 0;
};

} // namespace

PdfWriter::PdfWriter(QSizeF pageSizePt, PdfWriterOptions options)
    : document_(std::make_unique<Document>()) {
    document_->pageSize = pageSizePt;
    document_->options = options;
}

PdfWriter::~PdfWriter() = default;

PageCanvas& PdfWriter::newPage() {
    // The previous page's canvas goes first: pages live in a vector that may move them.
    document_->canvas.reset();
    PageData& page = document_->pages.emplace_back();
    page.content.reserve(qsizetype{32} * 1024);
    document_->canvas = std::make_unique<PdfPageCanvas>(*document_, page);
    return *document_->canvas;
}

QByteArray PdfWriter::finish(const PdfInfo& info, QString* error) {
    document_->canvas.reset();
    if (document_->pages.empty())
        newPage();
    document_->canvas.reset();
    FileBuilder builder(*document_, info);
    const std::optional<QByteArray> file = builder.build(error);
    return file ? *file : QByteArray();
}

} // namespace vitae::render::detail
