#include "stallmeter.h"

StallMeter::StallMeter(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::beat);
}

void StallMeter::start()
{
    m_worstNs = 0;
    m_clock.start();
    m_last = m_clock.nsecsElapsed();
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

void StallMeter::beat()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_worstNs = qMax(m_worstNs, now - m_last - qint64(m_intervalMs) * 1000000);
    m_last = now;
}
