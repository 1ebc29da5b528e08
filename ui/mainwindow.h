#pragma once

#include "import/importjob.h"

#include <QMainWindow>

class ImportStatus;
class LibraryController;
class PaperActions;
class PaperDetailView;
class PaperRowDelegate;
class QActionGroup;
class QNetworkAccessManager;
class ThumbnailLoader;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QTimer;
class QTableView;

// The reader: days, the paper list with its search field, and the detail pane; menus and
// shortcuts. What it shows comes from a LibraryController; the window only presents and asks.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `network` (kept by the caller) fetches thumbnails; without one the window makes its own.
    explicit MainWindow(QString libraryPath, QNetworkAccessManager *network = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the library (showing the bundled sample when it is empty) and imports `paths`.
    // When the library cannot be opened, offers another one or a new one beside it.
    bool openLibrary(const QStringList &paths = {});
    void importPaths(const QStringList &paths);

    LibraryController *controller() const { return m_controller; }
    QTableView *paperList() const { return m_list; }
    QListView *dayList() const { return m_days; }
    QLineEdit *searchField() const { return m_search; }
    PaperDetailView *detailView() const { return m_detail; }
    PaperActions *paperActions() const { return m_actions; }
    ThumbnailLoader *thumbnails() const { return m_thumbnails; }
    QString currentArxivId() const;

    // The settings key that remembers a library chosen after the default one failed.
    static QString libraryPathSetting();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createLayout();
    void createActions();
    void createFileMenu();
    void createViewMenu();
    void createGoMenu();
    void createToolbar();
    void restoreWindowState();
    void saveWindowState() const;
    void setController(LibraryController *controller);
    bool recoverFromLibraryError(const QString &error);
    void restoreDay();

    void selectAfterReload(const QString &arxivId);
    void showCurrentPaper();
    void moveBy(int rows);
    void nextUnread();
    void moveDay(int step);
    void applyDayFilter();
    void startSearch();
    void applySearchResults(const QString &query, const QList<qint64> &paperIds);
    void openLink(const QUrl &url);
    void chooseFiles();
    void chooseFolder();
    void manageFolders();
    void exportPapers();
    void sortBy(int column);
    void setListThumbnailHeight(int height);
    void sizeColumns();
    void finishImport(const ImportReport &report);
    void updateCounts();
    void createThumbnailLoader();
    void thumbnailArrived(const QString &arxivId);
    void thumbnailFailed(const QString &arxivId, bool isVideo);
    void reloadThumbnail();

    QString m_libraryPath;
    QNetworkAccessManager *m_network = nullptr;
    LibraryController *m_controller = nullptr;
    PaperActions *m_actions = nullptr;
    QSplitter *m_splitter = nullptr;
    QListView *m_days = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_list = nullptr;
    PaperRowDelegate *m_rowDelegate = nullptr;
    PaperDetailView *m_detail = nullptr;
    ImportStatus *m_importStatus = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_offline = nullptr;
    ThumbnailLoader *m_thumbnails = nullptr;
    QTimer *m_readTimer = nullptr;

    QAction *m_openFiles = nullptr;
    QAction *m_starredOnly = nullptr;
    QAction *m_unreadOnly = nullptr;
    QActionGroup *m_sortGroup = nullptr;
    bool m_dayRestored = false;
};
