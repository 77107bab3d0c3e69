// Bringing a window up in a widget test the way a user meets it: shown, exposed and
// active, so focus, Tab and shortcuts behave as on a desktop; and where its picture goes.
#pragma once

class QString;
class QWidget;

namespace vitae::test {

// Shows `window` and waits until it is exposed and the active window; false on time-out.
bool showActive(QWidget& window);

// Where a screenshot for review is saved: build/<dir>/screenshots/<fileName> on the
// offscreen platform, screenshots/<platform>/<fileName> on another (xcb under Xvfb), so
// the runs on both platforms keep their own pictures. Makes the folder.
QString screenshotPath(const QString& fileName);

} // namespace vitae::test
