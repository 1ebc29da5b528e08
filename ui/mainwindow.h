#pragma once

#include "import/importjob.h"

#include <QMainWindow>

#include <memory>

class Library;
class PaperDetailView;
class PaperListModel;
class PaperSortProxy;
class QLabel;
class QProgressBar;
class QSplitter;
class QTimer;
class QToolButton;
class QTreeView;

// The reader: the paper list beside the detail pane. Imports run on a worker thread; the
// window reads the library on its own connection.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QString libraryPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the library (showing the bundled sample when it is empty) and imports `paths`.
    bool openLibrary(const QStringList &paths = {});
    void importPaths(const QStringList &paths);

    QTreeView *paperList() const { return m_list; }
    PaperDetailView *detailView() const { return m_detail; }
    ImportJob *importJob() const { return m_importJob; }
    QString currentArxivId() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState() const;
    void reloadRows();
    void showCurrentPaper();
    void toggleStar(const QString &arxivId);
    void openCurrent(bool pdf);
    void openLink(const QUrl &url);
    void chooseFiles();
    void chooseFolder();
    void showImportProgress(int done, int total, const QString &file);
    void finishImport(const ImportReport &report);
    void updateCounts();
    void showLibraryError(const QString &message);

    QString m_libraryPath;
    std::unique_ptr<Library> m_library;
    PaperListModel *m_model = nullptr;
    PaperSortProxy *m_proxy = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_list = nullptr;
    PaperDetailView *m_detail = nullptr;
    ImportJob *m_importJob = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    QLabel *m_counts = nullptr;
    QTimer *m_readTimer = nullptr;
    QAction *m_starAction = nullptr;
};
