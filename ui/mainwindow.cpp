#include "mainwindow.h"

#include "export/exporter.h"
#include "folderdialog.h"
#include "importstatus.h"
#include "models/daylistmodel.h"
#include "models/itemroles.h"
#include "models/paperlistmodel.h"
#include "paperactions.h"
#include "paperdetailview.h"
#include "paperrowdelegate.h"
#include "preferencesdialog.h"
#include "search/papersearch.h"
#include "search/searchtext.h"
#include "session/librarycontroller.h"
#include "stardelegate.h"
#include "thumbnails/thumbnaildiskcache.h"
#include "thumbnails/thumbnailloader.h"
#include "urlopener.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

constexpr int markReadAfterMs = 1500;
constexpr int searchDelayMs = 120;

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

QAction *addShortcutAction(QMenu *menu, const QString &text, const QKeySequence &shortcut)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

// Unread rows are bold: the widest and tallest text the list shows.
QFont unreadFont(const QWidget *list)
{
    QFont bold = list->font();
    bold.setBold(true);
    return bold;
}

} // namespace

MainWindow::MainWindow(QString libraryPath, QNetworkAccessManager *network, QWidget *parent)
    : QMainWindow(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_network(network)
    , m_searchDelay(new QTimer(this))
    , m_readTimer(new QTimer(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/dailypapers.svg")));
    setAcceptDrops(true);

    m_actions = new PaperActions(this);
    connect(m_actions, &PaperActions::openRequested, this, &MainWindow::openLink);
    connect(m_actions, &PaperActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_actions, &PaperActions::readMarksChanging, m_readTimer, &QTimer::stop);

    // The header can only be laid out once the view has the model's columns.
    m_detail = new PaperDetailView;
    m_importStatus = new ImportStatus;
    m_list = new QTableView;
    m_days = new QListView;
    createThumbnailLoader();
    setController(new LibraryController(m_libraryPath, this));
    createLayout();

    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(markReadAfterMs);
    connect(m_readTimer, &QTimer::timeout, this, [this] {
        if (!m_detail->arxivId().isEmpty())
            m_controller->setRead(m_detail->arxivId(), true);
    });
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::startSearch);

    m_offline = new QLabel(tr("Offline: showing saved thumbnails"));
    m_offline->setToolTip(tr("Thumbnails seen before still show; the others come back with the "
                             "network (or Paper > Reload Thumbnail)."));
    m_offline->hide();
    statusBar()->addPermanentWidget(m_offline);
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

void MainWindow::createThumbnailLoader()
{
    // One network stack, with a bounded disk cache for offline reading.
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    if (!m_network->cache()) {
        auto *cache = new ThumbnailDiskCache(m_network);
        cache->setCacheDirectory(
            QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                .filePath(QStringLiteral("thumbnails")));
        cache->setMaximumCacheSize(PreferencesDialog::cacheBytes());
        m_network->setCache(cache);
    }
    m_thumbnails = new ThumbnailLoader(m_network, this);
    connect(m_thumbnails, &ThumbnailLoader::ready, this, &MainWindow::thumbnailArrived);
    connect(m_thumbnails, &ThumbnailLoader::failed, this,
            [this](const QString &id, ThumbnailLoader::Failure, bool video) {
                thumbnailFailed(id, video);
            });
    connect(m_thumbnails, &ThumbnailLoader::offlineChanged, this, [this](bool offline) {
        m_offline->setVisible(offline);
        if (!offline)
            m_list->viewport()->update(); // pictures that failed while offline come back
    });
}

void MainWindow::thumbnailArrived(const QString &arxivId)
{
    m_list->viewport()->update();
    if (arxivId == m_detail->arxivId())
        m_detail->setThumbnail(m_thumbnails->largeImage(arxivId),
                               PaperDetailView::ImageState::Ready);
}

void MainWindow::thumbnailFailed(const QString &arxivId, bool isVideo)
{
    m_list->viewport()->update();
    if (arxivId == m_detail->arxivId())
        m_detail->setThumbnail({}, isVideo ? PaperDetailView::ImageState::Video
                                           : PaperDetailView::ImageState::Missing);
}

void MainWindow::reloadThumbnail()
{
    const QModelIndex index = m_list->currentIndex();
    const QUrl url = index.data(ItemRoles::ThumbnailUrlRole).toUrl();
    if (!index.isValid() || url.isEmpty())
        return;
    m_thumbnails->retryFailed();
    m_detail->setThumbnail({}, PaperDetailView::ImageState::Loading);
    m_thumbnails->reload(currentArxivId(), url);
}

void MainWindow::createLayout()
{
    // A table rather than a tree: with rows of one fixed height it lays out only what is on
    // screen, where a tree walks all 100,000 rows after each change.
    m_list->setModel(m_controller->model());
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->setTabKeyNavigation(false);
    m_list->setCornerButtonEnabled(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->horizontalHeader()->setHighlightSections(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->sortByColumn(PaperListModel::VotesColumn, Qt::DescendingOrder);
    m_rowDelegate = new PaperRowDelegate(m_thumbnails, m_list);
    setListThumbnailHeight(PreferencesDialog::listThumbnailHeight());
    m_list->setItemDelegateForColumn(PaperListModel::TitleColumn, m_rowDelegate);
    auto *stars = new StarDelegate(m_list);
    m_list->setItemDelegateForColumn(PaperListModel::StarColumn, stars);
    connect(stars, &StarDelegate::starClicked, this, [this](const QModelIndex &index) {
        m_controller->toggleStar(index.data(ItemRoles::ArxivIdRole).toString());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!m_list->indexAt(at).isValid())
            return;
        QMenu menu;
        m_actions->addTo(&menu);
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });
    m_list->horizontalHeader()->setStretchLastSection(false);
    sizeColumns();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentPaper);

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search titles, authors and summaries  ( / )"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, m_list, qOverload<>(&QWidget::setFocus));

    m_days->setModel(m_controller->days());
    m_days->setUniformItemSizes(true);
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_days->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::applyDayFilter);

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_list);

    connect(m_detail, &PaperDetailView::linkActivated, this, &MainWindow::openLink);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_days);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
}

void MainWindow::setController(LibraryController *controller)
{
    if (m_controller) {
        m_controller->deleteLater();
    }
    m_controller = controller;
    m_actions->setController(controller);
    if (m_list->selectionModel()) {
        // Another library: the same view, sort and filters over its papers.
        const QHeaderView *header = m_list->horizontalHeader();
        controller->model()->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        controller->model()->setStarredOnly(m_starredOnly->isChecked());
        controller->model()->setUnreadOnly(m_unreadOnly->isChecked());
        m_list->setModel(controller->model());
        connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::showCurrentPaper);
    }
    if (m_days->selectionModel())
        m_days->setModel(controller->days());
    connect(controller, &LibraryController::reloaded, this, [this] {
        // Days and search results may have changed with the rows.
        if (m_days->currentIndex().row() <= 0 && !m_dayRestored) {
            m_dayRestored = true; // rows of a big library arrive after the window opened
            restoreDay();
        }
        if (m_days->currentIndex().row() < 0)
            m_days->setCurrentIndex(m_controller->days()->index(0));
        applyDayFilter();
        if (!m_search->text().trimmed().isEmpty())
            startSearch();
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
    connect(controller, &LibraryController::importStarted, this, [this] {
        m_importStatus->begin();
        statusBar()->showMessage(tr("Importing…"));
    });
    connect(controller, &LibraryController::importProgress, this,
            [this](int done, int total, const QString &file) {
                m_importStatus->setProgress(done, total);
                if (!file.isEmpty())
                    statusBar()->showMessage(tr("Importing %1").arg(QFileInfo(file).fileName()));
            });
    connect(controller, &LibraryController::importFinished, this, &MainWindow::finishImport);
    connect(m_importStatus, &ImportStatus::cancelRequested, controller->importJob(),
            &ImportJob::cancel);
    connect(controller->search(), &PaperSearch::finished, this, &MainWindow::applySearchResults);
}

void MainWindow::createActions()
{
    createFileMenu();
    QMenu *paper = menuBar()->addMenu(tr("&Paper"));
    m_actions->addTo(paper);
    paper->addSeparator();
    QAction *reload = paper->addAction(tr("Re&load Thumbnail"), this, &MainWindow::reloadThumbnail);
    reload->setShortcut(QKeySequence(tr("Ctrl+R")));
    createViewMenu();
    createGoMenu();
    createToolbar();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Daily Papers"), this, [this] {
        QMessageBox::about(
            this, tr("About Daily Papers"),
            tr("<h3>Daily Papers %1</h3><p>A native reader for daily papers "
               "digests: offline, fast, yours.</p><p>Library: %2</p><p>Thumbnail cache: %3</p>")
                .arg(QCoreApplication::applicationVersion(), m_controller->path().toHtmlEscaped(),
                     QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                         .toHtmlEscaped()));
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
    QAction *preferences = file->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(m_controller->path(), this);
        if (dialog.exec() == QDialog::Accepted) {
            if (auto *cache = qobject_cast<QNetworkDiskCache *>(m_network->cache()))
                cache->setMaximumCacheSize(PreferencesDialog::cacheBytes());
            setListThumbnailHeight(PreferencesDialog::listThumbnailHeight());
        }
    });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
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
        m_controller->model()->setStarredOnly(on);
        selectAfterReload(currentArxivId());
        updateCounts();
    });
    m_unreadOnly = view->addAction(tr("&Unread Only"));
    m_unreadOnly->setCheckable(true);
    m_unreadOnly->setShortcut(QKeySequence(tr("Ctrl+2")));
    connect(m_unreadOnly, &QAction::toggled, this, [this](bool on) {
        m_controller->model()->setUnreadOnly(on);
        selectAfterReload(currentArxivId());
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
    connect(m_list->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column) {
                for (QAction *action : m_sortGroup->actions())
                    action->setChecked(action->data().toInt() == column);
            });
}

void MainWindow::createGoMenu()
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    connect(addShortcutAction(go, tr("&Next Paper"), QKeySequence(Qt::Key_J)), &QAction::triggered,
            this, [this] { moveBy(1); });
    connect(addShortcutAction(go, tr("&Previous Paper"), QKeySequence(Qt::Key_K)),
            &QAction::triggered, this, [this] { moveBy(-1); });
    connect(addShortcutAction(go, tr("Next &Unread Paper"), QKeySequence(Qt::Key_N)),
            &QAction::triggered, this, &MainWindow::nextUnread);
    go->addSeparator();
    connect(addShortcutAction(go, tr("Ne&xt Day"), QKeySequence(Qt::Key_BracketRight)),
            &QAction::triggered, this, [this] { moveDay(-1); });
    connect(addShortcutAction(go, tr("Pre&vious Day"), QKeySequence(Qt::Key_BracketLeft)),
            &QAction::triggered, this, [this] { moveDay(1); });
    go->addSeparator();
    QAction *find = addShortcutAction(go, tr("&Search"), QKeySequence(Qt::Key_Slash));
    find->setShortcuts({QKeySequence(Qt::Key_Slash), QKeySequence::Find});
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(addShortcutAction(go, tr("&Clear Search"), QKeySequence(Qt::Key_Escape)),
            &QAction::triggered, this, [this] {
                m_search->clear();
                m_list->setFocus();
            });
}

void MainWindow::createToolbar()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    m_openFiles->setIcon(QIcon::fromTheme(QStringLiteral("document-open"),
                                          style()->standardIcon(QStyle::SP_DialogOpenButton)));
    toolbar->addAction(m_openFiles);
    toolbar->addSeparator();
    toolbar->addAction(m_actions->star());
    toolbar->addAction(m_actions->openAbstract());
    toolbar->addAction(m_actions->openPdf());
    toolbar->addAction(m_actions->openHuggingFace());
    toolbar->addAction(m_actions->copyBibtex());
    toolbar->addSeparator();
    toolbar->addAction(m_starredOnly);
    toolbar->addAction(m_unreadOnly);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 780);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({170, 470, 640});
    QHeaderView *header = m_list->horizontalHeader();
    header->restoreState(settings.value(QStringLiteral("list/header")).toByteArray());
    sizeColumns(); // a saved state from an older version may carry other resize modes
    m_list->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_starredOnly->setChecked(settings.value(QStringLiteral("filter/starred"), false).toBool());
    m_unreadOnly->setChecked(settings.value(QStringLiteral("filter/unread"), false).toBool());
    m_search->setText(settings.value(QStringLiteral("filter/search")).toString());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("list/header"), m_list->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("filter/starred"), m_starredOnly->isChecked());
    settings.setValue(QStringLiteral("filter/unread"), m_unreadOnly->isChecked());
    settings.setValue(QStringLiteral("filter/search"), m_search->text());
    const QDate day = m_days->currentIndex().data(ItemRoles::DateRole).toDate();
    settings.setValue(QStringLiteral("filter/day"),
                      day.isValid() ? day.toString(Qt::ISODate)
                                    : QString::number(qMax(0, m_days->currentIndex().row())));
}

void MainWindow::sizeColumns()
{
    // Votes and dates get the width of the widest value they can show, once. (Sizing them to
    // their contents measured every cell on screen again after each change of the list.)
    const QFontMetrics metrics(unreadFont(m_list));
    const int padding = 16;
    QHeaderView *header = m_list->horizontalHeader();
    const auto fixWidth = [header](int column, int width) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, qMax(width, header->sectionSizeHint(column)));
    };
    fixWidth(PaperListModel::StarColumn, 30);
    header->setSectionResizeMode(PaperListModel::TitleColumn, QHeaderView::Stretch);
    fixWidth(PaperListModel::VotesColumn,
             metrics.horizontalAdvance(QLocale().toString(88888)) + padding);
    fixWidth(PaperListModel::DateColumn, metrics.horizontalAdvance(QLocale().toString(
                                             QDate(2028, 12, 28), QLocale::ShortFormat)) +
                                             padding);
}

void MainWindow::setListThumbnailHeight(int height)
{
    m_rowDelegate->setThumbnailHeight(height);
    m_list->verticalHeader()->setDefaultSectionSize(
        m_rowDelegate->rowHeight(QFontMetrics(unreadFont(m_list))));
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
    restoreDay();
    startSearch();
    selectAfterReload({});
    importPaths(paths);
    return true;
}

void MainWindow::restoreDay()
{
    if (QSettings().value(PreferencesDialog::startOnNewestDaySetting(), false).toBool() &&
        m_controller->days()->rowCount() > 2) {
        m_days->setCurrentIndex(m_controller->days()->index(2));
        return;
    }
    // The day chosen last time, if it is still there.
    const QString day = QSettings().value(QStringLiteral("filter/day")).toString();
    const int dayRow = day.contains(u'-')
                           ? m_controller->days()->rowOfDay(QDate::fromString(day, Qt::ISODate))
                           : day.toInt();
    m_days->setCurrentIndex(m_controller->days()->index(qMax(0, dayRow)));
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
    PaperListModel *model = m_controller->model();
    QModelIndex target = model->indexOf(arxivId, PaperListModel::TitleColumn);
    if (!target.isValid())
        target = model->index(0, PaperListModel::TitleColumn);
    if (target.isValid()) {
        if (target != m_list->currentIndex())
            m_list->setCurrentIndex(target);
        m_list->scrollTo(target);
    } else if (model->paperCount() == 0 && m_controller->isLoading()) {
        m_actions->setCurrent({});
        m_detail->showMessage(tr("Loading the library…"), m_controller->path());
    } else if (model->paperCount() == 0) {
        m_actions->setCurrent({});
        m_detail->showMessage(tr("No papers yet"),
                              tr("Open a daily papers digest (File > Open) or drop digest files "
                                 "and folders on this window."));
    } else {
        m_actions->setCurrent({});
        m_detail->showMessage(tr("Nothing matches"),
                              tr("No paper passes the search, the day and the filters in the "
                                 "View menu. Esc clears the search."));
    }
}

QString MainWindow::currentArxivId() const
{
    return m_list->currentIndex().data(ItemRoles::ArxivIdRole).toString();
}

void MainWindow::showCurrentPaper()
{
    const QString id = currentArxivId();
    m_readTimer->stop();
    m_controller->model()->setPinned(id);
    m_actions->setCurrent(id);
    if (id.isEmpty())
        return;
    const std::optional<PaperRecord> paper = m_controller->paper(id);
    if (!paper) {
        m_detail->showMessage(tr("Paper not found"), m_controller->lastError());
        return;
    }
    // The picture: decoded already, on its way, failed before, or none at all.
    const QImage image = m_thumbnails->largeImage(id);
    PaperDetailView::ImageState state = PaperDetailView::ImageState::Ready;
    if (image.isNull()) {
        if (paper->thumbnailUrl.isEmpty()) {
            state = PaperDetailView::ImageState::None;
        } else if (m_thumbnails->hasFailed(id)) {
            state = ThumbnailLoader::isVideo(paper->thumbnailUrl)
                        ? PaperDetailView::ImageState::Video
                        : PaperDetailView::ImageState::Missing;
        } else {
            state = PaperDetailView::ImageState::Loading;
            m_thumbnails->request(id, paper->thumbnailUrl, ThumbnailLoader::Priority::Selected);
        }
    }
    m_detail->showPaper(*paper, image, state);
    m_detail->highlight(SearchText::terms(m_search->text()));
    if (!paper->read && !m_controller->isReadOnly())
        m_readTimer->start();
}

void MainWindow::moveBy(int rows)
{
    const int row = m_list->currentIndex().row() + rows;
    const PaperListModel *model = m_controller->model();
    if (row >= 0 && row < model->rowCount())
        m_list->setCurrentIndex(model->index(row, PaperListModel::TitleColumn));
}

void MainWindow::nextUnread()
{
    const auto firstUnreadFrom = [this](int start) {
        const PaperListModel *model = m_controller->model();
        for (int row = start; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, PaperListModel::TitleColumn);
            if (!index.data(ItemRoles::ReadRole).toBool())
                return index;
        }
        return QModelIndex();
    };
    QModelIndex next = firstUnreadFrom(m_list->currentIndex().row() + 1);
    // Reading day by day: when this day is done, go on to the next older day with unread papers.
    DayListModel *days = m_controller->days();
    for (int dayRow = m_days->currentIndex().row() + 1;
         !next.isValid() && days->kindAt(m_days->currentIndex().row()) == DayListModel::Kind::Day &&
         dayRow < days->rowCount();
         ++dayRow) {
        m_days->setCurrentIndex(days->index(dayRow));
        next = firstUnreadFrom(0);
    }
    if (next.isValid())
        m_list->setCurrentIndex(next);
    else
        statusBar()->showMessage(tr("No unread papers left here."), 4000);
}

void MainWindow::moveDay(int step)
{
    DayListModel *days = m_controller->days();
    if (days->rowCount() <= 2)
        return; // no digest days yet
    const int current = m_days->currentIndex().row();
    // From All days or This week, "previous" starts at the newest day.
    int row = days->kindAt(current) == DayListModel::Kind::Day ? current + step : 2;
    m_days->setCurrentIndex(days->index(qBound(2, row, days->rowCount() - 1)));
}

void MainWindow::applyDayFilter()
{
    m_controller->model()->setDayMatches(
        m_controller->papersForDayRow(m_days->currentIndex().row()));
    selectAfterReload(currentArxivId());
    updateCounts();
}

void MainWindow::startSearch()
{
    m_searchDelay->stop();
    const QString query = m_search->text();
    if (SearchText::terms(query).isEmpty()) {
        applySearchResults(query, {});
        return;
    }
    m_controller->search()->search(query);
}

void MainWindow::applySearchResults(const QString &query, const QList<qint64> &paperIds)
{
    if (query != m_search->text())
        return; // typing went on; the newer query's answer will come
    if (SearchText::terms(query).isEmpty())
        m_controller->model()->setSearchMatches(std::nullopt);
    else
        m_controller->model()->setSearchMatches(paperIds);
    selectAfterReload(currentArxivId());
    m_detail->highlight(SearchText::terms(query));
    updateCounts();
}

void MainWindow::openLink(const QUrl &url)
{
    if (m_actions->handleActionUrl(url))
        return;
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
    QString text = tr("%n paper(s)", nullptr, model->paperCount()) +
                   tr(" · %n starred", nullptr, model->starredCount());
    if (model->rowCount() != model->paperCount())
        text = tr("%n shown of ", nullptr, model->rowCount()) + text;
    m_counts->setText(text);
    m_actions->refresh();
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
