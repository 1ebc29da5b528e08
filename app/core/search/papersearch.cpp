#include "papersearch.h"

#include "library/library.h"

// Lives on the search thread; owns that thread's connection.
class SearchWorker final : public QObject
{
    Q_OBJECT

public:
    SearchWorker(QString libraryPath, std::shared_ptr<std::atomic_int> latest)
        : m_path(std::move(libraryPath))
        , m_latest(std::move(latest))
    {}

    void run(int generation, const QString &query)
    {
        if (generation != m_latest->load())
            return; // a newer keystroke is already queued
        if (!m_library) {
            m_library = std::make_unique<Library>(m_path);
            if (!m_library->open()) {
                Q_EMIT failed(generation, query, m_library->lastError());
                m_library.reset();
                return;
            }
        }
        const std::optional<QList<qint64>> ids = m_library->searchPaperIds(query);
        if (!ids)
            Q_EMIT failed(generation, query, m_library->lastError());
        else
            Q_EMIT done(generation, query, *ids);
    }

Q_SIGNALS:
    void done(int generation, const QString &query, const QList<qint64> &paperIds);
    void failed(int generation, const QString &query, const QString &error);

private:
    QString m_path;
    std::shared_ptr<std::atomic_int> m_latest;
    std::unique_ptr<Library> m_library;
};

PaperSearch::PaperSearch(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic_int>(0))
{
    m_worker = new SearchWorker(libraryPath, m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::done, this,
            [this](int generation, const QString &query, const QList<qint64> &ids) {
                if (generation == m_latest->load())
                    Q_EMIT finished(query, ids);
            });
    connect(m_worker, &SearchWorker::failed, this,
            [this](int generation, const QString &query, const QString &error) {
                if (generation == m_latest->load())
                    Q_EMIT failed(query, error);
            });
    m_thread.setObjectName(QStringLiteral("search"));
    m_thread.start();
}

PaperSearch::~PaperSearch()
{
    m_thread.quit();
    m_thread.wait();
}

void PaperSearch::search(const QString &query)
{
    m_query = query;
    const int generation = ++*m_latest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, query] { worker->run(generation, query); });
}

#include "papersearch.moc"
