// Plan limits: every decision function at its edges, remaining(), the JSON shapes and
// the rejections of planLimitFromJson.
#include "test_support.h"

#include <vitae/core/plan_policy.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace vitae::core {

// Readable failure messages for the types under test.
void PrintTo(const PlanDecision& decision, std::ostream* out) {
    *out << QJsonDocument(toJson(decision)).toJson(QJsonDocument::Compact).toStdString();
}

void PrintTo(const PlanRemaining& value, std::ostream* out) {
    *out << QJsonDocument(toJson(value)).toJson(QJsonDocument::Compact).toStdString();
}

void PrintTo(const PlanLimit& limit, std::ostream* out) {
    *out << QJsonDocument(toJson(limit)).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace vitae::core

namespace {

using vitae::core::PlanDecision;
using vitae::core::PlanLimit;
using vitae::core::PlanReason;
using vitae::core::PlanRemaining;
using vitae::core::PlanUsage;
using vitae::core::Quota;

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kTwoTo53 = std::int64_t{1} << 53;

PlanLimit resumesLimit(Quota value) {
    PlanLimit limit;
    limit.maxResumes = value;
    return limit;
}

PlanLimit sectionsLimit(Quota value) {
    PlanLimit limit;
    limit.maxSectionsPerResume = value;
    return limit;
}

PlanLimit exportLimit(Quota exports, Quota bytes) {
    PlanLimit limit;
    limit.maxExportsPerDay = exports;
    limit.maxUploadBytesPerDay = bytes;
    return limit;
}

PlanLimit bulkLimit(Quota value) {
    PlanLimit limit;
    limit.maxBulkApplyRecipientsPerDay = value;
    return limit;
}

PlanLimit templatesLimit(const std::optional<QStringList>& ids) {
    PlanLimit limit;
    limit.allowedTemplates = ids;
    return limit;
}

PlanUsage usageOf(std::int64_t resumes, std::int64_t exports, std::int64_t bytes,
                  std::int64_t recipients) {
    return {resumes, exports, bytes, recipients};
}

PlanDecision decision(PlanReason reason, Quota limit, std::int64_t used, std::int64_t requested,
                      const QString& subject = {}) {
    return {reason, limit, used, requested, subject};
}

// ---------------------------------------------------------------------------------------------
// Decisions

struct DecisionCase {
    std::string name;
    std::function<PlanDecision()> decide;
    PlanDecision expected;
};

void PrintTo(const DecisionCase& value, std::ostream* out) {
    *out << value.name;
}

std::vector<DecisionCase> createResumeCases() {
    using R = PlanReason;
    const auto create = [](Quota max, std::int64_t used) {
        return [=] {
            return vitae::core::decideCreateResume(resumesLimit(max), usageOf(used, 0, 0, 0));
        };
    };
    return {
        {"CreateResume_Unlimited", create(std::nullopt, 1000),
         decision(R::Allowed, std::nullopt, 1000, 1)},
        {"CreateResume_UnlimitedAtInt64Max", create(std::nullopt, kMax),
         decision(R::Allowed, std::nullopt, kMax, 1)},
        {"CreateResume_WellBelow", create(3, 0), decision(R::Allowed, 3, 0, 1)},
        {"CreateResume_OneBelowReachesLimit", create(3, 2), decision(R::Allowed, 3, 2, 1)},
        {"CreateResume_AtLimit", create(3, 3), decision(R::ResumeLimitReached, 3, 3, 1)},
        {"CreateResume_AlreadyOverAfterDowngrade", create(3, 4),
         decision(R::ResumeLimitReached, 3, 4, 1)},
        {"CreateResume_FarOverLimit", create(1, kMax), decision(R::ResumeLimitReached, 1, kMax, 1)},
        {"CreateResume_ZeroLimit", create(0, 0), decision(R::ResumeLimitReached, 0, 0, 1)},
        {"CreateResume_Int64MaxLimitOneBelow", create(kMax, kMax - 1),
         decision(R::Allowed, kMax, kMax - 1, 1)},
        {"CreateResume_Int64MaxLimitReached", create(kMax, kMax),
         decision(R::ResumeLimitReached, kMax, kMax, 1)},
        {"CreateResume_NegativeUsage", create(3, -1),
         decision(R::InvalidRequest, std::nullopt, -1, 1)},
    };
}

std::vector<DecisionCase> saveSectionsCases() {
    using R = PlanReason;
    const auto save = [](Quota planMax, std::int64_t shown, std::int64_t globalMax) {
        return [=] {
            return vitae::core::decideSaveSections(sectionsLimit(planMax), shown, globalMax);
        };
    };
    return {
        {"Sections_PlanAbsentBelowGlobal", save(std::nullopt, 19, 20),
         decision(R::Allowed, 20, 19, 19)},
        {"Sections_PlanAbsentAtGlobal", save(std::nullopt, 20, 20),
         decision(R::Allowed, 20, 20, 20)},
        {"Sections_PlanAbsentOverGlobal", save(std::nullopt, 21, 20),
         decision(R::SectionLimitExceeded, 20, 21, 21)},
        {"Sections_GlobalLowerAtLimit", save(30, 20, 20), decision(R::Allowed, 20, 20, 20)},
        {"Sections_GlobalLowerOneAbove", save(30, 21, 20),
         decision(R::SectionLimitExceeded, 20, 21, 21)},
        {"Sections_PlanLowerOneBelow", save(5, 4, 20), decision(R::Allowed, 5, 4, 4)},
        {"Sections_PlanLowerAtLimit", save(5, 5, 20), decision(R::Allowed, 5, 5, 5)},
        {"Sections_PlanLowerOneAbove", save(5, 6, 20), decision(R::SectionLimitExceeded, 5, 6, 6)},
        {"Sections_PlanEqualsGlobal", save(20, 21, 20),
         decision(R::SectionLimitExceeded, 20, 21, 21)},
        {"Sections_ZeroPlanLimitDeniesOne", save(0, 1, 20),
         decision(R::SectionLimitExceeded, 0, 1, 1)},
        {"Sections_ZeroPlanLimitAllowsEmptyResume", save(0, 0, 20), decision(R::Allowed, 0, 0, 0)},
        {"Sections_Int64MaxEverywhere", save(kMax, kMax, kMax),
         decision(R::Allowed, kMax, kMax, kMax)},
        {"Sections_Int64MaxShownOverGlobal", save(std::nullopt, kMax, 20),
         decision(R::SectionLimitExceeded, 20, kMax, kMax)},
        {"Sections_NegativeShown", save(5, -1, 20),
         decision(R::InvalidRequest, std::nullopt, -1, -1)},
        {"Sections_NegativeGlobalMax", save(5, 3, -1), decision(R::InvalidRequest, -1, 3, 3)},
    };
}

std::vector<DecisionCase> exportCases() {
    using R = PlanReason;
    const auto exportOf = [](Quota maxExports, Quota maxBytes, std::int64_t exportsToday,
                             std::int64_t bytesToday, std::int64_t bytes) {
        return [=] {
            return vitae::core::decideExport(exportLimit(maxExports, maxBytes),
                                             usageOf(0, exportsToday, bytesToday, 0), bytes);
        };
    };
    const Quota none = std::nullopt;
    return {
        {"Export_Unlimited", exportOf(none, none, 1'000'000, kMax, kMax),
         decision(R::Allowed, none, 1'000'000, 1)},
        {"Export_CountOneBelow", exportOf(10, none, 9, 0, 100), decision(R::Allowed, 10, 9, 1)},
        {"Export_CountAtLimit", exportOf(10, none, 10, 0, 100),
         decision(R::ExportLimitReached, 10, 10, 1)},
        {"Export_CountAlreadyOver", exportOf(10, none, 12, 0, 100),
         decision(R::ExportLimitReached, 10, 12, 1)},
        {"Export_CountZeroLimit", exportOf(0, none, 0, 0, 100),
         decision(R::ExportLimitReached, 0, 0, 1)},
        {"Export_BytesFillExactly", exportOf(10, 1000, 0, 400, 600),
         decision(R::Allowed, 10, 0, 1)},
        {"Export_BytesOneBelow", exportOf(none, 1000, 0, 400, 599),
         decision(R::Allowed, none, 0, 1)},
        {"Export_BytesOneAbove", exportOf(10, 1000, 0, 400, 601),
         decision(R::UploadBytesExceeded, 1000, 400, 601)},
        {"Export_BytesAlreadyOver", exportOf(10, 1000, 0, 1200, 0),
         decision(R::UploadBytesExceeded, 1000, 1200, 0)},
        {"Export_BytesZeroLimit", exportOf(10, 0, 0, 0, 1),
         decision(R::UploadBytesExceeded, 0, 0, 1)},
        {"Export_BytesZeroLimitEmptyFile", exportOf(10, 0, 0, 0, 0),
         decision(R::Allowed, 10, 0, 1)},
        {"Export_DeniedByCountBeforeBytes", exportOf(1, 10, 1, 50, 100),
         decision(R::ExportLimitReached, 1, 1, 1)},
        {"Export_DeniedByBytesWithCountLeft", exportOf(5, 10, 1, 5, 6),
         decision(R::UploadBytesExceeded, 10, 5, 6)},
        {"Export_Int64MaxBytesFitEmptyDay", exportOf(none, kMax, 0, 0, kMax),
         decision(R::Allowed, none, 0, 1)},
        {"Export_Int64MaxBytesOverflowEdge", exportOf(none, kMax, 0, 1, kMax),
         decision(R::UploadBytesExceeded, kMax, 1, kMax)},
        {"Export_Int64MaxBytesUsedUp", exportOf(none, kMax, 0, kMax, 1),
         decision(R::UploadBytesExceeded, kMax, kMax, 1)},
        {"Export_Int64MaxCountReached", exportOf(kMax, none, kMax, 0, 1),
         decision(R::ExportLimitReached, kMax, kMax, 1)},
        {"Export_NegativeBytes", exportOf(10, 1000, 0, 0, -5),
         decision(R::InvalidRequest, none, 0, -5)},
        {"Export_NegativeBytesUnlimited", exportOf(none, none, 0, 0, -1),
         decision(R::InvalidRequest, none, 0, -1)},
        {"Export_NegativeBytesUsage", exportOf(10, 1000, 0, -1, 5),
         decision(R::InvalidRequest, none, -1, 5)},
        {"Export_NegativeExportsUsage", exportOf(10, 1000, -2, 0, 5),
         decision(R::InvalidRequest, none, -2, 1)},
    };
}

std::vector<DecisionCase> bulkApplyCases() {
    using R = PlanReason;
    const auto bulk = [](Quota max, std::int64_t usedToday, std::int64_t recipients) {
        return [=] {
            return vitae::core::decideBulkApply(bulkLimit(max), usageOf(0, 0, 0, usedToday),
                                                recipients);
        };
    };
    return {
        {"Bulk_Unlimited", bulk(std::nullopt, 5000, 5000),
         decision(R::Allowed, std::nullopt, 5000, 5000)},
        {"Bulk_OneBelow", bulk(50, 40, 9), decision(R::Allowed, 50, 40, 9)},
        {"Bulk_ExactlyAtLimit", bulk(50, 40, 10), decision(R::Allowed, 50, 40, 10)},
        {"Bulk_OneAbove", bulk(50, 40, 11), decision(R::BulkApplyLimitExceeded, 50, 40, 11)},
        {"Bulk_ZeroLimit", bulk(0, 0, 1), decision(R::BulkApplyLimitExceeded, 0, 0, 1)},
        {"Bulk_AlreadyOverAfterDowngrade", bulk(50, 60, 1),
         decision(R::BulkApplyLimitExceeded, 50, 60, 1)},
        {"Bulk_Int64MaxRecipientsOverflowEdge", bulk(50, 1, kMax),
         decision(R::BulkApplyLimitExceeded, 50, 1, kMax)},
        {"Bulk_Int64MaxLimitFills", bulk(kMax, 1, kMax - 1),
         decision(R::Allowed, kMax, 1, kMax - 1)},
        {"Bulk_Int64MaxLimitOverflowEdge", bulk(kMax, 1, kMax),
         decision(R::BulkApplyLimitExceeded, kMax, 1, kMax)},
        {"Bulk_NegativeRecipients", bulk(50, 0, -1),
         decision(R::InvalidRequest, std::nullopt, 0, -1)},
        {"Bulk_NegativeRecipientsUnlimited", bulk(std::nullopt, 0, -3),
         decision(R::InvalidRequest, std::nullopt, 0, -3)},
        {"Bulk_NegativeUsage", bulk(50, -1, 1), decision(R::InvalidRequest, std::nullopt, -1, 1)},
    };
}

std::vector<DecisionCase> templateCases() {
    using R = PlanReason;
    const auto use = [](const std::optional<QStringList>& ids, const QString& id) {
        return [=] { return vitae::core::decideUseTemplate(templatesLimit(ids), id); };
    };
    const QStringList basic{QStringLiteral("classic"), QStringLiteral("modern")};
    const QString classic = QStringLiteral("classic");
    const QString academic = QStringLiteral("academic");
    return {
        {"Template_ListAbsentAllowsAny", use(std::nullopt, academic),
         decision(R::Allowed, std::nullopt, 0, 0, academic)},
        {"Template_InList", use(basic, classic), decision(R::Allowed, std::nullopt, 0, 0, classic)},
        {"Template_NotInList", use(basic, academic),
         decision(R::TemplateNotAllowed, std::nullopt, 0, 0, academic)},
        {"Template_CaseMatters", use(basic, QStringLiteral("Classic")),
         decision(R::TemplateNotAllowed, std::nullopt, 0, 0, QStringLiteral("Classic"))},
        {"Template_EmptyListDeniesAll", use(QStringList{}, classic),
         decision(R::TemplateNotAllowed, std::nullopt, 0, 0, classic)},
    };
}

// After a downgrade: a count already over the cap may stay or fall, never rise.
std::vector<DecisionCase> updateSectionsCases() {
    using R = PlanReason;
    const auto update = [](Quota planMax, std::int64_t before, std::int64_t after,
                           std::int64_t globalMax) {
        return [=] {
            return vitae::core::decideUpdateSections(sectionsLimit(planMax), before, after,
                                                     globalMax);
        };
    };
    return {
        {"UpdateSections_WithinTheCap", update(5, 2, 5, 20), decision(R::Allowed, 5, 2, 5)},
        {"UpdateSections_RaisedOverTheCap", update(5, 2, 6, 20),
         decision(R::SectionLimitExceeded, 5, 2, 6)},
        {"UpdateSections_OverTheCapKept", update(5, 8, 8, 20), decision(R::Allowed, 5, 8, 8)},
        {"UpdateSections_OverTheCapLowered", update(5, 8, 6, 20), decision(R::Allowed, 5, 8, 6)},
        {"UpdateSections_OverTheCapRaised", update(5, 8, 9, 20),
         decision(R::SectionLimitExceeded, 5, 8, 9)},
        {"UpdateSections_OverTheGlobalCapKept", update(std::nullopt, 25, 25, 20),
         decision(R::Allowed, 20, 25, 25)},
        {"UpdateSections_OverTheGlobalCapRaised", update(std::nullopt, 25, 26, 20),
         decision(R::SectionLimitExceeded, 20, 25, 26)},
        {"UpdateSections_Int64MaxKept", update(5, kMax, kMax, 20),
         decision(R::Allowed, 5, kMax, kMax)},
        {"UpdateSections_NegativeBefore", update(5, -1, 3, 20),
         decision(R::InvalidRequest, std::nullopt, -1, 3)},
        {"UpdateSections_NegativeAfter", update(5, 8, -1, 20),
         decision(R::InvalidRequest, std::nullopt, 8, -1)},
        {"UpdateSections_NegativeGlobalMax", update(5, 8, 8, -1),
         decision(R::InvalidRequest, -1, 8, 8)},
    };
}

// After a downgrade: a template the resume uses may stay; switching to another needs the plan.
std::vector<DecisionCase> updateTemplateCases() {
    using R = PlanReason;
    const auto update = [](const std::optional<QStringList>& ids, const QStringList& before,
                           const QString& id) {
        return [=] { return vitae::core::decideUpdateTemplate(templatesLimit(ids), before, id); };
    };
    const QStringList basic{QStringLiteral("classic"), QStringLiteral("modern")};
    const QString classic = QStringLiteral("classic");
    const QString academic = QStringLiteral("academic");
    const QString executive = QStringLiteral("executive");
    return {
        {"UpdateTemplate_InThePlan", update(basic, {academic}, classic),
         decision(R::Allowed, std::nullopt, 0, 0, classic)},
        {"UpdateTemplate_OutsideThePlanKept", update(basic, {academic}, academic),
         decision(R::Allowed, std::nullopt, 0, 0, academic)},
        {"UpdateTemplate_KeptFromEitherPlace", update(basic, {classic, academic}, academic),
         decision(R::Allowed, std::nullopt, 0, 0, academic)},
        {"UpdateTemplate_SwitchedToOneOutside", update(basic, {academic}, executive),
         decision(R::TemplateNotAllowed, std::nullopt, 0, 0, executive)},
        {"UpdateTemplate_NothingBefore", update(basic, {}, academic),
         decision(R::TemplateNotAllowed, std::nullopt, 0, 0, academic)},
        {"UpdateTemplate_CaseMatters", update(basic, {academic}, QStringLiteral("Academic")),
         decision(R::TemplateNotAllowed, std::nullopt, 0, 0, QStringLiteral("Academic"))},
    };
}

std::vector<DecisionCase> allDecisionCases() {
    std::vector<DecisionCase> cases;
    for (const auto& part :
         {createResumeCases(), saveSectionsCases(), exportCases(), bulkApplyCases(),
          templateCases(), updateSectionsCases(), updateTemplateCases()}) {
        cases.insert(cases.end(), part.begin(), part.end());
    }
    return cases;
}

class PlanDecisionTest : public testing::TestWithParam<DecisionCase> {};

TEST_P(PlanDecisionTest, DecidesWithReasonAndNumbers) {
    const DecisionCase& test = GetParam();
    const PlanDecision actual = test.decide();
    EXPECT_EQ(actual, test.expected);
    EXPECT_EQ(actual.allowed(), test.expected.reason == PlanReason::Allowed);
}

TEST_P(PlanDecisionTest, MessageQuotesTheNumbers) {
    const PlanDecision actual = GetParam().decide();
    const QString message = vitae::core::reasonMessage(actual);
    ASSERT_FALSE(message.isEmpty());
    EXPECT_FALSE(message.contains(QLatin1Char('\n')));
    EXPECT_FALSE(message.contains(QLatin1StringView("%1")));
    switch (actual.reason) {
    case PlanReason::Allowed:
        break;
    case PlanReason::TemplateNotAllowed:
        EXPECT_TRUE(message.contains(actual.subject)) << message.toStdString();
        break;
    case PlanReason::InvalidRequest:
        EXPECT_TRUE(message.contains(QLatin1Char('-'))) << message.toStdString();
        break;
    default:
        ASSERT_TRUE(actual.limit.has_value());
        EXPECT_TRUE(message.contains(QString::number(*actual.limit))) << message.toStdString();
        EXPECT_TRUE(message.contains(QString::number(actual.used)) ||
                    message.contains(QString::number(actual.requested)))
            << message.toStdString();
        break;
    }
}

INSTANTIATE_TEST_SUITE_P(AllDecisions, PlanDecisionTest, testing::ValuesIn(allDecisionCases()),
                         [](const testing::TestParamInfo<DecisionCase>& caseInfo) {
                             return caseInfo.param.name;
                         });

// ---------------------------------------------------------------------------------------------
// Reason codes and messages

struct CodeCase {
    PlanReason reason;
    const char* code;
    const char* name;
};

void PrintTo(const CodeCase& value, std::ostream* out) {
    *out << value.name;
}

class ReasonCodeTest : public testing::TestWithParam<CodeCase> {};

TEST_P(ReasonCodeTest, IsStable) {
    const CodeCase& test = GetParam();
    EXPECT_EQ(vitae::core::reasonCode(test.reason), QString::fromLatin1(test.code));
    const auto json = vitae::core::toJson(decision(test.reason, 1, 2, 3));
    EXPECT_EQ(json.value(QLatin1StringView("code")).toString(), QString::fromLatin1(test.code));
}

INSTANTIATE_TEST_SUITE_P(
    AllReasons, ReasonCodeTest,
    testing::Values(
        CodeCase{PlanReason::Allowed, "allowed", "Allowed"},
        CodeCase{PlanReason::ResumeLimitReached, "plan.resume_limit_reached", "ResumeLimitReached"},
        CodeCase{PlanReason::SectionLimitExceeded, "plan.section_limit_exceeded",
                 "SectionLimitExceeded"},
        CodeCase{PlanReason::ExportLimitReached, "plan.export_limit_reached", "ExportLimitReached"},
        CodeCase{PlanReason::UploadBytesExceeded, "plan.upload_bytes_exceeded",
                 "UploadBytesExceeded"},
        CodeCase{PlanReason::BulkApplyLimitExceeded, "plan.bulk_apply_limit_exceeded",
                 "BulkApplyLimitExceeded"},
        CodeCase{PlanReason::TemplateNotAllowed, "plan.template_not_allowed", "TemplateNotAllowed"},
        CodeCase{PlanReason::InvalidRequest, "plan.invalid_request", "InvalidRequest"}),
    [](const testing::TestParamInfo<CodeCase>& caseInfo) {
        return std::string(caseInfo.param.name);
    });

TEST(PlanReasonMessage, SentencesQuoteEveryNumber) {
    using vitae::core::reasonMessage;
    EXPECT_EQ(reasonMessage(decision(PlanReason::ResumeLimitReached, 3, 4, 1)),
              QStringLiteral("Your plan allows 3 resumes and you already have 4."));
    EXPECT_EQ(reasonMessage(decision(PlanReason::SectionLimitExceeded, 12, 13, 13)),
              QStringLiteral("This resume shows 13 sections, but at most 12 are allowed."));
    EXPECT_EQ(reasonMessage(decision(PlanReason::ExportLimitReached, 5, 5, 1)),
              QStringLiteral(
                  "Your plan allows 5 exports per day and you have already exported 5 today."));
    const QString bytes = reasonMessage(decision(PlanReason::UploadBytesExceeded, 1000, 400, 601));
    EXPECT_TRUE(bytes.contains(QStringLiteral("601 bytes"))) << bytes.toStdString();
    EXPECT_TRUE(bytes.contains(QStringLiteral("1000 bytes"))) << bytes.toStdString();
    EXPECT_TRUE(bytes.contains(QStringLiteral("400 bytes"))) << bytes.toStdString();
    const QString bulk = reasonMessage(decision(PlanReason::BulkApplyLimitExceeded, 50, 40, 11));
    EXPECT_TRUE(bulk.contains(QStringLiteral("11 recipients"))) << bulk.toStdString();
    EXPECT_TRUE(bulk.contains(QStringLiteral("50"))) << bulk.toStdString();
    EXPECT_TRUE(bulk.contains(QStringLiteral("40"))) << bulk.toStdString();
    EXPECT_EQ(reasonMessage(decision(PlanReason::TemplateNotAllowed, std::nullopt, 0, 0,
                                     QStringLiteral("academic"))),
              QStringLiteral("The template \"academic\" is not included in your plan."));
    EXPECT_TRUE(reasonMessage(decision(PlanReason::InvalidRequest, std::nullopt, 0, -7))
                    .contains(QStringLiteral("-7")));
    EXPECT_TRUE(reasonMessage(decision(PlanReason::InvalidRequest, std::nullopt, -9, 1))
                    .contains(QStringLiteral("-9")));
}

// ---------------------------------------------------------------------------------------------
// remaining()

TEST(PlanRemainingTest, AbsentLimitsStayAbsent) {
    const PlanRemaining left = vitae::core::remaining(PlanLimit{}, usageOf(5, 6, 7, 8));
    EXPECT_EQ(left, PlanRemaining{});
    EXPECT_TRUE(vitae::core::toJson(left).isEmpty());
}

TEST(PlanRemainingTest, LimitMinusUsage) {
    PlanLimit limit;
    limit.maxResumes = 3;
    limit.maxExportsPerDay = 10;
    limit.maxUploadBytesPerDay = 1000;
    limit.maxBulkApplyRecipientsPerDay = 50;
    const PlanRemaining left = vitae::core::remaining(limit, usageOf(1, 10, 400, 49));
    EXPECT_EQ(left, (PlanRemaining{2, 0, 600, 1}));
}

TEST(PlanRemainingTest, ClampsAtZeroWhenOverTheLimit) {
    PlanLimit limit;
    limit.maxResumes = 3;
    limit.maxExportsPerDay = 0;
    limit.maxUploadBytesPerDay = 1;
    limit.maxBulkApplyRecipientsPerDay = 50;
    const PlanRemaining left = vitae::core::remaining(limit, usageOf(7, 1, kMax, 51));
    EXPECT_EQ(left, (PlanRemaining{0, 0, 0, 0}));
}

TEST(PlanRemainingTest, ExtremeNumbersDoNotOverflow) {
    PlanLimit limit;
    limit.maxResumes = kMax;
    limit.maxExportsPerDay = kMax;
    limit.maxUploadBytesPerDay = -5; // nonsense limit: nothing left, not a negative count
    limit.maxBulkApplyRecipientsPerDay = kMax;
    const PlanRemaining left = vitae::core::remaining(limit, usageOf(0, kMax, 0, -1));
    EXPECT_EQ(left, (PlanRemaining{kMax, 0, 0, kMax}));
}

TEST(PlanRemainingTest, JsonOmitsUnlimitedKeys) {
    const PlanRemaining left{2, std::nullopt, kTwoTo53, 0};
    QJsonObject expected;
    expected.insert(QLatin1StringView("resumes"), 2);
    expected.insert(QLatin1StringView("uploadBytesToday"), QJsonValue(qint64{kTwoTo53}));
    expected.insert(QLatin1StringView("bulkApplyRecipientsToday"), 0);
    EXPECT_EQ(vitae::core::toJson(left), expected);
}

// ---------------------------------------------------------------------------------------------
// JSON shapes

QJsonObject parseObject(const char* text) {
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(QByteArray(text), &error);
    EXPECT_TRUE(document.isObject()) << text << ": " << error.errorString().toStdString();
    return document.object();
}

TEST(PlanDecisionJson, AllFields) {
    const auto json = vitae::core::toJson(
        decision(PlanReason::TemplateNotAllowed, 4, 5, 6, QStringLiteral("academic")));
    EXPECT_EQ(json, parseObject(R"({"code":"plan.template_not_allowed","limit":4,"used":5,)"
                                R"("requested":6,"subject":"academic"})"));
}

TEST(PlanDecisionJson, OmitsAbsentLimitAndEmptySubject) {
    const auto json = vitae::core::toJson(decision(PlanReason::Allowed, std::nullopt, 0, 1));
    EXPECT_EQ(json, parseObject(R"({"code":"allowed","used":0,"requested":1})"));
}

TEST(PlanDecisionJson, LargeNumbersStayExact) {
    const auto json =
        vitae::core::toJson(decision(PlanReason::UploadBytesExceeded, kMax, kMax - 1, kMax));
    EXPECT_EQ(json.value(QLatin1StringView("limit")).toInteger(), kMax);
    EXPECT_EQ(json.value(QLatin1StringView("used")).toInteger(), kMax - 1);
    EXPECT_EQ(json.value(QLatin1StringView("requested")).toInteger(), kMax);
}

TEST(PlanUsageJson, Keys) {
    EXPECT_EQ(vitae::core::toJson(usageOf(1, 2, 3, 4)),
              parseObject(R"({"resumes":1,"exportsToday":2,"uploadBytesToday":3,)"
                          R"("bulkApplyRecipientsToday":4})"));
}

PlanLimit fullLimit() {
    PlanLimit limit;
    limit.maxResumes = 3;
    limit.maxSectionsPerResume = 12;
    limit.maxExportsPerDay = 0;
    limit.maxUploadBytesPerDay = kTwoTo53;
    limit.maxBulkApplyRecipientsPerDay = 25;
    limit.exportRetentionDays = 30;
    limit.allowedTemplates = QStringList{QStringLiteral("classic"), QStringLiteral("modern")};
    return limit;
}

TEST(PlanLimitJson, WritesCamelCaseKeysAsNumbers) {
    const QJsonObject json = vitae::core::toJson(fullLimit());
    EXPECT_EQ(json, parseObject(R"({"maxResumes":3,"maxSectionsPerResume":12,)"
                                R"("maxExportsPerDay":0,"maxUploadBytesPerDay":9007199254740992,)"
                                R"("maxBulkApplyRecipientsPerDay":25,"exportRetentionDays":30,)"
                                R"("allowedTemplates":["classic","modern"]})"));
    EXPECT_TRUE(json.value(QLatin1StringView("maxResumes")).isDouble());
}

TEST(PlanLimitJson, UnlimitedIsEmptyObject) {
    EXPECT_TRUE(vitae::core::toJson(PlanLimit{}).isEmpty());
}

TEST(PlanLimitJson, RoundTripsThroughText) {
    for (const PlanLimit& original : {fullLimit(), PlanLimit{}, resumesLimit(0),
                                      templatesLimit(QStringList{}), sectionsLimit(kTwoTo53)}) {
        const QByteArray text = QJsonDocument(vitae::core::toJson(original)).toJson();
        QString error;
        const auto parsed =
            vitae::core::planLimitFromJson(QJsonDocument::fromJson(text).object(), &error);
        ASSERT_TRUE(parsed.has_value()) << text.toStdString() << error.toStdString();
        EXPECT_EQ(*parsed, original) << text.toStdString();
        EXPECT_TRUE(error.isEmpty());
    }
}

TEST(PlanLimitJson, NullAndMissingMeanUnlimitedAndUnknownKeysAreIgnored) {
    const auto parsed = vitae::core::planLimitFromJson(
        parseObject(R"({"maxResumes":null,"allowedTemplates":null,"maxExportsPerDay":3.0,)"
                    R"("futureLimit":"anything","maxSectionsPerResume":0})"));
    ASSERT_TRUE(parsed.has_value());
    PlanLimit expected;
    expected.maxExportsPerDay = 3;
    expected.maxSectionsPerResume = 0;
    EXPECT_EQ(*parsed, expected);
}

TEST(PlanLimitJson, AcceptsTwoTo53AndNoErrorPointer) {
    const auto parsed = vitae::core::planLimitFromJson(
        parseObject(R"({"maxUploadBytesPerDay":9007199254740992})"), nullptr);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->maxUploadBytesPerDay, kTwoTo53);
}

struct RejectCase {
    std::string name;
    std::string json;
    const char* key;
    const char* hint; // a word the reason must contain besides the key
};

void PrintTo(const RejectCase& value, std::ostream* out) {
    *out << value.name << ' ' << value.json;
}

class PlanLimitRejectTest : public testing::TestWithParam<RejectCase> {};

TEST_P(PlanLimitRejectTest, RefusesWithOneLineReasonNamingTheKey) {
    const RejectCase& test = GetParam();
    QString error;
    const auto parsed = vitae::core::planLimitFromJson(parseObject(test.json.c_str()), &error);
    EXPECT_FALSE(parsed.has_value());
    EXPECT_TRUE(error.contains(QString::fromLatin1(test.key))) << error.toStdString();
    EXPECT_TRUE(error.contains(QString::fromLatin1(test.hint))) << error.toStdString();
    EXPECT_FALSE(error.contains(QLatin1Char('\n'))) << error.toStdString();
    // Without an error pointer the answer is the same.
    EXPECT_FALSE(vitae::core::planLimitFromJson(parseObject(test.json.c_str())).has_value());
}

struct Bad {
    const char* kind;
    const char* value;
    const char* hint;
};

std::vector<RejectCase> rejectCases() {
    const char* const quotaKeys[] = {
        "maxResumes",           "maxSectionsPerResume",         "maxExportsPerDay",
        "maxUploadBytesPerDay", "maxBulkApplyRecipientsPerDay", "exportRetentionDays"};
    const Bad badValues[] = {
        {"String", R"("3")", "string"},
        {"Bool", "true", "boolean"},
        {"Array", "[3]", "array"},
        {"Object", R"({"value":3})", "object"},
        {"Negative", "-1", "negative"},
        {"Fraction", "2.5", "integer"},
        {"NegativeFraction", "-0.5", "integer"},
        {"AboveTwoTo53", "9007199254740993", "2^53"},
        {"HugeDouble", "1e300", "2^53"},
        {"BeyondInt64", "18446744073709551616", "2^53"},
    };
    const Bad badTemplates[] = {
        {"String", R"("classic")", "array"},        {"Number", "1", "array"},
        {"Object", R"({"classic":true})", "array"}, {"NumberItem", R"(["classic",2])", "[1]"},
        {"EmptyItem", R"(["classic",""])", "[1]"},  {"NullItem", R"([null])", "[0]"},
        {"ArrayItem", R"([["classic"]])", "[0]"},
    };
    std::vector<RejectCase> cases;
    for (const char* key : quotaKeys) {
        for (const Bad& bad : badValues) {
            // A valid key beside the wrong one: the error must name the wrong one.
            const std::string valid =
                std::string(key) == "maxResumes" ? R"("maxExportsPerDay":1)" : R"("maxResumes":1)";
            cases.push_back({std::string(key) + "_" + bad.kind,
                             "{" + valid + ",\"" + key + "\":" + bad.value + "}", key, bad.hint});
        }
    }
    for (const Bad& bad : badTemplates) {
        cases.push_back({std::string("allowedTemplates_") + bad.kind,
                         std::string(R"({"maxResumes":1,"allowedTemplates":)") + bad.value + "}",
                         "allowedTemplates", bad.hint});
    }
    return cases;
}

INSTANTIATE_TEST_SUITE_P(WrongValues, PlanLimitRejectTest, testing::ValuesIn(rejectCases()),
                         [](const testing::TestParamInfo<RejectCase>& caseInfo) {
                             return caseInfo.param.name;
                         });

} // namespace
