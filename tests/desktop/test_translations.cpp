// The translation files against the code: lupdate, run exactly as the update_translations
// target runs it but into a temporary copy, must find nothing new and nothing gone; de, fr
// and es translate every message completely, with the placeholders and accelerators of
// the English source.
#include "test_support.h"

#include <vitae/core/template_catalogue.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace vitae {
namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QString translation;
    QStringList forms;

    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
};

struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
};

Message readMessage(QXmlStreamReader& xml, const QString& context) {
    Message message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            } else {
                message.translation = xml.readElementText();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

TsFile readTs(const QString& path) {
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS")
            ts.language = xml.attributes().value(QLatin1StringView("language")).toString();
        else if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            ts.messages.append(readMessage(xml, context));
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QSet<QString> keys(const TsFile& ts) {
    QSet<QString> all;
    for (const Message& message : ts.messages)
        all.insert(message.key());
    return all;
}

QString tsPath(const QString& language) {
    return test::sourcePath(QStringLiteral("translations/vitae_%1.ts").arg(language));
}

// desktop/CMakeLists.txt writes the program, then its arguments, one a line.
QStringList lupdateCommand() {
    QFile file(QStringLiteral(VITAE_LUPDATE_COMMAND));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    lines.removeAll(QString());
    return lines;
}

// The checked-in file as lupdate would rewrite it from the code today.
TsFile updatedCopy(const QString& language, const QTemporaryDir& dir) {
    const QString copy = dir.filePath(QFileInfo(tsPath(language)).fileName());
    QFile::remove(copy);
    if (!QFile::copy(tsPath(language), copy))
        return {QString(), {}, QStringLiteral("cannot copy ") + tsPath(language)};
    QStringList arguments = lupdateCommand();
    if (arguments.isEmpty())
        return {QString(), {}, QStringLiteral("no lupdate command in " VITAE_LUPDATE_COMMAND)};
    const QString program = arguments.takeFirst();
    QProcess lupdate;
    lupdate.start(program, arguments << QStringLiteral("-silent") << QStringLiteral("-ts") << copy);
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
        return {QString(), {}, QString::fromUtf8(lupdate.readAllStandardError())};
    return readTs(copy);
}

// "%1", "%2", "%n" in a message, sorted: a translation must keep each one.
QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

// An accelerator is "&" before a letter; "&&" is a literal ampersand.
bool hasAccelerator(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&)\\w"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(text).hasMatch();
}

std::string describe(const Message& message) {
    return QString(message.context + QStringLiteral(" | ") + message.source).toStdString();
}

TEST(TranslationFiles, SourceFileHoldsEveryStringOfTheCodeAndNoOther) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const TsFile checkedIn = readTs(tsPath(QStringLiteral("en")));
    ASSERT_TRUE(checkedIn.error.isEmpty()) << checkedIn.error.toStdString();
    const TsFile fromCode = updatedCopy(QStringLiteral("en"), dir);
    ASSERT_TRUE(fromCode.error.isEmpty()) << fromCode.error.toStdString();
    ASSERT_FALSE(fromCode.messages.isEmpty());
    const QSet<QString> known = keys(checkedIn);
    const QSet<QString> current = keys(fromCode);
    for (const Message& message : fromCode.messages) {
        EXPECT_TRUE(known.contains(message.key()))
            << "not in translations/vitae_en.ts (run the update_translations target): "
            << describe(message);
    }
    for (const Message& message : checkedIn.messages) {
        EXPECT_TRUE(current.contains(message.key()))
            << "in vitae_en.ts but gone from the code: " << describe(message);
    }
}

TEST(TranslationFiles, EnglishSpellsOutItsPluralForms) {
    const TsFile english = readTs(tsPath(QStringLiteral("en")));
    ASSERT_TRUE(english.error.isEmpty()) << english.error.toStdString();
    int plurals = 0;
    for (const Message& message : english.messages) {
        if (!message.numerus)
            continue;
        ++plurals;
        EXPECT_EQ(message.forms.size(), 2) << describe(message);
        for (const QString& form : message.forms)
            EXPECT_TRUE(form.contains(QStringLiteral("%n"))) << describe(message);
        EXPECT_NE(message.type, QStringLiteral("unfinished")) << describe(message);
    }
    EXPECT_GT(plurals, 0) << "the count messages (\"%n page(s)\") are plural messages";
}

TEST(TranslationFiles, TemplateNamesAndDescriptionsAreListedForTranslation) {
    const TsFile english = readTs(tsPath(QStringLiteral("en")));
    const QSet<QString> known = keys(english);
    for (const core::TemplateInfo& info : core::TemplateCatalogue::builtin().templates()) {
        for (const QString& text : {info.name, info.description}) {
            EXPECT_TRUE(
                known.contains(QStringLiteral("vitae::templates|") + text + QLatin1Char('|')))
                << "add to translations/runtime_strings.cpp: " << text.toStdString();
        }
    }
}

// vitae-cli stays English, but its messages are marked for a translation: lupdate must file
// each under the context the tool looks it up by, and without a complaint (a free tr()
// function makes it guess the context from the namespace and say so).
TEST(TranslationFiles, CliMessagesAreFiledUnderTheContextTheyAreLookedUpBy) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList command = lupdateCommand();
    ASSERT_FALSE(command.isEmpty());
    const QDir cli(test::sourcePath(QStringLiteral("cli")));
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                          QStringLiteral("none")};
    for (const QString& source : cli.entryList({QStringLiteral("*.cpp")}, QDir::Files))
        arguments.append(cli.filePath(source));
    const QString ts = dir.filePath(QStringLiteral("cli.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(command.front(), arguments << QStringLiteral("-ts") << ts);
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    const QString output = QString::fromUtf8(lupdate.readAll());
    ASSERT_EQ(lupdate.exitCode(), 0) << output.toStdString();
    EXPECT_FALSE(output.contains(cli.absolutePath())) << output.toStdString();
    const TsFile extracted = readTs(ts);
    ASSERT_TRUE(extracted.error.isEmpty()) << extracted.error.toStdString();
    EXPECT_GT(extracted.messages.size(), 20) << "every command's help and errors";
    for (const Message& message : extracted.messages)
        EXPECT_EQ(message.context, QStringLiteral("vitae::cli")) << describe(message);
}

class Translation : public testing::TestWithParam<const char*> {};

TEST_P(Translation, TranslatesEveryMessageOfTheSource) {
    const QString language = QString::fromLatin1(GetParam());
    const TsFile english = readTs(tsPath(QStringLiteral("en")));
    const TsFile translated = readTs(tsPath(language));
    ASSERT_TRUE(translated.error.isEmpty()) << translated.error.toStdString();
    EXPECT_TRUE(translated.language.startsWith(language)) << translated.language.toStdString();
    const QSet<QString> own = keys(translated);
    for (const Message& message : english.messages)
        EXPECT_TRUE(own.contains(message.key())) << "missing: " << describe(message);
    const QSet<QString> source = keys(english);
    for (const Message& message : translated.messages)
        EXPECT_TRUE(source.contains(message.key())) << "not in vitae_en.ts: " << describe(message);
}

TEST_P(Translation, EveryMessageIsFinishedWithPlaceholdersAndAccelerators) {
    const TsFile translated = readTs(tsPath(QString::fromLatin1(GetParam())));
    ASSERT_FALSE(translated.messages.isEmpty());
    for (const Message& message : translated.messages) {
        EXPECT_TRUE(message.type.isEmpty())
            << message.type.toStdString() << ": " << describe(message);
        // Qt 6.4's plural rules give German, French and Spanish two forms each.
        const QStringList texts =
            message.numerus ? message.forms : QStringList{message.translation};
        EXPECT_EQ(texts.size(), message.numerus ? 2 : 1) << describe(message);
        for (const QString& text : texts) {
            EXPECT_FALSE(text.trimmed().isEmpty()) << describe(message);
            EXPECT_EQ(placeholders(text), placeholders(message.source))
                << describe(message) << " → " << text.toStdString();
            EXPECT_EQ(hasAccelerator(text), hasAccelerator(message.source))
                << describe(message) << " → " << text.toStdString();
        }
    }
}

TEST_P(Translation, LupdateFindsNothingToAdd) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString language = QString::fromLatin1(GetParam());
    const TsFile updated = updatedCopy(language, dir);
    ASSERT_TRUE(updated.error.isEmpty()) << updated.error.toStdString();
    for (const Message& message : updated.messages)
        EXPECT_NE(message.type, QStringLiteral("unfinished"))
            << "untranslated: " << describe(message);
    EXPECT_EQ(keys(updated), keys(readTs(tsPath(language))));
}

INSTANTIATE_TEST_SUITE_P(Languages, Translation, testing::Values("de", "fr", "es"),
                         [](const testing::TestParamInfo<const char*>& param) {
                             return std::string(param.param);
                         });

} // namespace
} // namespace vitae
