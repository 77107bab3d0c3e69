// The template catalogue shipped in resources/ and the parser that reads it.
#include "test_support.h"

#include <vitae/core/sections.h>
#include <vitae/core/template_catalogue.h>

#include <gtest/gtest.h>

namespace vitae::core {
namespace {

TEST(TemplateCatalogue, BuiltinMatchesTheResourceFile) {
    const auto fromFile = TemplateCatalogue::parse(
        test::readFile(test::sourcePath(QStringLiteral("resources/templates/catalogue.json"))));
    ASSERT_TRUE(fromFile);
    EXPECT_EQ(TemplateCatalogue::builtin().templates(), fromFile->templates());
}

TEST(TemplateCatalogue, BuiltinHasAtLeastThreeUsableTemplates) {
    const auto& templates = TemplateCatalogue::builtin().templates();
    ASSERT_GE(templates.size(), 3);
    for (const TemplateInfo& info : templates) {
        EXPECT_FALSE(info.name.isEmpty()) << info.id.toStdString();
        EXPECT_FALSE(info.description.isEmpty()) << info.id.toStdString();
        for (const QString& section : info.requiredSections)
            EXPECT_TRUE(isStandardSectionKey(section)) << section.toStdString();
        EXPECT_GT(info.margins.topMm, 0);
    }
    EXPECT_NE(TemplateCatalogue::builtin().find(u"classic"), nullptr);
    EXPECT_NE(TemplateCatalogue::builtin().find(u"modern"), nullptr);
    EXPECT_NE(TemplateCatalogue::builtin().find(u"compact"), nullptr);
    EXPECT_EQ(TemplateCatalogue::builtin().find(u"nope"), nullptr);
    EXPECT_EQ(TemplateCatalogue::builtin().defaultTemplate().id, QStringLiteral("classic"));
}

TEST(TemplateCatalogue, ReadsPageAndMargins) {
    const auto catalogue = TemplateCatalogue::parse(R"({"templates":[{"id":"t","name":"T",
        "layout":"sidebar","requiredSections":["skills"],
        "page":{"size":"Letter","marginsMm":{"top":10,"left":12.5}}}]})");
    ASSERT_TRUE(catalogue);
    const TemplateInfo& info = catalogue->templates().front();
    EXPECT_EQ(info.defaultPageSize, PageSize::Letter);
    EXPECT_EQ(info.margins.topMm, 10);
    EXPECT_EQ(info.margins.leftMm, 12.5);
    EXPECT_EQ(info.margins.rightMm, PageMargins{}.rightMm);
    EXPECT_EQ(info.requiredSections, QStringList{QStringLiteral("skills")});
}

struct BadCatalogue {
    const char* name;
    const char* json;
    const char* reasonContains;
};

class TemplateCatalogueRejects : public testing::TestWithParam<BadCatalogue> {};

TEST_P(TemplateCatalogueRejects, WithAReason) {
    QString error;
    EXPECT_FALSE(TemplateCatalogue::parse(QByteArray(GetParam().json), &error));
    EXPECT_TRUE(error.contains(QString::fromUtf8(GetParam().reasonContains)))
        << error.toStdString();
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Parse, TemplateCatalogueRejects, testing::Values(
    BadCatalogue{"not_json", "{", "templates"},
    BadCatalogue{"empty", R"({"templates":[]})", "templates"},
    BadCatalogue{"no_id", R"({"templates":[{"name":"T","layout":"x","page":{"size":"A4"}}]})", "id"},
    BadCatalogue{"unknown_section", R"({"templates":[{"id":"t","name":"T","layout":"x","requiredSections":["hobbies"],"page":{"size":"A4"}}]})", "hobbies"},
    BadCatalogue{"bad_page_size", R"({"templates":[{"id":"t","name":"T","layout":"x","page":{"size":"A5"}}]})", "page.size"},
    BadCatalogue{"bad_margin", R"({"templates":[{"id":"t","name":"T","layout":"x","page":{"size":"A4","marginsMm":{"top":-1}}}]})", "top"},
    BadCatalogue{"duplicate_id", R"({"templates":[{"id":"t","name":"T","layout":"x","page":{"size":"A4"}},{"id":"t","name":"U","layout":"x","page":{"size":"A4"}}]})", "twice"}
), test::CaseName{});
// clang-format on

TEST(PageSize, NamesRoundTrip) {
    for (const PageSize size : {PageSize::A4, PageSize::Letter})
        EXPECT_EQ(pageSizeFromName(pageSizeName(size)), size);
    EXPECT_EQ(pageSizeFromName(u"letter"), PageSize::Letter);
    EXPECT_FALSE(pageSizeFromName(u"A3"));
}

} // namespace
} // namespace vitae::core
