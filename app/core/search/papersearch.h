#pragma once

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

class SearchWorker;

// Runs searches on a worker thread with its own library connection, so typing never waits
// for the index. Only the newest query's answer is delivered; older ones are skipped.
class PaperSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperSearch)

public:
    explicit PaperSearch(const QString &libraryPath, QObject *parent = nullptr);
    ~PaperSearch() override;

    void search(const QString &query);
    QString currentQuery() const { return m_query; }

Q_SIGNALS:
    void finished(const QString &query, const QList<qint64> &paperIds);
    void failed(const QString &query, const QString &error);

private:
    QThread m_thread;
    SearchWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic_int> m_latest;
    QString m_query;
};
