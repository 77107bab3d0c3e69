// The live preview: the pages the shared renderer lays out, painted by the same path
// as the PDF, so what the user sees is what the PDF will be.
#pragma once

#include <vitae/core/resume.h>
#include <vitae/render/layout.h>

#include <QScrollArea>
#include <QTimer>

class QVBoxLayout;

namespace vitae::desktop::detail {

class PreviewPane : public QScrollArea {
    Q_OBJECT

public:
    explicit PreviewPane(QWidget* parent = nullptr);

    // Schedules a render of `resume`; several calls in one event-loop turn render once.
    void show(const core::Resume& resume);
    // The paper and other options of the next renders (the print and PDF options, so the
    // preview stays what they produce).
    void setOptions(const render::RenderOptions& options) { options_ = options; }
    // Renders now (tests, and the first paint).
    void renderNow();
    int pageCount() const { return pageCount_; }
    // The picture of a page as shown (null when there is no such page).
    QImage pageImage(int page) const;

Q_SIGNALS:
    void rendered(int pageCount);

private:
    core::Resume resume_;
    render::RenderOptions options_;
    QTimer pending_;
    QWidget* pages_;
    QVBoxLayout* layout_;
    int pageCount_ = 0;
};

} // namespace vitae::desktop::detail
