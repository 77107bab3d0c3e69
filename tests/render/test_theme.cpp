// Themes: one built-in per catalogue template, and theme files that override it.
#include <vitae/core/template_catalogue.h>
#include <vitae/render/theme.h>

#include <gtest/gtest.h>

namespace vitae {
namespace {

using render::Theme;

TEST(Theme, EveryCatalogueTemplateHasABuiltinThemeWithItsPage) {
    for (const core::TemplateInfo& info : core::TemplateCatalogue::builtin().templates()) {
        const Theme theme = Theme::builtin(info.id);
        EXPECT_EQ(theme.id, info.id);
        EXPECT_EQ(theme.pageSize, info.defaultPageSize) << info.id.toStdString();
        EXPECT_EQ(theme.margins, info.margins) << info.id.toStdString();
    }
    EXPECT_NE(Theme::builtin(u"classic").body, Theme::builtin(u"compact").body);
}

TEST(Theme, UnknownTemplateFallsBackToTheDefault) {
    EXPECT_EQ(Theme::builtin(u"no-such-template").id,
              core::TemplateCatalogue::builtin().defaultTemplate().id);
}

TEST(Theme, FileOverridesOnlyWhatItNames) {
    const Theme base = Theme::builtin(u"classic");
    QString error;
    const auto theme = Theme::fromJson(R"({
        "pageSize": "Letter",
        "marginsMm": {"top": 10},
        "colors": {"accent": "#ff0000"},
        "spacing": {"lineHeight": 1.4},
        "text": {"body": {"family": "DejaVu Sans", "sizePt": 11}},
        "pageNumbers": false
    })",
                                       base, &error);
    ASSERT_TRUE(theme) << error.toStdString();
    EXPECT_EQ(theme->pageSize, core::PageSize::Letter);
    EXPECT_EQ(theme->margins.topMm, 10);
    EXPECT_EQ(theme->margins.leftMm, base.margins.leftMm);
    EXPECT_EQ(theme->accent, QColor(0xff, 0, 0));
    EXPECT_DOUBLE_EQ(theme->lineHeight, 1.4);
    EXPECT_EQ(theme->body.family, QStringLiteral("DejaVu Sans"));
    EXPECT_DOUBLE_EQ(theme->body.sizePt, 11);
    EXPECT_EQ(theme->body.weight, base.body.weight);
    EXPECT_EQ(theme->name, base.name);
    EXPECT_FALSE(theme->pageNumbers);
}

TEST(Theme, FontFamilySetsEveryStyle) {
    const auto theme =
        Theme::fromJson(R"({"fontFamily": "DejaVu Sans"})", Theme::builtin(u"classic"));
    ASSERT_TRUE(theme);
    EXPECT_EQ(theme->name.family, QStringLiteral("DejaVu Sans"));
    EXPECT_EQ(theme->body.family, QStringLiteral("DejaVu Sans"));
}

TEST(Theme, ErrorsNameTheKey) {
    const Theme base = Theme::builtin(u"classic");
    const struct {
        const char* json;
        const char* path;
    } cases[] = {
        {R"({"colour": {}})", "/colour"},
        {R"({"colors": {"accent": "reddish"}})", "/colors/accent"},
        {R"({"text": {"body": {"sizePt": 200}}})", "/text/body/sizePt"},
        {R"({"text": {"footer": {}}})", "/text/footer"},
        {R"({"spacing": {"lineHeight": "1.2"}})", "/spacing/lineHeight"},
        {R"({"pageSize": "A5"})", "/pageSize"},
        {R"({"sidebar": {"width": 60}})", "/sidebar/width"},
        {R"({"sidebar": {"widthMm": 200}})", "/sidebar/widthMm"},
        {R"({"sidebar": {"sections": "skills"}})", "/sidebar/sections"},
        {R"({"sidebar": {"sections": ["skills", ""]}})", "/sidebar/sections"},
        {R"({"sidebar": {"text": {"sizePt": 1}}})", "/sidebar/text/sizePt"},
        {R"({"sidebar": {"headingBand": "blue-ish"}})", "/sidebar/headingBand"},
    };
    for (const auto& c : cases) {
        QString error;
        EXPECT_FALSE(Theme::fromJson(QByteArrayView(c.json), base, &error)) << c.json;
        EXPECT_TRUE(error.startsWith(QLatin1StringView(c.path))) << error.toStdString();
    }
    QString error;
    EXPECT_FALSE(Theme::fromJson("[1]", base, &error));
    EXPECT_FALSE(Theme::fromJson("{", base, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(Theme, OnlyModernHasASidebarAndAFileCanChangeIt) {
    EXPECT_FALSE(Theme::builtin(u"classic").sidebar.enabled());
    EXPECT_FALSE(Theme::builtin(u"compact").sidebar.enabled());
    const Theme modern = Theme::builtin(u"modern");
    ASSERT_TRUE(modern.sidebar.enabled());
    // One text size in the sidebar: what keeps it one block for text extractors.
    EXPECT_EQ(modern.sidebar.heading.sizePt, modern.sidebar.text.sizePt);
    QString error;
    const auto changed = Theme::fromJson(R"({"sidebar": {
        "widthMm": 60, "sections": ["skills", "custom:tools"], "headingBand": null,
        "text": {"sizePt": 9}, "heading": {"sizePt": 9, "color": "#000000"}}})",
                                         modern, &error);
    ASSERT_TRUE(changed) << error.toStdString();
    EXPECT_EQ(changed->sidebar.widthMm, 60);
    EXPECT_EQ(changed->sidebar.sections,
              (QStringList{QStringLiteral("skills"), QStringLiteral("custom:tools")}));
    EXPECT_FALSE(changed->sidebar.headingBand.isValid());
    EXPECT_EQ(changed->sidebar.text.sizePt, 9);
    EXPECT_EQ(changed->sidebar.text.family, modern.sidebar.text.family);
    EXPECT_EQ(changed->sidebar.background, modern.sidebar.background);
}

TEST(Theme, RoundTripsThroughJson) {
    for (const char* id : {"classic", "modern", "compact"}) {
        const Theme theme = Theme::builtin(QString::fromLatin1(id));
        const auto back = Theme::fromJson(theme.toJson(), Theme::builtin(u"classic"));
        ASSERT_TRUE(back) << id;
        Theme expected = theme;
        expected.id = QStringLiteral("classic"); // the id is not part of a theme file
        EXPECT_EQ(*back, expected) << id;
    }
}

} // namespace
} // namespace vitae
