#pragma once

#include <QObject>
#include <QString>

class LibraryController;
class QAction;
class QMenu;
class QWidget;

// What can be done to the paper in view: star, read marks, arXiv and Hugging Face pages,
// copying its link or BibTeX. Shared by the menu, the toolbar, the list's context menu and the
// detail pane, each action with its shortcut.
class PaperActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperActions)

public:
    explicit PaperActions(QWidget *window);

    void setController(LibraryController *controller) { m_controller = controller; }
    // The paper the actions apply to; empty for none.
    void setCurrent(const QString &arxivId);
    const QString &current() const { return m_current; }
    void refresh();

    void addTo(QMenu *menu) const;
    QAction *star() const { return m_star; }
    QAction *toggleRead() const { return m_toggleRead; }
    QAction *markAllRead() const { return m_markAllRead; }
    QAction *openAbstract() const { return m_openAbstract; }
    QAction *openPdf() const { return m_openPdf; }
    QAction *openHuggingFace() const { return m_openHuggingFace; }
    QAction *copyLink() const { return m_copyLink; }
    QAction *copyBibtex() const { return m_copyBibtex; }

    // Handles the detail pane's own action links; false for ordinary urls.
    bool handleActionUrl(const QUrl &url);

Q_SIGNALS:
    // Opening a url is the window's job (one gate for every link).
    void openRequested(const QUrl &url);
    void message(const QString &text);
    // Read marks are about to change by hand: the automatic "read after a moment" must stop.
    void readMarksChanging();

private:
    QAction *make(const QString &text, const QKeySequence &shortcut, void (PaperActions::*slot)());
    void toggleStar();
    void toggleReadMark();
    void markEverythingRead();
    void openAbstractPage();
    void openPdfFile();
    void openHuggingFacePage();
    void copyAbstractLink();
    void copyBibtexEntry();

    QWidget *m_window;
    LibraryController *m_controller = nullptr;
    QString m_current;
    QAction *m_star;
    QAction *m_toggleRead;
    QAction *m_markAllRead;
    QAction *m_openAbstract;
    QAction *m_openPdf;
    QAction *m_openHuggingFace;
    QAction *m_copyLink;
    QAction *m_copyBibtex;
};
