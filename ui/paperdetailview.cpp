#include "paperdetailview.h"

#include "render/paperhtml.h"

#include <QTextCursor>
#include <QTextDocument>

PaperDetailView::PaperDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(16);
    connect(this, &QTextBrowser::anchorClicked, this, &PaperDetailView::linkActivated);
}

void PaperDetailView::showPaper(const PaperRecord &paper)
{
    m_arxivId = paper.arxivId;
    setHtml(PaperHtml::render(paper));
}

void PaperDetailView::showMessage(const QString &title, const QString &text)
{
    m_arxivId.clear();
    setHtml(QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(PaperHtml::escaped(title), PaperHtml::escaped(text)));
}

void PaperDetailView::highlight(const QStringList &terms)
{
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
    // Images inside summaries would be tracking pixels or local files: never load them.
    if (name.scheme() == u"qrc" || name.toString().startsWith(u":/"))
        return QTextBrowser::loadResource(type, name);
    return {};
}
