#pragma once

#include "library/paperrecord.h"

#include <QImage>
#include <QTextBrowser>

// Shows one paper: its thumbnail, title, votes, date, authors and its sections with inline
// markdown. Links are reported, never followed here, and nothing is loaded from outside the
// app: the thumbnail is handed in by the window.
class PaperDetailView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperDetailView)

public:
    enum class ImageState { Loading, Ready, Missing, Video, None };

    explicit PaperDetailView(QWidget *parent = nullptr);

    void showPaper(const PaperRecord &paper, const QImage &thumbnail, ImageState state);
    // Swaps the picture in place (it arrived, or failed) without moving the text.
    void setThumbnail(const QImage &thumbnail, ImageState state);
    void showMessage(const QString &title, const QString &text);
    const QString &arxivId() const { return m_paper.arxivId; }
    ImageState imageState() const { return m_state; }
    // Marks every occurrence of each (case-folded) search term.
    void highlight(const QStringList &terms);

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void linkActivated(const QUrl &url);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void render();
    QImage placeholder(ImageState state) const;

    PaperRecord m_paper;
    QImage m_image;
    QImage m_shown; // the image or its placeholder, as the page asks for it
    ImageState m_state = ImageState::None;
    QStringList m_highlighted;
};
