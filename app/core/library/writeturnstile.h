#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>

// First come, first served for write transactions within the process. SQLite's busy handler
// polls with growing sleeps, so a writer that commits and begins again at once (an import)
// can starve another (a star from the window) for seconds; taking a ticket here first means
// the window waits for one transaction at most.
class WriteTurnstile final
{
public:
    static WriteTurnstile &instance();

    void enter();
    void leave();

private:
    std::mutex m_mutex;
    std::condition_variable m_turn;
    std::uint64_t m_nextTicket = 0;
    std::uint64_t m_serving = 0;
};
