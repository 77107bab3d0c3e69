// The live preview: the pages the shared renderer lays out, painted by the same path
// as the PDF, so what the user sees is what the PDF will be. A page is drawn as wide as
// the pane, so the whole width of the page is in sight.
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
    void scheduleRender(const core::Resume& resume);
    // The paper and other options of the next renders (the print and PDF options, so the
    // preview stays what they produce).
    void setOptions(const render::RenderOptions& options) { options_ = options; }
    // Renders now (tests, and the first paint).
    void renderNow();
    int pageCount() const { return pageCount_; }
    // The picture of a page as shown (null when there is no such page).
    QImage pageImage(int page) const;
    // The resolution pages are drawn at: the pane's width, between legible and sharp.
    int pageDpi() const;

Q_SIGNALS:
    void rendered(int pageCount);

protected:
    // A wider or narrower pane draws the pages again (without laying them out again).
    void resizeEvent(QResizeEvent* event) override;

private:
    // Draws the laid-out pages at pageDpi().
    void paintPages();

    core::Resume resume_;
    render::RenderOptions options_;
    render::Document document_; // the last layout, drawn again when the pane is resized
    QTimer pending_;            // a new layout
    QTimer repaint_;            // drawing again at a new width
    QWidget* pages_;
    QVBoxLayout* layout_;
    int pageCount_ = 0;
    int paintedDpi_ = 0;
};

} // namespace vitae::desktop::detail
