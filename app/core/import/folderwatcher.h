#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

// Watches library folders (and every folder below them) and reports, after a quiet moment,
// which library folders changed: a digest was added, edited or a subfolder appeared.
class FolderWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderWatcher)

public:
    explicit FolderWatcher(QObject *parent = nullptr);

    void setFolders(const QStringList &folders);
    QStringList folders() const { return m_folders; }
    // Changes are gathered this long before foldersChanged, so a sync that writes a hundred
    // files imports once.
    void setQuietPeriod(int milliseconds) { m_quiet.setInterval(milliseconds); }

Q_SIGNALS:
    void foldersChanged(const QStringList &folders);

private:
    void watchTree(const QString &folder);
    void noteChange(const QString &path);
    void reportChanges();

    QFileSystemWatcher m_watcher;
    QStringList m_folders;
    QStringList m_changed;
    QTimer m_quiet;
};
