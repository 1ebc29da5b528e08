#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// An event-loop heartbeat: a timer that should fire every few milliseconds records how late
// it fires. The worst lateness is the longest the GUI thread was busy.
class StallMeter final : public QObject
{
    Q_OBJECT

public:
    explicit StallMeter(int intervalMs = 2, QObject *parent = nullptr);
    void start();
    void stop();
    double worstStallMs() const { return m_worstNs / 1e6; }

private:
    void beat();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worstNs = 0;
    int m_intervalMs;
};
