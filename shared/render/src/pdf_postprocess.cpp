#include "pdf_postprocess.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace vitae::render::detail {
namespace {

constexpr qsizetype kXrefEntrySize = 20; // "0000000015 00000 n \n"

struct Edit {
    qsizetype pos = 0;
    qsizetype length = 0;
    QByteArray replacement;
};

// Where things are in the file QPdfWriter wrote: one cross-reference subsection "0 N" of
// fixed-width entries, then the trailer.
struct Layout {
    qsizetype startxref = -1;       // the "startxref" keyword
    qsizetype xref = -1;            // the "xref" keyword
    qsizetype entries = -1;         // the first entry of the table
    std::vector<qsizetype> offsets; // per object number; -1 for a free entry
    qsizetype trailer = -1;
};

bool isDelimiterOrSpace(char c) {
    return QByteArrayView(" \t\r\n\f/[]<>(){}%").contains(c) || c == '\0';
}

qsizetype parseNumber(const QByteArray& bytes, qsizetype& pos) {
    while (pos < bytes.size() && QByteArrayView(" \r\n").contains(bytes.at(pos)))
        ++pos;
    const qsizetype start = pos;
    while (pos < bytes.size() && bytes.at(pos) >= '0' && bytes.at(pos) <= '9')
        ++pos;
    bool ok = false;
    const qsizetype value = bytes.mid(start, pos - start).toLongLong(&ok);
    return ok ? value : -1;
}

std::optional<Layout> parseLayout(const QByteArray& pdf, const char** why) {
    Layout layout;
    layout.startxref = pdf.lastIndexOf("startxref");
    qsizetype pos = layout.startxref + 9;
    layout.xref = layout.startxref < 0 ? -1 : parseNumber(pdf, pos);
    if (layout.xref < 0 || !pdf.mid(layout.xref, 4).startsWith("xref")) {
        *why = "no xref table";
        return std::nullopt;
    }
    pos = layout.xref + 4;
    const qsizetype first = parseNumber(pdf, pos);
    const qsizetype count = parseNumber(pdf, pos);
    while (pos < pdf.size() && QByteArrayView(" \r\n").contains(pdf.at(pos)))
        ++pos;
    layout.entries = pos;
    if (first != 0 || count <= 0 || pos + count * kXrefEntrySize > pdf.size()) {
        *why = "xref subsection";
        return std::nullopt;
    }
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray entry = pdf.mid(pos + i * kXrefEntrySize, kXrefEntrySize);
        if (entry.at(17) != 'n' && entry.at(17) != 'f') {
            *why = "xref entry";
            return std::nullopt;
        }
        layout.offsets.push_back(entry.at(17) == 'n' ? entry.left(10).toLongLong() : -1);
    }
    layout.trailer = pdf.indexOf("trailer", pos + count * kXrefEntrySize);
    if (layout.trailer < 0) {
        *why = "no trailer";
        return std::nullopt;
    }
    return layout;
}

// Reads the objects of one file and collects the edits the finish asks for.
class Finisher {
public:
    Finisher(const QByteArray& pdf, Layout layout)
        : pdf_(pdf)
        , layout_(std::move(layout)) {}

    std::vector<Edit> edits;

    int objectCount() const { return static_cast<int>(layout_.offsets.size()); }

    // An object's dictionary: from its offset to its stream or its end; {-1, -1} if free.
    std::pair<qsizetype, qsizetype> dictionary(int object) const {
        if (object <= 0 || object >= objectCount() ||
            layout_.offsets[static_cast<size_t>(object)] < 0)
            return {-1, -1};
        const qsizetype start = layout_.offsets[static_cast<size_t>(object)];
        const qsizetype endobj = pdf_.indexOf("endobj", start);
        const qsizetype stream = pdf_.indexOf("stream", start);
        const qsizetype end = stream >= 0 && (endobj < 0 || stream < endobj) ? stream : endobj;
        return {start, end < 0 ? pdf_.size() : end};
    }

    // Position of `what` within [start, end), -1 when absent.
    qsizetype find(qsizetype start, qsizetype end, QByteArrayView what) const {
        const qsizetype at = pdf_.indexOf(what, start);
        return at >= 0 && at + what.size() <= end ? at : -1;
    }

    // The name token after `key` ("/BaseFont /Name") in [start, end): position and length
    // of the name without its slash.
    std::optional<std::pair<qsizetype, qsizetype>> nameAfter(qsizetype start, qsizetype end,
                                                             QByteArrayView key) const {
        const qsizetype at = find(start, end, key);
        if (at < 0)
            return std::nullopt;
        qsizetype pos = at + key.size();
        while (pos < end && (pdf_.at(pos) == ' ' || pdf_.at(pos) == '\n'))
            ++pos;
        if (pos >= end || pdf_.at(pos) != '/')
            return std::nullopt;
        const qsizetype nameStart = ++pos;
        while (pos < end && !isDelimiterOrSpace(pdf_.at(pos)))
            ++pos;
        return std::pair{nameStart, pos - nameStart};
    }

    // The object number of the first "key N 0 R" in [start, end), -1 when absent.
    int referenceAfter(qsizetype start, qsizetype end, QByteArrayView key) const {
        const qsizetype at = find(start, end, key);
        if (at < 0)
            return -1;
        qsizetype pos = at + key.size();
        while (pos < end && (pdf_.at(pos) == ' ' || pdf_.at(pos) == '['))
            ++pos;
        return static_cast<int>(parseNumber(pdf_, pos));
    }

    int infoObject() const { return referenceAfter(layout_.trailer, pdf_.size(), "/Info"); }

    // The first object whose dictionary contains `what`, 0 when none.
    int objectWith(QByteArrayView what) const {
        for (int object = 1; object < objectCount(); ++object) {
            const auto [start, end] = dictionary(object);
            if (start >= 0 && find(start, end, what) >= 0)
                return object;
        }
        return 0;
    }

    const QByteArray& bytes() const { return pdf_; }
    const Layout& layout() const { return layout_; }

private:
    const QByteArray& pdf_;
    Layout layout_;
};

QByteArray pdfDate(const QDateTime& date) {
    return "(D:" +
           date.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
           "Z)";
}

QByteArray xmpDate(const QDateTime& date) {
    return date.toTimeZone(QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
        .toLatin1();
}

// Author (and for PDF/A the version key pdfinfo reports as "PDF subtype") before the Creator
// entry; CreationDate replaced.
bool editInfo(Finisher& f, const PdfFinish& finish, const char** why) {
    const int info = f.infoObject();
    if (info <= 0)
        return true;
    const auto [start, end] = f.dictionary(info);
    if (start < 0) {
        *why = "no Info dictionary";
        return false;
    }
    QByteArray entries;
    if (!finish.author.isEmpty())
        entries += "/Author " + pdfTextString(finish.author) + '\n';
    if (finish.pdfA)
        entries += "/GTS_PDFA1Version (PDF/A-1b:2005)\n";
    if (!entries.isEmpty()) {
        qsizetype at = f.find(start, end, "/Creator");
        if (at < 0)
            at = f.find(start, end, "/Producer");
        if (at < 0) {
            *why = "Info without /Creator";
            return false;
        }
        f.edits.push_back({at, 0, entries});
    }
    if (finish.creationDate) {
        const qsizetype at = f.find(start, end, "/CreationDate (");
        const qsizetype close = at < 0 ? -1 : f.find(at, end, ")");
        if (close < 0) {
            *why = "Info without /CreationDate";
            return false;
        }
        const qsizetype open = at + 14;
        f.edits.push_back({open, close + 1 - open, pdfDate(*finish.creationDate)});
    }
    return true;
}

// Subset tags: QPdfWriter tags the FontDescriptor's FontName ("QNAAAA+DejaVuSans") but not
// the BaseFont of the fonts that use it, which is the name viewers and pdffonts show.
void tagSubsetFonts(Finisher& f) {
    std::map<int, QByteArray> descriptorName, cidFontName;
    for (int object = 1; object < f.objectCount(); ++object) {
        const auto [start, end] = f.dictionary(object);
        if (start < 0 || f.find(start, end, "/Type /FontDescriptor") < 0)
            continue;
        if (const auto name = f.nameAfter(start, end, "/FontName"))
            descriptorName[object] = f.bytes().mid(name->first, name->second);
    }
    const auto rename = [&](qsizetype start, qsizetype end, const QByteArray& name) {
        const auto base = f.nameAfter(start, end, "/BaseFont");
        if (base && f.bytes().mid(base->first, base->second) != name && name.contains('+'))
            f.edits.push_back({base->first, base->second, name});
    };
    for (int object = 1; object < f.objectCount(); ++object) {
        const auto [start, end] = f.dictionary(object);
        if (start < 0 || f.find(start, end, "/Subtype /CIDFontType") < 0)
            continue;
        const auto found = descriptorName.find(f.referenceAfter(start, end, "/FontDescriptor"));
        if (found == descriptorName.end())
            continue;
        cidFontName[object] = found->second;
        rename(start, end, found->second);
    }
    for (int object = 1; object < f.objectCount(); ++object) {
        const auto [start, end] = f.dictionary(object);
        if (start < 0 || f.find(start, end, "/Subtype /Type0") < 0)
            continue;
        const auto found = cidFontName.find(f.referenceAfter(start, end, "/DescendantFonts"));
        if (found != cidFontName.end())
            rename(start, end, found->second);
    }
}

// The value of the XML attribute `name="..."` in [start, end) as an edit to `value`.
void replaceAttribute(Finisher& f, qsizetype start, qsizetype end, QByteArrayView name,
                      const QByteArray& value, std::vector<Edit>& out) {
    const QByteArray key = name.toByteArray() + "=\"";
    const qsizetype at = f.find(start, end, key);
    const qsizetype close = at < 0 ? -1 : f.find(at + key.size(), end, "\"");
    if (close >= 0)
        out.push_back({at + key.size(), close - at - key.size(), value});
}

// PDF/A: the XMP metadata must say what the Info dictionary says, so the dates follow the
// fixed creation date and the author becomes dc:creator; the stream's /Length follows.
bool editXmp(Finisher& f, const PdfFinish& finish, const char** why) {
    const int metadata = f.objectWith("/Type /Metadata");
    const auto [start, end] = f.dictionary(metadata);
    const qsizetype streamEnd = start < 0 ? -1 : f.find(end, f.bytes().size(), "endstream");
    const qsizetype rdfEnd = streamEnd < 0 ? -1 : f.find(end, streamEnd, "</rdf:RDF>");
    const qsizetype lengthAt = f.find(start, end, "/Length ");
    qsizetype pos = lengthAt + 8;
    const qsizetype numberStart = pos;
    const qsizetype oldLength = lengthAt < 0 ? -1 : parseNumber(f.bytes(), pos);
    if (rdfEnd < 0 || oldLength < 0 || f.bytes().mid(pos, 4) == " 0 R") {
        *why = "no XMP metadata stream with a direct /Length";
        return false;
    }
    std::vector<Edit> inStream;
    if (finish.creationDate) {
        replaceAttribute(f, end, streamEnd, "xmp:CreateDate", xmpDate(*finish.creationDate),
                         inStream);
        replaceAttribute(f, end, streamEnd, "xmp:ModifyDate", xmpDate(*finish.creationDate),
                         inStream);
    }
    if (!finish.author.isEmpty()) {
        inStream.push_back({rdfEnd, 0,
                            "  <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                            "rdf:about=\"\"><dc:creator><rdf:Seq><rdf:li>" +
                                finish.author.toHtmlEscaped().toUtf8() +
                                "</rdf:li></rdf:Seq></dc:creator></rdf:Description>\n  "});
    }
    qsizetype delta = 0;
    for (const Edit& edit : inStream)
        delta += edit.replacement.size() - edit.length;
    f.edits.push_back({numberStart, pos - numberStart, QByteArray::number(oldLength + delta)});
    f.edits.insert(f.edits.end(), inStream.begin(), inStream.end());
    return true;
}

// The edits applied, every offset behind them moved, the table and startxref rewritten.
std::optional<QByteArray> applyEdits(const QByteArray& pdf, const Layout& layout,
                                     std::vector<Edit> edits) {
    std::stable_sort(edits.begin(), edits.end(),
                     [](const Edit& a, const Edit& b) { return a.pos < b.pos; });
    QByteArray out;
    out.reserve(pdf.size() + 1024);
    qsizetype copied = 0;
    for (const Edit& edit : edits) {
        if (edit.pos < copied)
            return std::nullopt; // overlapping edits
        out.append(pdf.constData() + copied, edit.pos - copied);
        out.append(edit.replacement);
        copied = edit.pos + edit.length;
    }
    out.append(pdf.constData() + copied, pdf.size() - copied);
    const auto moved = [&](qsizetype offset) {
        qsizetype shifted = offset;
        for (const Edit& edit : edits) {
            if (edit.pos < offset)
                shifted += edit.replacement.size() - edit.length;
        }
        return shifted;
    };
    const qsizetype entries = moved(layout.entries);
    for (size_t i = 0; i < layout.offsets.size(); ++i) {
        if (layout.offsets[i] >= 0) {
            out.replace(entries + static_cast<qsizetype>(i) * kXrefEntrySize, 10,
                        QByteArray::number(moved(layout.offsets[i])).rightJustified(10, '0'));
        }
    }
    qsizetype numberStart = moved(layout.startxref) + 9;
    while (numberStart < out.size() && QByteArrayView(" \r\n").contains(out.at(numberStart)))
        ++numberStart;
    qsizetype numberEnd = numberStart;
    while (numberEnd < out.size() && out.at(numberEnd) >= '0' && out.at(numberEnd) <= '9')
        ++numberEnd;
    out.replace(numberStart, numberEnd - numberStart, QByteArray::number(moved(layout.xref)));
    return out;
}

// QPdfWriter's PDF/A file ID is random; this one is the MD5 of the file with the ID blanked,
// so the same input gives the same bytes and a different document a different ID.
bool deriveFileId(QByteArray& pdf) {
    const qsizetype trailer = pdf.lastIndexOf("trailer");
    const qsizetype id = trailer < 0 ? -1 : pdf.indexOf("/ID [", trailer);
    const qsizetype first = id < 0 ? -1 : pdf.indexOf('<', id);
    const qsizetype second = first < 0 ? -1 : pdf.indexOf('<', first + 1);
    if (second < 0 || pdf.indexOf('>', second) != second + 33 ||
        pdf.indexOf('>', first) != first + 33)
        return false;
    const QByteArray zeros(32, '0');
    pdf.replace(first + 1, 32, zeros);
    pdf.replace(second + 1, 32, zeros);
    const QByteArray hash = QCryptographicHash::hash(pdf, QCryptographicHash::Md5).toHex();
    pdf.replace(first + 1, 32, hash);
    pdf.replace(second + 1, 32, hash);
    return true;
}

} // namespace

QByteArray pdfTextString(const QString& text) {
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16.append(static_cast<char>(c.unicode() >> 8));
        utf16.append(static_cast<char>(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

std::optional<QByteArray> finishPdf(const QByteArray& pdf, const PdfFinish& finish,
                                    QString* error) {
    const char* why = nullptr;
    const auto fail = [&]() -> std::optional<QByteArray> {
        if (error)
            *error = QStringLiteral("unexpected PDF layout: %1").arg(QLatin1StringView(why));
        return std::nullopt;
    };
    auto layout = parseLayout(pdf, &why);
    if (!layout)
        return fail();
    Finisher finisher(pdf, *layout);
    if (!editInfo(finisher, finish, &why))
        return fail();
    tagSubsetFonts(finisher);
    if (finish.pdfA) {
        if (!editXmp(finisher, finish, &why))
            return fail();
    }
    auto out = applyEdits(pdf, *layout, std::move(finisher.edits));
    if (!out) {
        why = "overlapping edits";
        return fail();
    }
    if (finish.pdfA && !deriveFileId(*out)) {
        why = "no file ID in the trailer";
        return fail();
    }
    return out;
}

} // namespace vitae::render::detail
