#include "folderwatcher.h"

#include <QDirIterator>
#include <QFileInfo>

FolderWatcher::FolderWatcher(QObject *parent)
    : QObject(parent)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(1500);
    connect(&m_quiet, &QTimer::timeout, this, &FolderWatcher::reportChanges);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::noteChange);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FolderWatcher::noteChange);
}

void FolderWatcher::setFolders(const QStringList &folders)
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_folders = folders;
    for (const QString &folder : folders)
        watchTree(folder);
}

void FolderWatcher::watchTree(const QString &folder)
{
    if (!QFileInfo(folder).isDir())
        return;
    // Directories report added and removed files; the digests themselves report edits.
    QStringList paths{folder};
    QDirIterator dirs(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext())
        paths.append(dirs.next());
    // Watching each file catches edits in place, but costs one inotify watch per file: past a
    // few thousand, rely on the folders (git and most editors replace files, which they see).
    constexpr int maxWatchedFiles = 4000;
    QDirIterator files(folder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    for (int count = 0; files.hasNext() && count < maxWatchedFiles; ++count)
        paths.append(files.next());
    const QStringList watched = m_watcher.directories() + m_watcher.files();
    QStringList fresh;
    for (const QString &path : paths) {
        if (!watched.contains(path))
            fresh.append(path);
    }
    if (!fresh.isEmpty())
        m_watcher.addPaths(fresh);
}

void FolderWatcher::noteChange(const QString &path)
{
    for (const QString &folder : std::as_const(m_folders)) {
        if ((path == folder || path.startsWith(folder + u'/')) && !m_changed.contains(folder))
            m_changed.append(folder);
    }
    m_quiet.start();
}

void FolderWatcher::reportChanges()
{
    const QStringList changed = m_changed;
    m_changed.clear();
    // New subfolders and files need watching too.
    for (const QString &folder : changed)
        watchTree(folder);
    if (!changed.isEmpty())
        Q_EMIT foldersChanged(changed);
}
