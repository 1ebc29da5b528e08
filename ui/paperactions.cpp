#include "paperactions.h"

#include "digest/arxivid.h"
#include "export/bibtexexport.h"
#include "models/paperlistmodel.h"
#include "render/paperhtml.h"
#include "session/librarycontroller.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QWidget>

PaperActions::PaperActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_star = make(tr("&Star"), QKeySequence(Qt::Key_S), &PaperActions::toggleStar);
    m_star->setIcon(QIcon(QStringLiteral(":/icons/star-filled.svg")));
    m_toggleRead =
        make(tr("Mark as &Unread"), QKeySequence(Qt::Key_U), &PaperActions::toggleReadMark);
    m_markAllRead = make(tr("Mark &All as Read"), QKeySequence(tr("Ctrl+Shift+R")),
                         &PaperActions::markEverythingRead);
    m_openAbstract =
        make(tr("Open &Abstract"), QKeySequence(Qt::Key_O), &PaperActions::openAbstractPage);
    m_openPdf = make(tr("Open &PDF"), QKeySequence(Qt::Key_P), &PaperActions::openPdfFile);
    m_openHuggingFace = make(tr("Open on &Hugging Face"), QKeySequence(Qt::Key_H),
                             &PaperActions::openHuggingFacePage);
    m_copyLink =
        make(tr("&Copy Link"), QKeySequence(tr("Ctrl+Shift+C")), &PaperActions::copyAbstractLink);
    m_copyBibtex =
        make(tr("Copy &BibTeX"), QKeySequence(Qt::Key_B), &PaperActions::copyBibtexEntry);
    refresh();
}

QAction *PaperActions::make(const QString &text, const QKeySequence &shortcut,
                            void (PaperActions::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // Window-wide, but QLineEdit takes plain keys first, so typing in search is safe.
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void PaperActions::addTo(QMenu *menu) const
{
    menu->addAction(m_star);
    menu->addAction(m_toggleRead);
    menu->addAction(m_markAllRead);
    menu->addSeparator();
    menu->addAction(m_openAbstract);
    menu->addAction(m_openPdf);
    menu->addAction(m_openHuggingFace);
    menu->addSeparator();
    menu->addAction(m_copyLink);
    menu->addAction(m_copyBibtex);
}

void PaperActions::setCurrent(const QString &arxivId)
{
    m_current = arxivId;
    refresh();
}

void PaperActions::refresh()
{
    const PaperRow *row = m_controller ? m_controller->model()->rowFor(m_current) : nullptr;
    const bool writable = m_controller && m_controller->isOpen() && !m_controller->isReadOnly();
    for (QAction *action : {m_openAbstract, m_openPdf, m_openHuggingFace, m_copyLink, m_copyBibtex})
        action->setEnabled(row != nullptr);
    m_star->setEnabled(row && writable);
    m_toggleRead->setEnabled(row && writable);
    m_markAllRead->setEnabled(writable);
    m_star->setText(row && row->starred ? tr("Un&star") : tr("&Star"));
    m_toggleRead->setText(row && row->read ? tr("Mark as &Unread") : tr("Mark as &Read"));
}

bool PaperActions::handleActionUrl(const QUrl &url)
{
    if (url == PaperHtml::starActionUrl()) {
        toggleStar();
        return true;
    }
    if (url == PaperHtml::copyBibtexUrl()) {
        copyBibtexEntry();
        return true;
    }
    return false;
}

void PaperActions::toggleStar()
{
    if (m_controller && !m_current.isEmpty())
        m_controller->toggleStar(m_current);
}

void PaperActions::toggleReadMark()
{
    const PaperRow *row = m_controller ? m_controller->model()->rowFor(m_current) : nullptr;
    if (!row)
        return;
    Q_EMIT readMarksChanging();
    m_controller->setRead(m_current, !row->read);
}

void PaperActions::markEverythingRead()
{
    if (!m_controller)
        return;
    Q_EMIT readMarksChanging();
    m_controller->markAllRead();
}

void PaperActions::openAbstractPage()
{
    if (!m_current.isEmpty())
        Q_EMIT openRequested(ArxivId::abstractUrl(m_current));
}

void PaperActions::openPdfFile()
{
    if (!m_current.isEmpty())
        Q_EMIT openRequested(ArxivId::pdfUrl(m_current));
}

void PaperActions::openHuggingFacePage()
{
    if (!m_current.isEmpty())
        Q_EMIT openRequested(ArxivId::huggingFaceUrl(m_current));
}

void PaperActions::copyAbstractLink()
{
    if (m_current.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ArxivId::abstractUrl(m_current).toString());
    Q_EMIT message(tr("Copied %1").arg(ArxivId::abstractUrl(m_current).toString()));
}

void PaperActions::copyBibtexEntry()
{
    if (m_current.isEmpty() || !m_controller)
        return;
    const std::optional<PaperRecord> paper = m_controller->paper(m_current);
    if (!paper)
        return;
    QGuiApplication::clipboard()->setText(BibtexExport::entry(*paper));
    Q_EMIT message(tr("Copied the BibTeX entry of arXiv:%1").arg(m_current));
}
