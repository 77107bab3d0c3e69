// Answers the dialogs a window asks with exec(), which a test cannot reach while it waits: a
// timer fires in the dialog's own event loop and answers the one that shows.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QInputDialog>
#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace vitae::test {

// The visible top-level dialog of type Dialog (one waiting in exec()), or nullptr.
template <class Dialog>
Dialog* shownDialog() {
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* dialog = qobject_cast<Dialog*>(widget);
        if (dialog != nullptr && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// Each message box that shows is answered with the next of the given buttons, or with Cancel
// once they are used up; its text is kept for the test to check.
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
        QMessageBox* box = shownDialog<QMessageBox>();
        if (box == nullptr)
            return;
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
    }

    QList<QMessageBox::StandardButton> answers_;
    QStringList asked_;
    QStringList buttons_;
    std::function<void()> beforeAnswer_;
    QTimer timer_;
};

// Each input dialog that shows (QInputDialog::getText) gets the next of the given texts and
// OK, or Cancel once they are used up; the text each dialog opened with is kept.
class InputDialogAnswers {
public:
    explicit InputDialogAnswers(QStringList texts)
        : texts_(std::move(texts)) {
        QObject::connect(&timer_, &QTimer::timeout, [this] { answerShownDialog(); });
        timer_.start(10);
    }

    const QStringList& shown() const { return shown_; }

private:
    void answerShownDialog() {
        QInputDialog* dialog = shownDialog<QInputDialog>();
        if (dialog == nullptr)
            return;
        shown_.append(dialog->textValue());
        if (texts_.isEmpty()) {
            dialog->reject();
            return;
        }
        dialog->setTextValue(texts_.takeFirst());
        dialog->accept();
    }

    QStringList texts_;
    QStringList shown_;
    QTimer timer_;
};

} // namespace vitae::test
