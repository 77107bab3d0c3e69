// The PDF file format at its lowest level: numbered objects and streams written in order, then
// the cross-reference table and the trailer; plus the string, number and date syntax. The
// bytes depend only on what is written, so the same document gives the same file.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <vector>

namespace vitae::render::detail {

class PdfFile {
public:
    PdfFile();

    // A new object number, to refer to before the object is written.
    int reserve();
    // Writes object `object` ("N 0 obj ... endobj"); `body` is its value.
    void add(int object, const QByteArray& body);
    // Writes a stream object: `entries` are the dictionary's entries besides /Length and
    // /Filter. `compress` deflates the data when that makes it smaller.
    void addStream(int object, const QByteArray& entries, QByteArrayView data, bool compress);
    // The whole file: the objects, the cross-reference table and a trailer whose /ID is derived
    // from the content. Objects reserved but not written become null.
    QByteArray finish(int catalog, int info);

private:
    QByteArray bytes_;
    std::vector<qsizetype> offsets_; // per object number - 1; -1 until written
};

// A text string: literal when printable ASCII, else UTF-16BE with a byte order mark in hex.
QByteArray pdfTextString(QStringView text);
// A literal string of bytes, with (, ) and \ escaped: URIs.
QByteArray pdfByteString(QByteArrayView bytes);
// A number with at most `decimals` decimals, no trailing zeros, no exponent.
QByteArray pdfNumber(double value, int decimals = 3);
void appendNumber(QByteArray& out, double value, int decimals = 3);
// "(D:20240501123000Z)": a date in UTC.
QByteArray pdfDate(const QDateTime& date);

} // namespace vitae::render::detail
