// The desktop's preferences and remembered window state: one typed table of keys over
// QSettings, so each key's name, type, default and accepted values are written once.
// Per-library state (the last opened resume, the first-run marker) lives in the store.
#pragma once

#include <vitae/core/template_catalogue.h>

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

namespace vitae::desktop {

// One row of the table. Reading gives `fallback()` when the stored value is absent, of
// another type, or refused by `accepts` (a language no longer shipped, a template removed),
// so a hand-edited or outdated file never reaches the program.
template <class T>
struct SettingKey {
    const char* name; // the QSettings key
    T (*fallback)();
    bool (*accepts)(const T& value); // nullptr: every value of the type
};

namespace setting {
// "" follows the system's languages; else a code of translations.h's languages().
extern const SettingKey<QString> language;
// The catalogue template of File > New Resume.
extern const SettingKey<QString> defaultTemplate;
// "" keeps each template's own paper; "A4" or "Letter" overrides it for preview, print, PDF.
extern const SettingKey<QString> paperSize;
extern const SettingKey<QByteArray> libraryGeometry;
extern const SettingKey<QByteArray> editorGeometry;
} // namespace setting

class Settings : public QObject {
    Q_OBJECT

public:
    // The settings of this process: the platform's place for the application's
    // organisation and name, unless useFile() chose a file.
    static Settings& instance();
    // From now on keeps the settings in this INI file (tests, portable installs).
    static void useFile(const QString& path);

    template <class T>
    T value(const SettingKey<T>& key) const {
        const QVariant stored = storage_->value(QLatin1StringView(key.name));
        if (!stored.isValid() || !stored.canConvert<T>())
            return key.fallback();
        T result = stored.value<T>();
        if (key.accepts != nullptr && !key.accepts(result))
            return key.fallback();
        return result;
    }

    // Stores `newValue` and announces it through changed(); a value the key does not
    // accept is refused (false) and nothing is written.
    template <class T>
    bool setValue(const SettingKey<T>& key, const T& newValue) {
        if (key.accepts != nullptr && !key.accepts(newValue))
            return false;
        if (storage_->contains(QLatin1StringView(key.name)) && value(key) == newValue)
            return true;
        storage_->setValue(QLatin1StringView(key.name), newValue);
        Q_EMIT changed(QString::fromLatin1(key.name));
        return true;
    }

    // The paper the renderer should use: nullopt keeps the template's own.
    std::optional<core::PageSize> paperSize() const;
    // Writes pending changes to disk; false (with QSettings' status) when that failed.
    bool flush();

Q_SIGNALS:
    // A setting was given a new value; `key` is its SettingKey::name.
    void changed(const QString& key);

private:
    explicit Settings(std::unique_ptr<QSettings> storage);

    std::unique_ptr<QSettings> storage_;
};

} // namespace vitae::desktop
