#include "writeturnstile.h"

WriteTurnstile &WriteTurnstile::instance()
{
    static WriteTurnstile turnstile;
    return turnstile;
}

void WriteTurnstile::enter()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    const std::uint64_t ticket = m_nextTicket++;
    m_turn.wait(lock, [this, ticket] { return m_serving == ticket; });
}

void WriteTurnstile::leave()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        ++m_serving;
    }
    m_turn.notify_all();
}
