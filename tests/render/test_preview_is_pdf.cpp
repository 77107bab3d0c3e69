// The preview is the PDF: every page of the PDF, rasterised by poppler (pdftoppm), against the
// preview image of the same page (renderPageImage, QPainter on a QImage), both drawn by the one
// canvas walk. The two rasterisers snap glyphs differently (Qt to whole pixels vertically,
// poppler to quarter pixels across), so a pixel is compared with the other image's pixels
// around it: it differs when a channel lies more than the golden tolerance outside what its
// 3 x 3 neighbourhood there spans. A glyph moved by more than a pixel, another font, another
// colour or a missing word are caught; anti-aliasing and snapping are not.
#include "render_test_support.h"
#include "test_support.h"

#include <vitae/core/json_resume.h>
#include <vitae/render/layout.h>
#include <vitae/render/paint.h>
#include <vitae/render/pdf.h>

#include <QDir>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <vector>

namespace vitae {
namespace {

constexpr int kDpi = 100; // a pixel is 0.72 pt
// As in test_golden.cpp.
constexpr int kChannelTolerance = 48;
constexpr double kMaxDifferingFraction = 0.0002;

struct Case {
    std::string name;
    QString fixture;
    QString templateId;
};

void PrintTo(const Case& c, std::ostream* out) {
    *out << c.name;
}

render::Document layOut(const QString& fixture, const QString& templateId) {
    const QString path =
        fixture == u"sample"
            ? test::sourcePath(QStringLiteral("resources/samples/sample-resume.json"))
            : test::fixturePath(QStringLiteral("render/%1.json").arg(fixture));
    render::RenderOptions options;
    options.templateId = templateId;
    return render::layoutResume(core::importJsonResume(test::readJsonObject(path)).resume, options);
}

// Per channel, the lowest and highest value in each pixel's 3 x 3 neighbourhood (a row pass,
// then a column pass).
struct Neighbourhoods {
    explicit Neighbourhoods(const QImage& image)
        : width(image.width())
        , height(image.height()) {
        std::vector<uchar> values(size());
        for (int y = 0; y < height; ++y) {
            const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < width; ++x) {
                values[index(x, y, 0)] = static_cast<uchar>(qRed(row[x]));
                values[index(x, y, 1)] = static_cast<uchar>(qGreen(row[x]));
                values[index(x, y, 2)] = static_cast<uchar>(qBlue(row[x]));
            }
        }
        low = extreme(extreme(values, 1, 0, true), 0, 1, true);
        high = extreme(extreme(values, 1, 0, false), 0, 1, false);
    }
    size_t size() const { return static_cast<size_t>(width) * static_cast<size_t>(height) * 3; }
    size_t index(int x, int y, int channel) const {
        return (static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)) * 3 +
               static_cast<size_t>(channel);
    }
    // The lowest (or highest) of each value and its neighbours one step (dx, dy) either way.
    std::vector<uchar> extreme(const std::vector<uchar>& in, int dx, int dy, bool lowest) const {
        std::vector<uchar> out(in);
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                for (const int step : {-1, 1}) {
                    const int nx = x + step * dx, ny = y + step * dy;
                    if (nx < 0 || ny < 0 || nx >= width || ny >= height)
                        continue;
                    for (int c = 0; c < 3; ++c) {
                        uchar& value = out[index(x, y, c)];
                        const uchar neighbour = in[index(nx, ny, c)];
                        value = lowest ? std::min(value, neighbour) : std::max(value, neighbour);
                    }
                }
            }
        }
        return out;
    }
    int width, height;
    std::vector<uchar> low, high;
};

// Pixels of `image` that `other` cannot account for: a channel more than the tolerance outside
// the range of `other` around the same place.
qsizetype unexplained(const QImage& image, const Neighbourhoods& other) {
    qsizetype count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int values[3] = {qRed(row[x]), qGreen(row[x]), qBlue(row[x])};
            bool differs = false;
            for (int c = 0; c < 3; ++c) {
                const size_t at = other.index(x, y, c);
                differs = differs || values[c] < other.low[at] - kChannelTolerance ||
                          values[c] > other.high[at] + kChannelTolerance;
            }
            count += differs ? 1 : 0;
        }
    }
    return count;
}

// The fraction of pixels of either image that its counterpart cannot account for.
double differingFraction(const QImage& a, const QImage& b) {
    const qsizetype worst =
        std::max(unexplained(a, Neighbourhoods(b)), unexplained(b, Neighbourhoods(a)));
    return double(worst) / (double(a.width()) * a.height());
}

// Page images of the PDF at kDpi, cropped to the preview's size (pdftoppm rounds the page's
// pixel size up, QImage to the nearest).
std::vector<QImage> rasterise(const QByteArray& pdf, QSize size) {
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("p.pdf"), pdf);
    const test::ToolRun run =
        test::runTool(QStringLiteral(VITAE_PDFTOPPM),
                      {QStringLiteral("-r"), QString::number(kDpi), QStringLiteral("-png"), path,
                       dir.filePath(QStringLiteral("page"))});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QStringList files =
        QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    std::vector<QImage> pages;
    for (const QString& file : files) {
        pages.push_back(QImage(dir.filePath(file))
                            .copy(QRect(QPoint(), size))
                            .convertToFormat(QImage::Format_RGB32));
    }
    return pages;
}

class PreviewIsPdf : public testing::TestWithParam<Case> {};

TEST_P(PreviewIsPdf, EveryPageOfThePdfLooksLikeItsPreview) {
    const render::Document doc = layOut(GetParam().fixture, GetParam().templateId);
    const QImage first = render::renderPageImage(doc, 0, kDpi);
    const std::vector<QImage> pdfPages = rasterise(render::renderPdf(doc, {}), first.size());
    ASSERT_EQ(static_cast<int>(pdfPages.size()), doc.pageCount());
    for (int page = 0; page < doc.pageCount(); ++page) {
        const QImage preview =
            render::renderPageImage(doc, page, kDpi).convertToFormat(QImage::Format_RGB32);
        EXPECT_LE(differingFraction(preview, pdfPages[static_cast<size_t>(page)]),
                  kMaxDifferingFraction)
            << "page " << page + 1;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Render, PreviewIsPdf,
    testing::Values(
        Case{"sample_classic", QStringLiteral("sample"), QStringLiteral("classic")},
        Case{"sample_modern", QStringLiteral("sample"), QStringLiteral("modern")},
        Case{"sample_compact", QStringLiteral("sample"), QStringLiteral("compact")},
        Case{"rtl_arabic_modern", QStringLiteral("rtl-arabic"), QStringLiteral("modern")},
        Case{"rtl_hebrew_classic", QStringLiteral("rtl-hebrew"), QStringLiteral("classic")},
        Case{"cjk_classic", QStringLiteral("cjk"), QStringLiteral("classic")}),
    test::CaseName());

// The comparison itself: a PDF of a resume with one word left out is told from the preview.
TEST(PreviewIsPdfCompare, AMissingWordIsCaught) {
    core::Resume resume;
    resume.basics = core::Basics{};
    resume.basics->name = QStringLiteral("Amira Haddad");
    resume.basics->summary = QStringLiteral("Backend engineer who measures before optimising.");
    const render::Document before = render::layoutResume(resume);
    resume.basics->summary = QStringLiteral("Backend engineer who measures optimising.");
    const QImage preview =
        render::renderPageImage(before, 0, kDpi).convertToFormat(QImage::Format_RGB32);
    const std::vector<QImage> same = rasterise(render::renderPdf(before, {}), preview.size());
    const std::vector<QImage> changed =
        rasterise(render::renderPdf(render::layoutResume(resume), {}), preview.size());
    ASSERT_EQ(same.size(), 1u);
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_LE(differingFraction(preview, same.front()), kMaxDifferingFraction);
    EXPECT_GT(differingFraction(preview, changed.front()), kMaxDifferingFraction);
}

} // namespace
} // namespace vitae
