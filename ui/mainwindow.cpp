#include "mainwindow.h"

#include "digest/arxivid.h"
#include "import/digestimporter.h"
#include "library/library.h"
#include "models/itemroles.h"
#include "models/paperlistmodel.h"
#include "models/papersortproxy.h"
#include "paperdetailview.h"
#include "stardelegate.h"
#include "urlopener.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace {

const QString sampleDigest = QStringLiteral(":/sample/sample-digest.md");
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

} // namespace

MainWindow::MainWindow(QString libraryPath, QWidget *parent)
    : QMainWindow(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_model(new PaperListModel(this))
    , m_proxy(new PaperSortProxy(this))
    , m_importJob(new ImportJob(m_libraryPath, this))
    , m_readTimer(new QTimer(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/dailypapers.svg")));
    setAcceptDrops(true);

    m_proxy->setSourceModel(m_model);
    m_list = new QTreeView;
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
        toggleStar(index.data(ItemRoles::ArxivIdRole).toString());
    });
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PaperListModel::StarColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(PaperListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PaperListModel::VotesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PaperListModel::DateColumn, QHeaderView::ResizeToContents);
    header->resizeSection(PaperListModel::StarColumn, 30);

    m_detail = new PaperDetailView;
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
        const QString id = m_detail->arxivId();
        if (!id.isEmpty() && m_library && m_library->setRead({id}, true))
            m_model->setRead(id, true);
    });

    connect(m_importJob, &ImportJob::progressChanged, this, &MainWindow::showImportProgress);
    connect(m_importJob, &ImportJob::finished, this, &MainWindow::finishImport);

    createActions();
    createStatusBar();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFiles = file->addAction(tr("&Open Digests…"), this, &MainWindow::chooseFiles);
    openFiles->setShortcut(QKeySequence::Open);
    QAction *openFolder = file->addAction(tr("Open &Folder…"), this, &MainWindow::chooseFolder);
    openFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *paper = menuBar()->addMenu(tr("&Paper"));
    m_starAction = paper->addAction(tr("&Star"), this, [this] { toggleStar(currentArxivId()); });
    m_starAction->setShortcut(QKeySequence(Qt::Key_S));
    QAction *abstract =
        paper->addAction(tr("Open &Abstract"), this, [this] { openCurrent(false); });
    abstract->setShortcut(QKeySequence(Qt::Key_O));
    QAction *pdf = paper->addAction(tr("Open &PDF"), this, [this] { openCurrent(true); });
    pdf->setShortcut(QKeySequence(Qt::Key_P));
    // Single-key shortcuts must not fire while typing in a text field.
    for (QAction *action : {m_starAction, abstract, pdf})
        action->setShortcutContext(Qt::WindowShortcut);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    openFiles->setIcon(QIcon::fromTheme(QStringLiteral("document-open"),
                                        style()->standardIcon(QStyle::SP_DialogOpenButton)));
    m_starAction->setIcon(QIcon(QStringLiteral(":/icons/star-filled.svg")));
    abstract->setIcon(QIcon::fromTheme(QStringLiteral("internet-web-browser"),
                                       style()->standardIcon(QStyle::SP_ArrowForward)));
    pdf->setIcon(QIcon::fromTheme(QStringLiteral("application-pdf"),
                                  style()->standardIcon(QStyle::SP_FileIcon)));
    toolbar->addAction(openFiles);
    toolbar->addSeparator();
    toolbar->addAction(m_starAction);
    toolbar->addAction(abstract);
    toolbar->addAction(pdf);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Daily Papers"), this, [this] {
        QMessageBox::about(
            this, tr("About Daily Papers"),
            tr("<h3>Daily Papers %1</h3><p>A native reader for daily papers "
               "digests: offline, fast, yours.</p><p>Library: %2</p>")
                .arg(QCoreApplication::applicationVersion(), m_libraryPath.toHtmlEscaped()));
    });
}

void MainWindow::createStatusBar()
{
    m_counts = new QLabel;
    statusBar()->addPermanentWidget(m_counts);
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_cancelImport = new QToolButton;
    m_cancelImport->setText(tr("Cancel"));
    m_cancelImport->setToolTip(tr("Stop the import; files already read stay imported"));
    m_cancelImport->hide();
    connect(m_cancelImport, &QToolButton::clicked, m_importJob, &ImportJob::cancel);
    statusBar()->addPermanentWidget(m_cancelImport);
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
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("list/header"), m_list->header()->saveState());
}

bool MainWindow::openLibrary(const QStringList &paths)
{
    m_library = std::make_unique<Library>(m_libraryPath);
    if (!m_library->open()) {
        showLibraryError(m_library->lastError());
        m_library.reset();
        return false;
    }
    if (m_library->isEmpty() && paths.isEmpty()) {
        // First run: the bundled sample shows what the reader does until real digests come.
        DigestImporter importer(*m_library);
        importer.importFiles({sampleDigest});
        statusBar()->showMessage(
            tr("Showing the bundled sample digest. Use File > Open or drop digest files here."),
            15000);
    }
    reloadRows();
    if (!paths.isEmpty())
        importPaths(paths);
    return true;
}

void MainWindow::showLibraryError(const QString &message)
{
    m_detail->showMessage(tr("The library could not be opened"),
                          tr("%1\n\nThe file %2 was left untouched. Start Daily Papers with "
                             "--library FILE to use another library.")
                              .arg(message, m_libraryPath));
    QMessageBox::critical(this, tr("Library not opened"),
                          tr("The library %1 could not be opened:\n\n%2\n\nThe file was not "
                             "changed.")
                              .arg(m_libraryPath, message));
}

void MainWindow::reloadRows()
{
    if (!m_library)
        return;
    const QString current = currentArxivId();
    m_model->setRows(m_library->paperRows());
    QModelIndex target = m_proxy->mapFromSource(m_model->indexOf(current));
    if (!target.isValid())
        target = m_proxy->index(0, PaperListModel::TitleColumn);
    if (target.isValid()) {
        m_list->setCurrentIndex(target);
        m_list->scrollTo(target);
    } else {
        m_detail->showMessage(tr("No papers yet"),
                              tr("Open a daily papers digest (File > Open) or drop digest files "
                                 "and folders on this window."));
    }
    updateCounts();
}

QString MainWindow::currentArxivId() const
{
    return m_list->currentIndex().data(ItemRoles::ArxivIdRole).toString();
}

void MainWindow::showCurrentPaper()
{
    const QString id = currentArxivId();
    m_readTimer->stop();
    if (id.isEmpty() || !m_library)
        return;
    const std::optional<PaperRecord> paper = m_library->paper(id);
    if (!paper) {
        m_detail->showMessage(tr("Paper not found"), m_library->lastError());
        return;
    }
    m_detail->showPaper(*paper);
    m_starAction->setText(paper->starred ? tr("Un&star") : tr("&Star"));
    if (!paper->read)
        m_readTimer->start();
}

void MainWindow::toggleStar(const QString &arxivId)
{
    const PaperRow *row = m_model->rowFor(arxivId);
    if (!row || !m_library)
        return;
    const bool starred = !row->starred;
    if (!m_library->setStarred({arxivId}, starred)) {
        QMessageBox::warning(this, tr("Star not saved"),
                             tr("The star could not be saved:\n%1").arg(m_library->lastError()));
        return;
    }
    m_model->setStarred(arxivId, starred);
    if (arxivId == currentArxivId())
        showCurrentPaper();
    updateCounts();
}

void MainWindow::openCurrent(bool pdf)
{
    const QString id = currentArxivId();
    if (!id.isEmpty())
        openLink(pdf ? ArxivId::pdfUrl(id) : ArxivId::abstractUrl(id));
}

void MainWindow::openLink(const QUrl &url)
{
    QString why;
    if (!UrlOpener::open(url, &why))
        statusBar()->showMessage(why, 8000);
}

void MainWindow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Digests"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Markdown digests (*.md *.markdown);;All files (*)"));
    importPaths(files);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open a Folder of Digests"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty() || !m_library)
        return;
    if (!m_importJob->start(paths)) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return;
    }
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelImport->show();
    statusBar()->showMessage(tr("Importing…"));
}

void MainWindow::showImportProgress(int done, int total, const QString &file)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%v of %m files"));
    if (!file.isEmpty())
        statusBar()->showMessage(tr("Importing %1").arg(QFileInfo(file).fileName()));
}

void MainWindow::finishImport(const ImportReport &report)
{
    m_progress->hide();
    m_cancelImport->hide();
    reloadRows();
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
        for (const ParseWarning &warning : report.warnings.mid(0, 12))
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
    int starred = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        starred += m_model->index(row, 0).data(ItemRoles::StarredRole).toBool() ? 1 : 0;
    m_counts->setText(tr("%n paper(s)", nullptr, m_model->rowCount()) +
                      tr(" · %n starred", nullptr, starred));
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
    if (m_importJob->isRunning()) {
        // Each file is its own transaction: stopping now keeps every file already read.
        m_importJob->cancel();
        m_importJob->waitForFinished();
    }
    saveWindowState();
    event->accept();
}
