// Helpers shared by the tests: where fixtures live and how to read them.
#pragma once

#include <vitae/core/finding.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace vitae::test {

// Absolute path of a file under tests/fixtures/.
QString fixturePath(const QString& relative);
// Absolute path of a file in the source tree.
QString sourcePath(const QString& relative);
// Whole file; fails the calling test (ADD_FAILURE) when it cannot be read.
QByteArray readFile(const QString& path);
QJsonObject readJsonObject(const QString& path);

// True when some finding has this code at exactly this path.
bool hasFinding(const core::Findings& findings, core::FindingCode code, const QString& path);
// One finding per line, for failure messages.
std::string describe(const core::Findings& findings);

// Names the cases of a parameterised test after their `name` member, so a failure
// reads "Rules/ValidationFinds.TheExpectedFinding/date_month_13", not ".../19".
struct CaseName {
    template <class Case>
    std::string operator()(const testing::TestParamInfo<Case>& param) const {
        return param.param.name;
    }
};

} // namespace vitae::test

QT_BEGIN_NAMESPACE
// Lets GoogleTest print Qt values in failure messages.
void PrintTo(const QString& value, std::ostream* out);
void PrintTo(const QJsonObject& value, std::ostream* out);
QT_END_NAMESPACE
