// Bringing a window up in a widget test the way a user meets it: shown, exposed and
// active, so focus, Tab and shortcuts behave as on a desktop.
#pragma once

class QWidget;

namespace vitae::test {

// Shows `window` and waits until it is exposed and the active window; false on time-out.
bool showActive(QWidget& window);

} // namespace vitae::test
