#include "render_test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextLayout>

#include <gtest/gtest.h>

#include <algorithm>

namespace vitae::test {

QString words(int count, const QString& word) {
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(word);
    return list.join(QLatin1Char(' '));
}

core::Resume syntheticResume(int workEntries, int highlights, int summaryWords) {
    core::Resume resume;
    resume.basics = core::Basics{};
    resume.basics->name = QStringLiteral("Test Person");
    resume.work = std::vector<core::Work>{};
    for (int w = 0; w < workEntries; ++w) {
        core::Work work;
        work.position = QStringLiteral("Engineer %1").arg(w + 1);
        work.name = QStringLiteral("Company %1").arg(w + 1);
        work.startDate = QStringLiteral("2020-01");
        if (summaryWords > 0)
            work.summary = words(summaryWords);
        QStringList items;
        for (int h = 0; h < highlights; ++h)
            items.append(QStringLiteral("Highlight %1 of entry %2").arg(h + 1).arg(w + 1));
        work.highlights = items;
        resume.work->push_back(work);
    }
    core::Education education;
    education.institution = QStringLiteral("Some University");
    education.area = QStringLiteral("Physics");
    education.startDate = QStringLiteral("2010");
    education.endDate = QStringLiteral("2014");
    resume.education = std::vector<core::Education>{education};
    return resume;
}

Where where(const render::Document& document, int block, int line) {
    for (size_t p = 0; p < document.pages.size(); ++p) {
        for (const render::PlacedLine& placed : document.pages[p].lines) {
            if (placed.block == block && placed.line == line)
                return {static_cast<int>(p), placed.origin.y(),
                        placed.origin.y() + placed.heightPt};
        }
    }
    return {};
}

double contentBottom(const render::Document& document) {
    return document.pageSizePt.height() - document.theme.margins.bottomMm * 72.0 / 25.4;
}

double usedBottom(const render::Document& document, int page) {
    double bottom = 0;
    for (const render::PlacedLine& placed : document.pages[static_cast<size_t>(page)].lines) {
        if (document.blocks[static_cast<size_t>(placed.block)].kind !=
            render::BlockKind::PageNumber)
            bottom = std::max(bottom, placed.origin.y() + placed.heightPt);
    }
    return bottom;
}

bool firstOnPage(const render::Document& document, int block, int line) {
    const Where w = where(document, block, line);
    if (w.page < 0)
        return false;
    const auto& lines = document.pages[static_cast<size_t>(w.page)].lines;
    return !lines.empty() && lines.front().block == block && lines.front().line == line;
}

std::vector<std::pair<int, int>> flowOrder(const render::Document& document) {
    std::vector<std::pair<int, int>> order;
    for (const render::Page& page : document.pages) {
        for (const render::PlacedLine& placed : page.lines) {
            if (document.blocks[static_cast<size_t>(placed.block)].kind !=
                render::BlockKind::PageNumber)
                order.emplace_back(placed.block, placed.line);
        }
    }
    return order;
}

ToolRun runTool(const QString& program, const QStringList& arguments, const QByteArray& input) {
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForStarted()) << program.toStdString();
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60'000)) << program.toStdString();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

namespace {

void collectShown(const QJsonValue& value, const QString& path, std::vector<Shown>& out) {
    static const QRegularExpression hidden(QStringLiteral(
        "^(/\\$schema|/basics/location/region|/basics/profiles/\\d+/username|/vitae/templateId"
        "|/vitae/sections/.*|/vitae/customSections/\\d+/id)$"));
    if (hidden.match(path).hasMatch())
        return;
    if (value.isString()) {
        out.push_back({path, value.toString()});
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectShown(array.at(i), path + QLatin1Char('/') + QString::number(i), out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectShown(it.value(), path + QLatin1Char('/') + it.key(), out);
    }
}

// Bidi controls (marks, embeddings, isolates) that pdftotext adds around right-to-left lines,
// and the invisible joiners the renderer inserts.
bool invisible(QChar c) {
    const char16_t u = c.unicode();
    return u == 0x200C || u == 0x200D || u == 0x200E || u == 0x200F || u == 0x2060 ||
           (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

} // namespace

std::vector<Shown> shownStrings(const QJsonObject& json) {
    std::vector<Shown> out;
    collectShown(json, QString(), out);
    return out;
}

bool inModernSidebar(const QString& path) {
    static const QRegularExpression sidebar(QStringLiteral(
        "^/basics/(email|phone|url|location|profiles)(/|$)|^/(skills|languages|interests)/"));
    return sidebar.match(path).hasMatch();
}

QString comparable(const QString& text, Compare mode) {
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.replace(QChar(QChar::LineSeparator), QLatin1Char('\n'));
    out.removeIf(invisible);
    if (mode == Compare::LettersAndDigits) {
        out.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
        return out;
    }
    static const QRegularExpression slashBreak(QStringLiteral("/[ \\t]*\\n\\s*"));
    static const QRegularExpression cjkBreak(
        QStringLiteral("(?<=[\\p{Han}\\p{Hiragana}\\p{Katakana}\\x{3001}\\x{3002}])[ \\t]*\\n\\s*"
                       "(?=[\\p{Han}\\p{Hiragana}\\p{Katakana}])"));
    out.replace(slashBreak, QStringLiteral("/"));
    out.replace(cjkBreak, QString());
    return out.simplified();
}

QString drawnText(const render::Document& document) {
    QString text;
    for (const render::Page& page : document.pages) {
        for (const render::PlacedLine& placed : page.lines) {
            const QTextLayout& layout = *document.layouts[static_cast<size_t>(placed.block)];
            const QTextLine line = layout.lineAt(placed.line);
            text += layout.text().mid(line.textStart(), line.textLength()) + QLatin1Char('\n');
        }
    }
    return text;
}

QString writeFile(QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(bytes);
    return path;
}

QString pdfText(const QString& path, const QStringList& extra) {
    const ToolRun run =
        runTool(QStringLiteral(VITAE_PDFTOTEXT), extra + QStringList{path, QStringLiteral("-")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return QString::fromUtf8(run.out);
}

std::vector<FontRow> pdfFonts(const QString& path) {
    const ToolRun run = runTool(QStringLiteral(VITAE_PDFFONTS), {path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    std::vector<FontRow> rows;
    for (const QString& line : lines.mid(2)) {
        // name type... encoding emb sub uni object-id: the three flags precede the id.
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const qsizetype n = columns.size();
        if (n < 7) {
            ADD_FAILURE() << "unexpected pdffonts row: " << line.toStdString();
            continue;
        }
        const auto yes = [&](qsizetype i) { return columns[i] == QLatin1StringView("yes"); };
        rows.push_back({columns[0], yes(n - 5), yes(n - 4), yes(n - 3)});
    }
    return rows;
}

} // namespace vitae::test
