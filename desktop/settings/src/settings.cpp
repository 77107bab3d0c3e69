#include <vitae/desktop/settings.h>
#include <vitae/desktop/translations.h>

namespace vitae::desktop {
namespace {

QString noText() {
    return {};
}

QByteArray noBytes() {
    return {};
}

QString catalogueDefaultTemplate() {
    return core::TemplateCatalogue::builtin().defaultTemplate().id;
}

bool isKnownLanguageOrSystem(const QString& code) {
    return code.isEmpty() || isAvailableLanguage(code);
}

bool isCatalogueTemplate(const QString& id) {
    return core::TemplateCatalogue::builtin().find(id) != nullptr;
}

bool isPaperSizeOrTemplates(const QString& name) {
    return name.isEmpty() || core::pageSizeFromName(name).has_value();
}

} // namespace

namespace setting {
// The table. Keys are grouped by what they describe; window keys keep their first names
// so geometry saved by earlier versions is still found.
const SettingKey<QString> language{"preferences/language", noText, isKnownLanguageOrSystem};
const SettingKey<QString> defaultTemplate{"preferences/defaultTemplate", catalogueDefaultTemplate,
                                          isCatalogueTemplate};
const SettingKey<QString> paperSize{"preferences/paperSize", noText, isPaperSizeOrTemplates};
const SettingKey<QByteArray> libraryGeometry{"library/geometry", noBytes, nullptr};
const SettingKey<QByteArray> editorGeometry{"editor/geometry", noBytes, nullptr};
} // namespace setting

namespace {

std::unique_ptr<Settings>& theInstance() {
    static std::unique_ptr<Settings> settings;
    return settings;
}

} // namespace

Settings::Settings(std::unique_ptr<QSettings> storage)
    : storage_(std::move(storage)) {}

Settings& Settings::instance() {
    std::unique_ptr<Settings>& settings = theInstance();
    if (!settings)
        settings.reset(new Settings(std::make_unique<QSettings>()));
    return *settings;
}

void Settings::useFile(const QString& path) {
    instance().storage_ = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

std::optional<core::PageSize> Settings::paperSize() const {
    return core::pageSizeFromName(value(setting::paperSize));
}

bool Settings::flush() {
    storage_->sync();
    return storage_->status() == QSettings::NoError;
}

} // namespace vitae::desktop
