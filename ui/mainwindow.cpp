#include "mainwindow.h"

#include "digest/arxivid.h"
#include "export/exporter.h"
#include "folderdialog.h"
#include "importstatus.h"
#include "models/itemroles.h"
#include "models/paperlistmodel.h"
#include "models/papersortproxy.h"
#include "paperdetailview.h"
#include "render/paperhtml.h"
#include "session/librarycontroller.h"
#include "stardelegate.h"
#include "urlopener.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace {

constexpr int markReadAfterMs = 1500;

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

MainWindow::MainWindow(QString libraryPath, QWidget *parent)
    : QMainWindow(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_proxy(new PaperSortProxy(this))
    , m_readTimer(new QTimer(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/dailypapers.svg")));
    setAcceptDrops(true);

    // The header can only be laid out once the proxy has the model's columns.
    m_detail = new PaperDetailView;
    m_importStatus = new ImportStatus;
    m_list = new QTreeView;
    setController(new LibraryController(m_libraryPath, this));
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setAllColumnsShowFocus(true);
    m_list->sortByColumn(PaperListModel::VotesColumn, Qt::DescendingOrder);
    auto *stars = new StarDelegate(m_list);
    m_list->setItemDelegateForColumn(PaperListModel::StarColumn, stars);
    connect(stars, &StarDelegate::starClicked, this, [this](const QModelIndex &index) {
        if (m_controller)
            m_controller->toggleStar(index.data(ItemRoles::ArxivIdRole).toString());
    });
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PaperListModel::StarColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(PaperListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PaperListModel::VotesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PaperListModel::DateColumn, QHeaderView::ResizeToContents);
    header->resizeSection(PaperListModel::StarColumn, 30);

    connect(m_detail, &PaperDetailView::linkActivated, this, &MainWindow::openLink);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentPaper);
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(markReadAfterMs);
    connect(m_readTimer, &QTimer::timeout, this, [this] {
        if (m_controller && !m_detail->arxivId().isEmpty())
            m_controller->setRead(m_detail->arxivId(), true);
    });

    m_counts = new QLabel;
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_importStatus);

    createActions();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

QString MainWindow::libraryPathSetting()
{
    return QStringLiteral("library/path");
}

ImportJob *MainWindow::importJob() const
{
    return m_controller->importJob();
}

void MainWindow::setController(LibraryController *controller)
{
    if (m_controller) {
        m_proxy->setSourceModel(nullptr);
        m_controller->deleteLater();
    }
    m_controller = controller;
    m_proxy->setSourceModel(controller->model());
    connect(controller, &LibraryController::reloaded, this, [this] {
        selectAfterReload(m_detail->arxivId());
        updateCounts();
    });
    connect(controller, &LibraryController::paperChanged, this, [this](const QString &id) {
        if (id == currentArxivId())
            showCurrentPaper();
        updateCounts();
    });
    connect(controller, &LibraryController::writeFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The change could not be saved:\n\n%1").arg(message));
    });
    connect(controller, &LibraryController::importStarted, this, &MainWindow::startImportStatus);
    connect(controller, &LibraryController::importProgress, this, &MainWindow::showImportProgress);
    connect(controller, &LibraryController::importFinished, this, &MainWindow::finishImport);
    connect(m_importStatus, &ImportStatus::cancelRequested, controller->importJob(),
            &ImportJob::cancel, Qt::UniqueConnection);
}

void MainWindow::createActions()
{
    createFileMenu();
    createViewMenu();
    createPaperMenu();
    createToolbar();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Daily Papers"), this, [this] {
        QMessageBox::about(
            this, tr("About Daily Papers"),
            tr("<h3>Daily Papers %1</h3><p>A native reader for daily papers "
               "digests: offline, fast, yours.</p><p>Library: %2</p>")
                .arg(QCoreApplication::applicationVersion(), m_controller->path().toHtmlEscaped()));
    });
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openFiles = file->addAction(tr("&Open Digests…"), this, &MainWindow::chooseFiles);
    m_openFiles->setShortcut(QKeySequence::Open);
    QAction *openFolder = file->addAction(tr("Import &Folder…"), this, &MainWindow::chooseFolder);
    openFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    file->addAction(tr("&Library Folders…"), this, &MainWindow::manageFolders);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportPapers);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_starredOnly = view->addAction(tr("&Starred Only"));
    m_starredOnly->setCheckable(true);
    m_starredOnly->setShortcut(QKeySequence(tr("Ctrl+1")));
    connect(m_starredOnly, &QAction::toggled, this, [this](bool on) {
        m_proxy->setStarredOnly(on);
        updateCounts();
    });
    m_unreadOnly = view->addAction(tr("&Unread Only"));
    m_unreadOnly->setCheckable(true);
    m_unreadOnly->setShortcut(QKeySequence(tr("Ctrl+2")));
    connect(m_unreadOnly, &QAction::toggled, this, [this](bool on) {
        m_proxy->setUnreadOnly(on);
        updateCounts();
    });
    view->addSeparator();
    QMenu *sort = view->addMenu(tr("Sort &By"));
    m_sortGroup = new QActionGroup(this);
    const QList<QPair<QString, int>> sorts{{tr("&Votes"), PaperListModel::VotesColumn},
                                           {tr("&Date"), PaperListModel::DateColumn},
                                           {tr("&Title"), PaperListModel::TitleColumn}};
    for (const auto &[label, column] : sorts) {
        QAction *action = sort->addAction(label);
        action->setCheckable(true);
        action->setData(column);
        action->setActionGroup(m_sortGroup);
        connect(action, &QAction::triggered, this, [this, column = column] { sortBy(column); });
    }
    connect(m_list->header(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        for (QAction *action : m_sortGroup->actions())
            action->setChecked(action->data().toInt() == column);
    });
}

void MainWindow::createPaperMenu()
{
    QMenu *paper = menuBar()->addMenu(tr("&Paper"));
    m_starAction = paper->addAction(tr("&Star"), this, [this] {
        if (!currentArxivId().isEmpty())
            m_controller->toggleStar(currentArxivId());
    });
    m_starAction->setShortcut(QKeySequence(Qt::Key_S));
    m_readAction = paper->addAction(tr("Mark as &Unread"), this, [this] {
        const QString id = currentArxivId();
        const QModelIndex index = m_list->currentIndex();
        if (id.isEmpty())
            return;
        m_readTimer->stop();
        m_controller->setRead(id, !index.data(ItemRoles::ReadRole).toBool());
    });
    m_readAction->setShortcut(QKeySequence(Qt::Key_U));
    m_markAllRead = paper->addAction(tr("Mark &All as Read"), this, [this] {
        m_readTimer->stop();
        m_controller->markAllRead();
    });
    m_markAllRead->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    paper->addSeparator();
    m_openAbstract = paper->addAction(tr("Open &Abstract"), this, [this] { openCurrent(false); });
    m_openAbstract->setShortcut(QKeySequence(Qt::Key_O));
    m_openPdf = paper->addAction(tr("Open &PDF"), this, [this] { openCurrent(true); });
    m_openPdf->setShortcut(QKeySequence(Qt::Key_P));
}

void MainWindow::createToolbar()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    m_openFiles->setIcon(QIcon::fromTheme(QStringLiteral("document-open"),
                                          style()->standardIcon(QStyle::SP_DialogOpenButton)));
    m_starAction->setIcon(QIcon(QStringLiteral(":/icons/star-filled.svg")));
    m_openAbstract->setIcon(QIcon::fromTheme(QStringLiteral("internet-web-browser"),
                                             style()->standardIcon(QStyle::SP_ArrowForward)));
    m_openPdf->setIcon(QIcon::fromTheme(QStringLiteral("application-pdf"),
                                        style()->standardIcon(QStyle::SP_FileIcon)));
    toolbar->addAction(m_openFiles);
    toolbar->addSeparator();
    toolbar->addAction(m_starAction);
    toolbar->addAction(m_openAbstract);
    toolbar->addAction(m_openPdf);
    toolbar->addSeparator();
    toolbar->addAction(m_starredOnly);
    toolbar->addAction(m_unreadOnly);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({480, 720});
    m_list->header()->restoreState(settings.value(QStringLiteral("list/header")).toByteArray());
    m_list->sortByColumn(m_list->header()->sortIndicatorSection(),
                         m_list->header()->sortIndicatorOrder());
    m_starredOnly->setChecked(settings.value(QStringLiteral("filter/starred"), false).toBool());
    m_unreadOnly->setChecked(settings.value(QStringLiteral("filter/unread"), false).toBool());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("list/header"), m_list->header()->saveState());
    settings.setValue(QStringLiteral("filter/starred"), m_starredOnly->isChecked());
    settings.setValue(QStringLiteral("filter/unread"), m_unreadOnly->isChecked());
}

void MainWindow::sortBy(int column)
{
    // Votes and dates read best from the top down; titles from A.
    m_list->sortByColumn(column, column == PaperListModel::TitleColumn ? Qt::AscendingOrder
                                                                       : Qt::DescendingOrder);
}

bool MainWindow::openLibrary(const QStringList &paths)
{
    while (!m_controller->open()) {
        if (!recoverFromLibraryError(m_controller->lastError()))
            return false;
    }
    if (m_controller->isReadOnly())
        statusBar()->showMessage(tr("This library is read-only: you can read it, but stars and "
                                    "read marks cannot be saved."));
    if (paths.isEmpty() && m_controller->importSampleIfEmpty())
        statusBar()->showMessage(
            tr("Showing the bundled sample digest. Use File > Open or drop digest files here."),
            15000);
    selectAfterReload({});
    importPaths(paths);
    return true;
}

bool MainWindow::recoverFromLibraryError(const QString &error)
{
    m_detail->showMessage(
        tr("The library could not be opened"),
        tr("%1\n\nThe file %2 was left untouched.").arg(error, m_controller->path()));
    QMessageBox box(QMessageBox::Critical, tr("Library not opened"),
                    tr("The library %1 could not be opened.").arg(m_controller->path()),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("%1\n\nThe file has not been changed or deleted. You can open "
                              "another library, or start a new one beside it.")
                               .arg(error));
    QPushButton *other = box.addButton(tr("Open Another Library…"), QMessageBox::AcceptRole);
    QPushButton *fresh = box.addButton(tr("Start a New Library"), QMessageBox::AcceptRole);
    box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.exec();

    QString path;
    if (box.clickedButton() == other) {
        path = QFileDialog::getOpenFileName(this, tr("Open Library"),
                                            QFileInfo(m_controller->path()).absolutePath(),
                                            tr("Daily Papers libraries (*.sqlite);;All files (*)"));
    } else if (box.clickedButton() == fresh) {
        // Beside the broken file, never over it.
        const QFileInfo broken(m_controller->path());
        for (int n = 2; path.isEmpty() || QFileInfo::exists(path); ++n)
            path = broken.absoluteDir().filePath(
                QStringLiteral("%1-%2.sqlite").arg(broken.completeBaseName()).arg(n));
    }
    if (path.isEmpty())
        return false;
    QSettings().setValue(libraryPathSetting(), path);
    m_libraryPath = path;
    setController(new LibraryController(path, this));
    return true;
}

void MainWindow::selectAfterReload(const QString &arxivId)
{
    QModelIndex target = m_proxy->mapFromSource(
        m_controller->model()->indexOf(arxivId, PaperListModel::TitleColumn));
    if (!target.isValid())
        target = m_proxy->index(0, PaperListModel::TitleColumn);
    if (target.isValid()) {
        if (target != m_list->currentIndex())
            m_list->setCurrentIndex(target);
        m_list->scrollTo(target);
    } else if (m_controller->model()->rowCount() == 0) {
        m_detail->showMessage(tr("No papers yet"),
                              tr("Open a daily papers digest (File > Open) or drop digest files "
                                 "and folders on this window."));
    } else {
        m_detail->showMessage(tr("Nothing matches"),
                              tr("No paper passes the filters in the View menu."));
    }
    updatePaperActions();
}

QString MainWindow::currentArxivId() const
{
    return m_list->currentIndex().data(ItemRoles::ArxivIdRole).toString();
}

void MainWindow::showCurrentPaper()
{
    const QString id = currentArxivId();
    m_readTimer->stop();
    m_proxy->setPinned(id);
    updatePaperActions();
    if (id.isEmpty())
        return;
    const std::optional<PaperRecord> paper = m_controller->paper(id);
    if (!paper) {
        m_detail->showMessage(tr("Paper not found"), m_controller->lastError());
        return;
    }
    m_detail->showPaper(*paper);
    if (!paper->read && !m_controller->isReadOnly())
        m_readTimer->start();
}

void MainWindow::updatePaperActions()
{
    const QModelIndex index = m_list->currentIndex();
    const bool hasPaper = index.isValid();
    const bool writable = !m_controller->isReadOnly();
    m_starAction->setEnabled(hasPaper && writable);
    m_readAction->setEnabled(hasPaper && writable);
    m_markAllRead->setEnabled(writable);
    m_openAbstract->setEnabled(hasPaper);
    m_openPdf->setEnabled(hasPaper);
    m_starAction->setText(index.data(ItemRoles::StarredRole).toBool() ? tr("Un&star")
                                                                      : tr("&Star"));
    m_readAction->setText(index.data(ItemRoles::ReadRole).toBool() ? tr("Mark as &Unread")
                                                                   : tr("Mark as &Read"));
}

void MainWindow::openCurrent(bool pdf)
{
    const QString id = currentArxivId();
    if (!id.isEmpty())
        openLink(pdf ? ArxivId::pdfUrl(id) : ArxivId::abstractUrl(id));
}

void MainWindow::openLink(const QUrl &url)
{
    if (url == PaperHtml::starActionUrl()) {
        if (!currentArxivId().isEmpty())
            m_controller->toggleStar(currentArxivId());
        return;
    }
    QString why;
    if (!UrlOpener::open(url, &why))
        statusBar()->showMessage(why, 8000);
}

void MainWindow::chooseFiles()
{
    importPaths(
        QFileDialog::getOpenFileNames(this, tr("Open Digests"), documentsFolder(),
                                      tr("Markdown digests (*.md *.markdown);;All files (*)")));
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Digests"),
                                                             documentsFolder());
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::manageFolders()
{
    FolderDialog dialog(m_controller->folders(), this);
    connect(&dialog, &FolderDialog::addRequested, this, [this, &dialog](const QString &folder) {
        m_controller->addFolder(folder);
        dialog.setFolders(m_controller->folders());
    });
    connect(&dialog, &FolderDialog::removeRequested, this, [this, &dialog](const QString &folder) {
        if (const std::optional<int> removed = m_controller->removeFolder(folder))
            statusBar()->showMessage(tr("Removed %1; %n paper(s) that came only from it are gone "
                                        "(starred ones stay).",
                                        nullptr, *removed)
                                         .arg(folder),
                                     10000);
        dialog.setFolders(m_controller->folders());
    });
    dialog.exec();
}

void MainWindow::exportPapers()
{
    const QString jsonFilter = tr("JSON (*.json)");
    const QString markdownFilter = tr("Markdown digest (*.md)");
    const QString bibtexFilter = tr("BibTeX (*.bib)");
    QString filter = bibtexFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, m_starredOnly->isChecked() ? tr("Export Starred Papers") : tr("Export Papers"),
        QDir(documentsFolder()).filePath(QStringLiteral("daily-papers.bib")),
        QStringList{bibtexFilter, markdownFilter, jsonFilter}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const Exporter::Format format = filter == jsonFilter       ? Exporter::Format::Json
                                    : filter == markdownFilter ? Exporter::Format::Markdown
                                                               : Exporter::Format::Bibtex;
    const QList<PaperRecord> papers = m_controller->papers(m_starredOnly->isChecked());
    QString error;
    if (!Exporter::writeFile(path, Exporter::render(format, papers), &error)) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("%1 could not be written:\n\n%2").arg(path, error));
        return;
    }
    statusBar()->showMessage(
        tr("Exported %n paper(s) to %1", nullptr, int(papers.size())).arg(path), 10000);
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!paths.isEmpty())
        m_controller->importPaths(paths);
}

void MainWindow::startImportStatus()
{
    m_importStatus->begin();
    statusBar()->showMessage(tr("Importing…"));
}

void MainWindow::showImportProgress(int done, int total, const QString &file)
{
    m_importStatus->setProgress(done, total);
    if (!file.isEmpty())
        statusBar()->showMessage(tr("Importing %1").arg(QFileInfo(file).fileName()));
}

void MainWindow::finishImport(const ImportReport &report)
{
    m_importStatus->end();
    QString message =
        tr("Imported %n file(s): ", nullptr, report.filesImported) +
        tr("%1 new, %2 updated papers").arg(report.papers.added).arg(report.papers.updated);
    if (report.filesUnchanged > 0)
        message += tr("; %n file(s) already up to date", nullptr, report.filesUnchanged);
    if (report.cancelled)
        message += tr(" (cancelled)");
    if (!report.warnings.isEmpty())
        message += tr("; %n warning(s)", nullptr, int(report.warnings.size()));
    statusBar()->showMessage(message, 15000);

    if (!report.libraryError.isEmpty() || (report.filesFailed > 0 && !report.readAnything())) {
        QStringList lines;
        for (const ParseWarning &warning : report.warnings.mid(0, 50))
            lines.append(warning.toString());
        QMessageBox box(QMessageBox::Warning, tr("Import problems"),
                        report.libraryError.isEmpty()
                            ? tr("No digest could be read from what was opened.")
                            : tr("Some files could not be stored: %1").arg(report.libraryError),
                        QMessageBox::Ok, this);
        box.setDetailedText(lines.join(u'\n'));
        box.exec();
    }
}

void MainWindow::updateCounts()
{
    const PaperListModel *model = m_controller->model();
    const int starred = model->starredCount();
    QString text =
        tr("%n paper(s)", nullptr, model->rowCount()) + tr(" · %n starred", nullptr, starred);
    if (m_proxy->rowCount() != model->rowCount())
        text = tr("%n shown of ", nullptr, m_proxy->rowCount()) + text;
    m_counts->setText(text);
    updatePaperActions();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}
