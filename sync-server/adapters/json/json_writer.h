// Compact JSON text written straight into a string, for the hot paths where building a
// QJsonObject first costs more than the answer itself: the request log line, and resumes whose
// stored document goes out as the text PostgreSQL returned.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitae::server {

class JsonWriter {
public:
    JsonWriter() = default;
    // Room for `expectedBytes` from the start, so that a line is not copied as it grows.
    explicit JsonWriter(std::size_t expectedBytes) { out_.reserve(expectedBytes); }

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    // The name of the next object member.
    JsonWriter& key(std::string_view name);

    JsonWriter& string(std::string_view utf8);
    JsonWriter& optionalString(const std::optional<std::string>& utf8); // null when absent
    JsonWriter& integer(std::int64_t value);
    // A number with a fixed count of decimals ("1.250"); null when not finite.
    JsonWriter& fixed(double value, int decimals);
    JsonWriter& boolean(bool value);
    JsonWriter& null();
    // A value that is JSON text already (a stored document), copied as it is.
    JsonWriter& raw(std::string_view json);

    const std::string& text() const { return out_; }
    std::string take() { return std::move(out_); }

private:
    void beforeValue();
    JsonWriter& open(char bracket);
    JsonWriter& close(char bracket);

    std::string out_;
    std::vector<bool> emptyContainers_; // per open container: nothing written in it yet
    bool afterKey_ = false;
};

// `utf8` as a JSON string literal, quotes included, appended to `out`.
void appendJsonString(std::string& out, std::string_view utf8);

} // namespace vitae::server
