// The form label of every field of the resume model, by JSON key ("url" → "URL"): the one
// place the editor's field labels come from, translated under "vitae::desktop::fields".
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace vitae::desktop::detail {

// The translated label the table gives `key`, or nothing when it has none.
std::optional<QString> fieldLabel(QStringView key);

// The label of `key`: the table's, else one made from the key ("startDate" → "Start date")
// so a field added to the model before the table still gets a readable row.
QString labelForKey(QStringView key);

} // namespace vitae::desktop::detail
