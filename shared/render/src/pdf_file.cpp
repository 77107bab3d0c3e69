#include "pdf_file.h"

#include <QCryptographicHash>
#include <QTimeZone>

#define ZLIB_CONST // next_in points to const data
#include <algorithm>
#include <charconv>
#include <cmath>
#include <zlib.h>

namespace vitae::render::detail {
namespace {

// zlib's level 6 costs about three times level 1 here for 10-25 % less.
constexpr int kDeflateLevel = 1;
// Below this, a stream is written as it is: deflating it would save a few bytes at most.
constexpr qsizetype kSmallestDeflated = 256;
// Far beyond any page, and short enough to print without an exponent.
constexpr double kLargestNumber = 1e9;

void appendInteger(QByteArray& out, qint64 value) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

// One zlib stream per thread, reset for each PDF stream: setting zlib up allocates and clears
// some 256 kB, which costs more than deflating a page.
class Deflater {
public:
    // An 8 kB hash table (memory level 6) instead of zlib's default 64 kB: every reset clears
    // it, and a content stream gains nothing from the larger one.
    Deflater() {
        ready_ =
            deflateInit2(&stream_, kDeflateLevel, Z_DEFLATED, 15, 6, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;
    ~Deflater() {
        if (ready_)
            deflateEnd(&stream_);
    }

    // zlib data, as /FlateDecode reads it; empty when zlib fails.
    QByteArray deflate(QByteArrayView data) {
        if (!ready_ || deflateReset(&stream_) != Z_OK)
            return {};
        QByteArray out(
            static_cast<qsizetype>(deflateBound(&stream_, static_cast<uLong>(data.size()))),
            Qt::Uninitialized);
        stream_.next_in = reinterpret_cast<const Bytef*>(data.data());
        stream_.avail_in = static_cast<uInt>(data.size());
        stream_.next_out = reinterpret_cast<Bytef*>(out.data());
        stream_.avail_out = static_cast<uInt>(out.size());
        if (::deflate(&stream_, Z_FINISH) != Z_STREAM_END)
            return {};
        out.truncate(static_cast<qsizetype>(stream_.total_out));
        return out;
    }

private:
    z_stream stream_{};
    bool ready_ = false;
};

QByteArray deflated(QByteArrayView data) {
    thread_local Deflater deflater;
    return deflater.deflate(data);
}

} // namespace

PdfFile::PdfFile() {
    // The comment of bytes above 127 marks the file as binary (PDF/A asks for it).
    bytes_.reserve(qsizetype{64} * 1024);
    bytes_.append("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
}

int PdfFile::reserve() {
    offsets_.push_back(-1);
    return static_cast<int>(offsets_.size());
}

void PdfFile::add(int object, const QByteArray& body) {
    offsets_[static_cast<size_t>(object - 1)] = bytes_.size();
    appendInteger(bytes_, object);
    bytes_.append(" 0 obj\n");
    bytes_.append(body);
    bytes_.append("\nendobj\n");
}

void PdfFile::addStream(int object, const QByteArray& entries, QByteArrayView data, bool compress) {
    QByteArray packed;
    if (compress && data.size() >= kSmallestDeflated) {
        packed = deflated(data);
        if (packed.size() >= data.size())
            packed.clear();
    }
    const QByteArrayView payload = packed.isEmpty() ? data : QByteArrayView(packed);
    offsets_[static_cast<size_t>(object - 1)] = bytes_.size();
    appendInteger(bytes_, object);
    bytes_.append(" 0 obj\n<<");
    bytes_.append(entries);
    if (!packed.isEmpty())
        bytes_.append(" /Filter /FlateDecode");
    bytes_.append(" /Length ");
    appendInteger(bytes_, payload.size());
    bytes_.append(">>\nstream\n");
    bytes_.append(payload);
    bytes_.append("\nendstream\nendobj\n");
}

QByteArray PdfFile::finish(int catalog, int info) {
    for (size_t i = 0; i < offsets_.size(); ++i) {
        if (offsets_[i] < 0)
            add(static_cast<int>(i + 1), QByteArrayLiteral("null"));
    }
    const QByteArray id = QCryptographicHash::hash(bytes_, QCryptographicHash::Md5).toHex();
    const qsizetype xref = bytes_.size();
    bytes_.append("xref\n0 ");
    appendInteger(bytes_, static_cast<qint64>(offsets_.size()) + 1);
    bytes_.append("\n0000000000 65535 f \n");
    for (const qsizetype offset : offsets_) {
        bytes_.append(QByteArray::number(offset).rightJustified(10, '0'));
        bytes_.append(" 00000 n \n");
    }
    bytes_.append("trailer\n<< /Size ");
    appendInteger(bytes_, static_cast<qint64>(offsets_.size()) + 1);
    bytes_.append(" /Root ");
    appendInteger(bytes_, catalog);
    bytes_.append(" 0 R /Info ");
    appendInteger(bytes_, info);
    bytes_.append(" 0 R /ID [ <" + id + "> <" + id + "> ] >>\nstartxref\n");
    appendInteger(bytes_, xref);
    bytes_.append("\n%%EOF\n");
    return std::move(bytes_);
}

QByteArray pdfTextString(QStringView text) {
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7F;
    });
    if (plain)
        return pdfByteString(text.toLatin1());
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16.append(static_cast<char>(c.unicode() >> 8));
        utf16.append(static_cast<char>(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray pdfByteString(QByteArrayView bytes) {
    QByteArray out("(");
    for (const char c : bytes) {
        if (c == '(' || c == ')' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append(')');
    return out;
}

void appendNumber(QByteArray& out, double value, int decimals) {
    // Fixed point by hand: std::to_chars of a double is several times slower, and content
    // streams are mostly numbers.
    constexpr qint64 kScales[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    decimals = std::clamp(decimals, 0, 6);
    const qint64 scale = kScales[decimals];
    const double clamped =
        std::isfinite(value) ? std::clamp(value, -kLargestNumber, kLargestNumber) : 0;
    qint64 units = std::llround(clamped * static_cast<double>(scale));
    char buffer[32];
    char* end = buffer + sizeof buffer;
    char* at = end;
    const bool negative = units < 0;
    units = negative ? -units : units;
    qint64 fraction = units % scale;
    int digits = decimals;
    while (digits > 0 && fraction % 10 == 0 && fraction != 0) { // no trailing zeros
        fraction /= 10;
        --digits;
    }
    if (fraction != 0) {
        for (int i = 0; i < digits; ++i, fraction /= 10)
            *--at = static_cast<char>('0' + fraction % 10);
        *--at = '.';
    }
    qint64 whole = units / scale;
    do {
        *--at = static_cast<char>('0' + whole % 10);
        whole /= 10;
    } while (whole != 0);
    if (negative && units != 0)
        *--at = '-';
    out.append(at, end - at);
}

QByteArray pdfNumber(double value, int decimals) {
    QByteArray out;
    appendNumber(out, value, decimals);
    return out;
}

QByteArray pdfDate(const QDateTime& date) {
    return "(D:" +
           date.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
           "Z)";
}

} // namespace vitae::render::detail
