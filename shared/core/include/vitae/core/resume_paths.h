// Reaching one field of a resume by its JSON pointer, the name findings and forms use:
// "/basics/email", "/work/2/highlights". The editor changes the model through these,
// so an edit, its undo and the finding it fixes all speak of the same path.
#pragma once

#include <vitae/core/resume.h>

#include <QStringView>

#include <functional>

namespace vitae::core {

// The operations on a list of entries ("/work", "/basics/profiles"), whatever its type.
struct EntryListRef {
    std::function<qsizetype()> count;
    std::function<void(qsizetype index)> insertEmpty;       // 0 <= index <= count
    std::function<void(qsizetype index)> remove;            // 0 <= index < count
    std::function<void(qsizetype from, qsizetype to)> move; // both < count
};

struct FieldRef {
    Text* text = nullptr;         // a text field
    TextList* textList = nullptr; // a list of strings
    Flag* flag = nullptr;         // a yes/no field
    TextKind kind = TextKind::Line;
    std::optional<EntryListRef> entries; // a list of entries

    bool found() const { return text || textList || flag || entries; }
};

// The field at `pointer`, or an empty FieldRef. With `create`, absent objects on the
// way ("/basics/location" when there is no location yet) are made, so the field can
// be set; entries are never made implicitly (their index must exist).
FieldRef fieldAt(Resume& resume, QStringView pointer, bool create = false);

} // namespace vitae::core
