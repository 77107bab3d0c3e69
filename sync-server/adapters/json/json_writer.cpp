#include "adapters/json/json_writer.h"

#include <array>
#include <charconv>
#include <cmath>

namespace vitae::server {
namespace {

// The escape of a byte JSON does not allow raw in a string: '"', '\\' and controls.
std::string_view escapeOf(unsigned char byte, std::array<char, 6>& buffer) {
    switch (byte) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    default:
        break;
    }
    static constexpr char hex[] = "0123456789abcdef";
    buffer = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF]};
    return {buffer.data(), buffer.size()};
}

} // namespace

void appendJsonString(std::string& out, std::string_view utf8) {
    out += '"';
    std::array<char, 6> buffer{};
    std::size_t plainFrom = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue; // the common case, decided without the switch
        const std::string_view escape = escapeOf(byte, buffer);
        out.append(utf8.substr(plainFrom, i - plainFrom));
        out.append(escape);
        plainFrom = i + 1;
    }
    out.append(utf8.substr(plainFrom));
    out += '"';
}

void JsonWriter::beforeValue() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (emptyContainers_.empty())
        return;
    if (!emptyContainers_.back())
        out_ += ',';
    emptyContainers_.back() = false;
}

JsonWriter& JsonWriter::open(char bracket) {
    beforeValue();
    out_ += bracket;
    emptyContainers_.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
    out_ += bracket;
    emptyContainers_.pop_back();
    return *this;
}

JsonWriter& JsonWriter::beginObject() {
    return open('{');
}

JsonWriter& JsonWriter::endObject() {
    return close('}');
}

JsonWriter& JsonWriter::beginArray() {
    return open('[');
}

JsonWriter& JsonWriter::endArray() {
    return close(']');
}

JsonWriter& JsonWriter::key(std::string_view name) {
    beforeValue();
    appendJsonString(out_, name);
    out_ += ':';
    afterKey_ = true;
    return *this;
}

JsonWriter& JsonWriter::string(std::string_view utf8) {
    beforeValue();
    appendJsonString(out_, utf8);
    return *this;
}

JsonWriter& JsonWriter::optionalString(const std::optional<std::string>& utf8) {
    return utf8 ? string(*utf8) : null();
}

JsonWriter& JsonWriter::integer(std::int64_t value) {
    beforeValue();
    std::array<char, 24> digits{};
    const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
    out_.append(digits.data(), end);
    return *this;
}

JsonWriter& JsonWriter::fixed(double value, int decimals) {
    if (!std::isfinite(value))
        return null();
    beforeValue();
    std::array<char, 64> digits{};
    char* const last = digits.data() + digits.size();
    auto written = std::to_chars(digits.data(), last, value, std::chars_format::fixed, decimals);
    if (written.ec != std::errc()) // too many digits in fixed notation: the shortest form fits
        written = std::to_chars(digits.data(), last, value);
    out_.append(digits.data(), written.ptr);
    return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
    beforeValue();
    out_ += value ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null() {
    beforeValue();
    out_ += "null";
    return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
    beforeValue();
    out_.append(json);
    return *this;
}

} // namespace vitae::server
