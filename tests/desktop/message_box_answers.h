// Answers the message boxes a window asks with exec() (which a test cannot reach while it
// waits): each box that shows is answered with the next of the given buttons, or with
// Cancel once they are used up, and its text is kept for the test to check.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace vitae::test {

class MessageBoxAnswers {
public:
    explicit MessageBoxAnswers(QList<QMessageBox::StandardButton> answers = {})
        : answers_(std::move(answers)) {
        // A modal box runs its own event loop, where this timer fires.
        QObject::connect(&timer_, &QTimer::timeout, [this] { answerShownBox(); });
        timer_.start(10);
    }

    // The texts of the boxes answered so far, in order.
    const QStringList& asked() const { return asked_; }
    // The button texts of the boxes answered so far, joined by "|" per box.
    const QStringList& buttons() const { return buttons_; }
    // Runs before each answer, while the box shows: the user fixing the cause, say.
    void beforeAnswering(std::function<void()> action) { beforeAnswer_ = std::move(action); }

private:
    void answerShownBox() {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (box == nullptr || !box->isVisible())
                continue;
            asked_.append(box->text());
            QStringList texts;
            for (QAbstractButton* button : box->buttons())
                texts.append(button->text());
            buttons_.append(texts.join(QLatin1Char('|')));
            const QMessageBox::StandardButton answer =
                answers_.isEmpty() ? QMessageBox::Cancel : answers_.takeFirst();
            if (beforeAnswer_)
                beforeAnswer_();
            if (QAbstractButton* button = box->button(answer))
                button->click();
            else
                box->reject();
            return;
        }
    }

    QList<QMessageBox::StandardButton> answers_;
    QStringList asked_;
    QStringList buttons_;
    std::function<void()> beforeAnswer_;
    QTimer timer_;
};

} // namespace vitae::test
