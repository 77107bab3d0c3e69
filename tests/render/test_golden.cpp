// Golden images: every page of the sample in each template (and a right-to-left and a CJK
// resume) drawn at 50 dpi and compared with the PNGs committed in tests/render/golden/.
// Update them with VITAE_UPDATE_GOLDEN=1 (see tests/render/README.md); on a mismatch the test
// writes the actual page and a diff image into the build directory and prints their paths.
#include "test_support.h"

#include <vitae/core/json_resume.h>
#include <vitae/render/layout.h>
#include <vitae/render/paint.h>

#include <QDir>
#include <QImage>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <ostream>

namespace vitae {
namespace {

constexpr int kDpi = 50;
// A pixel differs when a channel moves by more than this (anti-aliasing noise stays below);
// a page differs when more than this fraction of its pixels (some 50 of an A4 page at 50 dpi)
// do. One word changed in a line is about 0.07 %, a line moved several times that.
constexpr int kChannelTolerance = 48;
constexpr double kMaxDifferingFraction = 0.0002;

struct GoldenCase {
    std::string name; // also the file name stem: golden/<name>-p<N>.png
    QString fixture;
    QString templateId;
};

void PrintTo(const GoldenCase& c, std::ostream* out) {
    *out << c.name;
}

std::vector<GoldenCase> goldenCases() {
    return {
        {"sample-classic", QStringLiteral("sample"), QStringLiteral("classic")},
        {"sample-modern", QStringLiteral("sample"), QStringLiteral("modern")},
        {"sample-compact", QStringLiteral("sample"), QStringLiteral("compact")},
        {"rtl-arabic-modern", QStringLiteral("rtl-arabic"), QStringLiteral("modern")},
        {"cjk-classic", QStringLiteral("cjk"), QStringLiteral("classic")},
    };
}

std::string caseName(const testing::TestParamInfo<GoldenCase>& param) {
    std::string name = param.param.name;
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

bool updating() {
    return qEnvironmentVariable("VITAE_UPDATE_GOLDEN") == QLatin1StringView("1");
}

QString goldenPath(const GoldenCase& c, int page) {
    return QStringLiteral(VITAE_GOLDEN_DIR "/%1-p%2.png")
        .arg(QString::fromStdString(c.name))
        .arg(page + 1);
}

render::Document layOut(const GoldenCase& c) {
    const QString path =
        c.fixture == u"sample"
            ? test::sourcePath(QStringLiteral("resources/samples/sample-resume.json"))
            : test::fixturePath(QStringLiteral("render/%1.json").arg(c.fixture));
    render::RenderOptions options;
    options.templateId = c.templateId;
    return render::layoutResume(core::importJsonResume(test::readJsonObject(path)).resume, options);
}

struct Comparison {
    qsizetype differing = 0;
    QImage diff; // the golden page faded, differing pixels red
};

Comparison compare(const QImage& golden, const QImage& actual) {
    Comparison result;
    result.diff = QImage(golden.size(), QImage::Format_RGB32);
    for (int y = 0; y < golden.height(); ++y) {
        const auto* g = reinterpret_cast<const QRgb*>(golden.constScanLine(y));
        const auto* a = reinterpret_cast<const QRgb*>(actual.constScanLine(y));
        auto* d = reinterpret_cast<QRgb*>(result.diff.scanLine(y));
        for (int x = 0; x < golden.width(); ++x) {
            const int delta =
                std::max({std::abs(qRed(g[x]) - qRed(a[x])), std::abs(qGreen(g[x]) - qGreen(a[x])),
                          std::abs(qBlue(g[x]) - qBlue(a[x]))});
            const int faded = 192 + qGray(g[x]) / 4;
            d[x] = delta > kChannelTolerance ? qRgb(255, 0, 0) : qRgb(faded, faded, faded);
            result.differing += delta > kChannelTolerance ? 1 : 0;
        }
    }
    return result;
}

// Writes the actual page and the diff next to each other in the build tree; their paths.
QString keepForInspection(const GoldenCase& c, int page, const QImage& actual, const QImage& diff) {
    QDir().mkpath(QStringLiteral(VITAE_GOLDEN_OUT_DIR));
    const QString stem = QStringLiteral(VITAE_GOLDEN_OUT_DIR "/%1-p%2")
                             .arg(QString::fromStdString(c.name))
                             .arg(page + 1);
    actual.save(stem + QStringLiteral("-actual.png"));
    if (!diff.isNull())
        diff.save(stem + QStringLiteral("-diff.png"));
    return stem + QStringLiteral("-actual.png") +
           (diff.isNull() ? QString()
                          : QStringLiteral(" and ") + stem + QStringLiteral("-diff.png"));
}

class Golden : public testing::TestWithParam<GoldenCase> {};

TEST_P(Golden, PagesMatchTheCommittedImages) {
    const render::Document doc = layOut(GetParam());
    ASSERT_GE(doc.pageCount(), 1);
    for (int page = 0; page < doc.pageCount(); ++page) {
        const QImage actual =
            render::renderPageImage(doc, page, kDpi).convertToFormat(QImage::Format_RGB32);
        const QString path = goldenPath(GetParam(), page);
        if (updating()) {
            ASSERT_TRUE(actual.save(path, "PNG", 9)) << path.toStdString();
            std::cout << "updated " << path.toStdString() << '\n';
            continue;
        }
        const QImage golden = QImage(path).convertToFormat(QImage::Format_RGB32);
        if (golden.isNull() || golden.size() != actual.size()) {
            ADD_FAILURE() << "no golden image of this size at " << path.toStdString()
                          << "; actual page in "
                          << keepForInspection(GetParam(), page, actual, {}).toStdString();
            continue;
        }
        const Comparison result = compare(golden, actual);
        const double fraction =
            double(result.differing) / (double(actual.width()) * actual.height());
        EXPECT_LE(fraction, kMaxDifferingFraction)
            << "page " << page + 1 << ": " << result.differing << " pixels differ; see "
            << keepForInspection(GetParam(), page, actual, result.diff).toStdString();
    }
    // A page fewer than the goldens is a change too.
    if (!updating()) {
        EXPECT_FALSE(QFile::exists(goldenPath(GetParam(), doc.pageCount())))
            << "the golden images have more than " << doc.pageCount() << " page(s)";
    }
}

INSTANTIATE_TEST_SUITE_P(Render, Golden, testing::ValuesIn(goldenCases()), caseName);

// The comparison itself: identical pages pass, a moved word fails.
TEST(GoldenCompare, IdenticalImagesHaveNoDifferingPixels) {
    const render::Document doc = layOut(goldenCases().front());
    const QImage page = render::renderPageImage(doc, 0, kDpi).convertToFormat(QImage::Format_RGB32);
    EXPECT_EQ(compare(page, page).differing, 0);
}

TEST(GoldenCompare, AChangedWordIsCaught) {
    core::Resume resume;
    resume.basics = core::Basics{};
    resume.basics->name = QStringLiteral("Amira Haddad");
    resume.basics->summary = QStringLiteral("Backend engineer who measures before optimising.");
    const QImage before = render::renderPageImage(render::layoutResume(resume), 0, kDpi)
                              .convertToFormat(QImage::Format_RGB32);
    resume.basics->summary = QStringLiteral("Backend engineer who measures after optimising.");
    const QImage after = render::renderPageImage(render::layoutResume(resume), 0, kDpi)
                             .convertToFormat(QImage::Format_RGB32);
    const double fraction =
        double(compare(before, after).differing) / (double(before.width()) * before.height());
    EXPECT_GT(fraction, kMaxDifferingFraction);
}

} // namespace
} // namespace vitae
