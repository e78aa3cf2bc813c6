#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace nianbao::workflow {

/// A queue between one producing and one consuming thread that holds at most `capacity`
/// items: a producer that runs ahead waits instead of filling memory. Closing it wakes both
/// sides: the producer's pushes are refused, and the consumer takes what is left, then nothing.
template <typename T>
class BoundedQueue {
public:
    explicit BoundedQueue(std::size_t capacity)
        : m_capacity(capacity == 0 ? 1 : capacity)
    {}

    /// Waits for room, then adds `item`. False (and `item` dropped) once the queue is closed.
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed) {
            return false;
        }
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    /// Waits for an item. Nothing once the queue is closed and empty.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_items.empty(); });
        if (m_items.empty()) {
            return std::nullopt;
        }
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }

    /// Everything queued now, without waiting (nothing if the queue is empty).
    std::deque<T> takeAll()
    {
        std::deque<T> items;
        const std::lock_guard lock(m_mutex);
        items.swap(m_items);
        m_changed.notify_all();
        return items;
    }

    /// No more pushes: the producer is done, or the consumer wants no more.
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    std::size_t m_capacity;
    bool m_closed = false;
};

} // namespace nianbao::workflow
