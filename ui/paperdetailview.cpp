#include "paperdetailview.h"

#include "render/paperhtml.h"

#include <QEvent>
#include <QIcon>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>

PaperDetailView::PaperDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(16);
    applyPalette();
    connect(this, &QTextBrowser::anchorClicked, this, &PaperDetailView::linkActivated);
}

void PaperDetailView::applyPalette()
{
    // Secondary text halfway between text and background; labels in the theme's link colour.
    const QPalette colors = palette();
    const QColor text = colors.color(QPalette::Text);
    const QColor base = colors.color(QPalette::Base);
    const QColor muted((text.red() * 2 + base.red()) / 3, (text.green() * 2 + base.green()) / 3,
                       (text.blue() * 2 + base.blue()) / 3);
    document()->setDefaultStyleSheet(QStringLiteral(".meta { color: %1; } .label { color: %2; }")
                                         .arg(muted.name(), colors.color(QPalette::Link).name()));
}

void PaperDetailView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        if (!m_paper.arxivId.isEmpty())
            setThumbnail(m_image, m_state); // re-render in the new colours
    }
}

void PaperDetailView::showPaper(const PaperRecord &paper, const QImage &thumbnail, ImageState state)
{
    m_paper = paper;
    m_image = thumbnail;
    m_state = state;
    render();
    verticalScrollBar()->setValue(0);
}

void PaperDetailView::setThumbnail(const QImage &thumbnail, ImageState state)
{
    m_image = thumbnail;
    m_state = state;
    const int scroll = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scroll);
}

void PaperDetailView::render()
{
    const QImage shown = m_state == ImageState::Ready ? m_image : placeholder(m_state);
    QSize size;
    if (!shown.isNull()) {
        // Fit the pane's width; never enlarge a small image.
        const int room = qMax(160, viewport()->width() - 2 * int(document()->documentMargin()) - 8);
        size = shown.size().boundedTo(QSize(room, room * 9 / 16 + 200));
        size = shown.size().scaled(size, Qt::KeepAspectRatio);
    }
    m_shown = shown;
    setHtml(PaperHtml::render(m_paper, size));
    highlight(m_highlighted);
}

QImage PaperDetailView::placeholder(ImageState state) const
{
    if (state == ImageState::None)
        return {};
    const QString icon = state == ImageState::Video
                             ? QStringLiteral(":/icons/video-thumbnail.svg")
                             : QStringLiteral(":/icons/placeholder-thumbnail.svg");
    return QIcon(icon).pixmap(QSize(320, 180)).toImage();
}

void PaperDetailView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (!m_paper.arxivId.isEmpty() && m_state != ImageState::None)
        setThumbnail(m_image, m_state);
}

void PaperDetailView::showMessage(const QString &title, const QString &text)
{
    m_paper = PaperRecord();
    m_state = ImageState::None;
    setHtml(QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(PaperHtml::escaped(title), PaperHtml::escaped(text)));
}

void PaperDetailView::highlight(const QStringList &terms)
{
    m_highlighted = terms;
    QList<ExtraSelection> selections;
    QTextCharFormat marked;
    marked.setBackground(QColor(255, 228, 120));
    marked.setForeground(Qt::black);
    for (const QString &term : terms) {
        QTextCursor found = document()->find(term);
        while (!found.isNull()) {
            selections.append({found, marked});
            found = document()->find(term, found);
        }
    }
    setExtraSelections(selections);
}

QVariant PaperDetailView::loadResource(int type, const QUrl &name)
{
    // Only our own resources: images inside summaries would be tracking pixels or local files.
    if (name == PaperHtml::imageUrl())
        return m_shown;
    if (name.scheme() == u"qrc")
        return QTextBrowser::loadResource(type, name);
    return {};
}
