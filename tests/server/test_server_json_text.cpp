// JSON written by hand on the server's hot paths: JsonWriter (escapes, separators, nesting,
// numbers, raw JSON spliced in), the UTC timestamps, and the request log line built with them,
// each read back by Qt's parser.
#include "adapters/json/json_writer.h"
#include "adapters/log/json_log.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <vector>

namespace vitae::server {
namespace {

QJsonDocument parsed(const std::string& text) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text;
    return document;
}

TEST(JsonWriter, StringsAreEscapedSoEveryByteSurvives) {
    const std::string nasty = "quote \" backslash \\ newline \n tab \t bell \x07 nul";
    const std::string withNul = nasty + std::string(1, '\0') + " é 中文 😀 \u2028";
    JsonWriter json;
    json.beginArray().string(withNul).endArray();
    EXPECT_EQ(json.text().find('\n'), std::string::npos);
    EXPECT_EQ(parsed(json.text()).array().at(0).toString(), QString::fromStdString(withNul));
    EXPECT_NE(json.text().find("\\u0007"), std::string::npos);
    EXPECT_NE(json.text().find("\\u0000"), std::string::npos);
}

TEST(JsonWriter, MembersElementsAndNestingGetTheirSeparators) {
    JsonWriter json;
    json.beginObject();
    json.key("a").integer(-9'007'199'254'740'993);
    json.key("empty").beginObject().endObject();
    json.key("list").beginArray();
    json.boolean(true).boolean(false).null().optionalString(std::nullopt);
    json.optionalString(std::string("x")).beginArray().endArray().beginObject().endObject();
    json.endArray();
    json.key("raw").raw(R"({"k": [1, 2.50, "v"]})");
    json.key("last").string("");
    json.endObject();
    EXPECT_EQ(json.text(), R"({"a":-9007199254740993,"empty":{},"list":[true,false,null,null,)"
                           R"("x",[],{}],"raw":{"k": [1, 2.50, "v"]},"last":""})");
    const QJsonObject object = parsed(json.text()).object();
    EXPECT_EQ(object.value(QStringLiteral("raw")).toObject().value(QStringLiteral("k")).toArray(),
              (QJsonArray{1, 2.5, QStringLiteral("v")}));
}

TEST(JsonWriter, FixedNumbersHaveTheirDecimalsAndNonFiniteOnesAreNull) {
    JsonWriter json;
    json.beginArray().fixed(0.1234, 3).fixed(12.0, 3).fixed(-2.5, 1).fixed(1e300, 3);
    json.fixed(std::numeric_limits<double>::infinity(), 3).fixed(std::nan(""), 3).endArray();
    EXPECT_EQ(json.text().substr(0, 24), "[0.123,12.000,-2.5,1e+30");
    const QJsonArray values = parsed(json.text()).array();
    ASSERT_EQ(values.size(), 6);
    EXPECT_DOUBLE_EQ(values[3].toDouble(), 1e300);
    EXPECT_TRUE(values[4].isNull());
    EXPECT_TRUE(values[5].isNull());
}

TEST(IsoUtc, MillisecondsInUtcWithAZ) {
    using namespace std::chrono;
    const sys_days day = year{2024} / February / 29;
    EXPECT_EQ(isoUtcText(day + hours(23) + minutes(59) + seconds(58) + milliseconds(7)),
              "2024-02-29T23:59:58.007Z");
    EXPECT_EQ(isoUtcText(system_clock::time_point{}), "1970-01-01T00:00:00.000Z");
    EXPECT_EQ(isoUtcText(sys_days{year{1969} / December / 31} + milliseconds(999)),
              "1969-12-31T00:00:00.999Z");
    const auto now = floor<milliseconds>(system_clock::now());
    EXPECT_EQ(isoUtc(now), QDateTime::fromMSecsSinceEpoch(now.time_since_epoch().count(), Qt::UTC)
                               .toString(Qt::ISODateWithMs));
}

class RequestLog : public ::testing::Test {
protected:
    QJsonObject onlyLine() {
        EXPECT_EQ(lines.size(), 1u);
        if (lines.empty())
            return {};
        const std::string& line = lines.front();
        EXPECT_EQ(line.back(), '\n');
        EXPECT_EQ(line.find('\n'), line.size() - 1) << "one line per request";
        return parsed(line).object();
    }

    std::vector<std::string> lines;
    JsonLog log{[this](std::string_view line) { lines.emplace_back(line); }};
};

TEST_F(RequestLog, ALineIsOneJsonObjectWithEveryField) {
    const auto before = std::chrono::system_clock::now();
    log.request({"abc-123", "user \"1\"\n", "PUT", "/api/resumes/{id}", 412, 3.14159});
    const QJsonObject line = onlyLine();
    EXPECT_EQ(line.size(), 9);
    EXPECT_EQ(line.value(QStringLiteral("event")).toString(), QStringLiteral("request"));
    EXPECT_EQ(line.value(QStringLiteral("level")).toString(), QStringLiteral("info"));
    EXPECT_EQ(line.value(QStringLiteral("requestId")).toString(), QStringLiteral("abc-123"));
    EXPECT_EQ(line.value(QStringLiteral("userId")).toString(), QStringLiteral("user \"1\"\n"));
    EXPECT_EQ(line.value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));
    EXPECT_EQ(line.value(QStringLiteral("route")).toString(), QStringLiteral("/api/resumes/{id}"));
    EXPECT_EQ(line.value(QStringLiteral("status")).toInt(), 412);
    EXPECT_DOUBLE_EQ(line.value(QStringLiteral("durationMs")).toDouble(), 3.142);
    const QDateTime ts =
        QDateTime::fromString(line.value(QStringLiteral("ts")).toString(), Qt::ISODateWithMs);
    ASSERT_TRUE(ts.isValid());
    EXPECT_EQ(ts.timeSpec(), Qt::UTC);
    EXPECT_GE(ts.toMSecsSinceEpoch(),
              std::chrono::floor<std::chrono::milliseconds>(before).time_since_epoch().count());
}

TEST_F(RequestLog, NoRouteNoUserAreNullAndServerErrorsAreErrors) {
    log.request({"id", std::nullopt, "GET", std::nullopt, 503, 0.0});
    const QJsonObject line = onlyLine();
    EXPECT_TRUE(line.value(QStringLiteral("userId")).isNull());
    EXPECT_TRUE(line.value(QStringLiteral("route")).isNull());
    EXPECT_EQ(line.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
    EXPECT_EQ(line.value(QStringLiteral("durationMs")).toDouble(), 0.0);
}

} // namespace
} // namespace vitae::server
