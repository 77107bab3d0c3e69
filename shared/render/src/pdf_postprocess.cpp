#include "pdf_postprocess.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <vector>

namespace vitae::render::detail {
namespace {

constexpr qsizetype kXrefEntrySize = 20; // "0000000015 00000 n \n"

struct Edit {
    qsizetype pos = 0;
    qsizetype length = 0;
    QByteArray replacement;
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

// The name token after `key` ("/BaseFont /Name") within [start, end): position and length of
// the name without its slash.
std::optional<std::pair<qsizetype, qsizetype>> nameAfter(const QByteArray& pdf, qsizetype start,
                                                         qsizetype end, QByteArrayView key) {
    const qsizetype at = pdf.indexOf(key, start);
    if (at < 0 || at >= end)
        return std::nullopt;
    qsizetype pos = at + key.size();
    while (pos < end && (pdf.at(pos) == ' ' || pdf.at(pos) == '\n'))
        ++pos;
    if (pos >= end || pdf.at(pos) != '/')
        return std::nullopt;
    const qsizetype nameStart = ++pos;
    while (pos < end && !isDelimiterOrSpace(pdf.at(pos)))
        ++pos;
    return std::pair{nameStart, pos - nameStart};
}

// The object number of the first "key N 0 R" within [start, end), -1 when absent.
int referenceAfter(const QByteArray& pdf, qsizetype start, qsizetype end, QByteArrayView key) {
    const qsizetype at = pdf.indexOf(key, start);
    if (at < 0 || at >= end)
        return -1;
    qsizetype pos = at + key.size();
    while (pos < end && (pdf.at(pos) == ' ' || pdf.at(pos) == '['))
        ++pos;
    return static_cast<int>(parseNumber(pdf, pos));
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
    const auto fail = [&](const char* why) -> std::optional<QByteArray> {
        if (error)
            *error = QStringLiteral("unexpected PDF layout: %1").arg(QLatin1StringView(why));
        return std::nullopt;
    };
    // The cross-reference table: one subsection "0 N" of fixed-width entries.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return fail("no startxref");
    qsizetype pos = startxref + 9;
    const qsizetype xref = parseNumber(pdf, pos);
    if (xref < 0 || !pdf.mid(xref, 4).startsWith("xref"))
        return fail("no xref table");
    pos = xref + 4;
    const qsizetype first = parseNumber(pdf, pos);
    const qsizetype count = parseNumber(pdf, pos);
    while (pos < pdf.size() && QByteArrayView(" \r\n").contains(pdf.at(pos)))
        ++pos;
    const qsizetype entries = pos;
    if (first != 0 || count <= 0 || entries + count * kXrefEntrySize > pdf.size())
        return fail("xref subsection");
    std::vector<qsizetype> offsets(static_cast<size_t>(count), -1);
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray entry = pdf.mid(entries + i * kXrefEntrySize, kXrefEntrySize);
        if (entry.size() != kXrefEntrySize || (entry.at(17) != 'n' && entry.at(17) != 'f'))
            return fail("xref entry");
        if (entry.at(17) == 'n')
            offsets[static_cast<size_t>(i)] = entry.left(10).toLongLong();
    }
    const qsizetype trailer = pdf.indexOf("trailer", entries + count * kXrefEntrySize);
    if (trailer < 0)
        return fail("no trailer");
    const int info = referenceAfter(pdf, trailer, pdf.size(), "/Info");

    // Each object's dictionary: from its offset to its stream or its end.
    const auto dictionary = [&](int object) -> std::pair<qsizetype, qsizetype> {
        if (object <= 0 || object >= count || offsets[static_cast<size_t>(object)] < 0)
            return {-1, -1};
        const qsizetype start = offsets[static_cast<size_t>(object)];
        const qsizetype endobj = pdf.indexOf("endobj", start);
        const qsizetype stream = pdf.indexOf("stream", start);
        const qsizetype end = stream >= 0 && (endobj < 0 || stream < endobj) ? stream : endobj;
        return {start, end < 0 ? pdf.size() : end};
    };
    const auto contains = [&](qsizetype start, qsizetype end, QByteArrayView what) {
        const qsizetype at = pdf.indexOf(what, start);
        return at >= 0 && at < end;
    };

    std::vector<Edit> edits;
    if (info > 0) {
        const auto [start, end] = dictionary(info);
        if (start < 0)
            return fail("no Info dictionary");
        if (!finish.author.isEmpty()) {
            qsizetype at = pdf.indexOf("/Creator", start);
            if (at < 0 || at >= end)
                at = pdf.indexOf("/Producer", start);
            if (at < 0 || at >= end)
                return fail("Info without /Creator");
            edits.push_back({at, 0, "/Author " + pdfTextString(finish.author) + '\n'});
        }
        if (finish.creationDate) {
            const qsizetype at = pdf.indexOf("/CreationDate (", start);
            const qsizetype close = at < 0 ? -1 : pdf.indexOf(')', at);
            if (at < 0 || close < 0 || close >= end)
                return fail("Info without /CreationDate");
            const qsizetype open = at + 14;
            const QByteArray date = "(D:" +
                                    finish.creationDate->toTimeZone(QTimeZone::utc())
                                        .toString(QStringLiteral("yyyyMMddHHmmss"))
                                        .toLatin1() +
                                    "Z)";
            edits.push_back({open, close + 1 - open, date});
        }
    }

    // Subset tags: QPdfWriter tags the FontDescriptor's FontName ("QNAAAA+DejaVuSans") but not
    // the BaseFont of the fonts that use it, which is the name viewers and pdffonts show.
    std::map<int, QByteArray> descriptorName, cidFontName;
    for (int object = 1; object < count; ++object) {
        const auto [start, end] = dictionary(object);
        if (start < 0 || !contains(start, end, "/Type /FontDescriptor"))
            continue;
        if (const auto name = nameAfter(pdf, start, end, "/FontName"))
            descriptorName[object] = pdf.mid(name->first, name->second);
    }
    const auto rename = [&](qsizetype start, qsizetype end, const QByteArray& name) {
        const auto base = nameAfter(pdf, start, end, "/BaseFont");
        if (base && pdf.mid(base->first, base->second) != name && name.contains('+'))
            edits.push_back({base->first, base->second, name});
    };
    for (int object = 1; object < count; ++object) {
        const auto [start, end] = dictionary(object);
        if (start < 0 || !contains(start, end, "/Subtype /CIDFontType"))
            continue;
        const auto found = descriptorName.find(referenceAfter(pdf, start, end, "/FontDescriptor"));
        if (found == descriptorName.end())
            continue;
        cidFontName[object] = found->second;
        rename(start, end, found->second);
    }
    for (int object = 1; object < count; ++object) {
        const auto [start, end] = dictionary(object);
        if (start < 0 || !contains(start, end, "/Subtype /Type0"))
            continue;
        const auto found = cidFontName.find(referenceAfter(pdf, start, end, "/DescendantFonts"));
        if (found != cidFontName.end())
            rename(start, end, found->second);
    }

    // Apply the edits and move every offset behind them.
    std::sort(edits.begin(), edits.end(),
              [](const Edit& a, const Edit& b) { return a.pos < b.pos; });
    QByteArray out;
    out.reserve(pdf.size() + 256);
    qsizetype copied = 0;
    for (const Edit& edit : edits) {
        if (edit.pos < copied)
            return fail("overlapping edits");
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
    const qsizetype newEntries = moved(entries);
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype offset = offsets[static_cast<size_t>(i)];
        if (offset >= 0) {
            out.replace(newEntries + i * kXrefEntrySize, 10,
                        QByteArray::number(moved(offset)).rightJustified(10, '0'));
        }
    }
    const qsizetype newStartxref = moved(startxref);
    qsizetype numberStart = newStartxref + 9;
    while (numberStart < out.size() && QByteArrayView(" \r\n").contains(out.at(numberStart)))
        ++numberStart;
    qsizetype numberEnd = numberStart;
    while (numberEnd < out.size() && out.at(numberEnd) >= '0' && out.at(numberEnd) <= '9')
        ++numberEnd;
    out.replace(numberStart, numberEnd - numberStart, QByteArray::number(moved(xref)));
    return out;
}

} // namespace vitae::render::detail
