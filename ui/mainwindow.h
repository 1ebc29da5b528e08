#pragma once

#include "import/importjob.h"

#include <QMainWindow>

class ImportStatus;
class LibraryController;
class PaperDetailView;
class PaperSortProxy;
class QActionGroup;
class QLabel;
class QSplitter;
class QTimer;
class QTreeView;

// The reader: the paper list beside the detail pane, menus and shortcuts. What it shows comes
// from a LibraryController; the window only presents and asks.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QString libraryPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the library (showing the bundled sample when it is empty) and imports `paths`.
    // When the library cannot be opened, offers another one or a new one beside it.
    bool openLibrary(const QStringList &paths = {});
    void importPaths(const QStringList &paths);

    LibraryController *controller() const { return m_controller; }
    QTreeView *paperList() const { return m_list; }
    PaperDetailView *detailView() const { return m_detail; }
    ImportJob *importJob() const;
    QString currentArxivId() const;

    // The settings key that remembers a library chosen after the default one failed.
    static QString libraryPathSetting();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createFileMenu();
    void createViewMenu();
    void createPaperMenu();
    void createToolbar();
    void restoreWindowState();
    void saveWindowState() const;
    void setController(LibraryController *controller);
    bool recoverFromLibraryError(const QString &error);

    void selectAfterReload(const QString &arxivId);
    void showCurrentPaper();
    void updatePaperActions();
    void openCurrent(bool pdf);
    void openLink(const QUrl &url);
    void chooseFiles();
    void chooseFolder();
    void manageFolders();
    void exportPapers();
    void sortBy(int column);
    void startImportStatus();
    void showImportProgress(int done, int total, const QString &file);
    void finishImport(const ImportReport &report);
    void updateCounts();

    QString m_libraryPath;
    LibraryController *m_controller = nullptr;
    PaperSortProxy *m_proxy = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_list = nullptr;
    PaperDetailView *m_detail = nullptr;
    ImportStatus *m_importStatus = nullptr;
    QLabel *m_counts = nullptr;
    QTimer *m_readTimer = nullptr;

    QAction *m_openFiles = nullptr;
    QAction *m_starAction = nullptr;
    QAction *m_readAction = nullptr;
    QAction *m_markAllRead = nullptr;
    QAction *m_openAbstract = nullptr;
    QAction *m_openPdf = nullptr;
    QAction *m_starredOnly = nullptr;
    QAction *m_unreadOnly = nullptr;
    QActionGroup *m_sortGroup = nullptr;
};
