#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace nianbao::supervision {

/// How many threads the desk's batch computations use: every core the machine offers.
inline unsigned workerCount()
{
    return std::max(1u, std::thread::hardware_concurrency());
}

/// Calls `work(begin, end, worker)` on `workers` contiguous slices of [0, count), each on a
/// thread of its own (the calling thread takes the first), and returns when all are done.
/// `work` must not throw: the desk's computations report failures as values.
template <typename Work>
void parallelSlices(std::size_t count, unsigned workers, Work&& work)
{
    workers = std::max(1u, std::min<unsigned>(workers, unsigned(std::max<std::size_t>(count, 1))));
    if (workers == 1) {
        work(std::size_t(0), count, 0u);
        return;
    }
    std::vector<std::jthread> threads;
    threads.reserve(workers - 1);
    const auto slice = [count, workers](unsigned worker) {
        return std::pair(count * worker / workers, count * (worker + 1) / workers);
    };
    for (unsigned worker = 1; worker < workers; ++worker) {
        const auto [begin, end] = slice(worker);
        threads.emplace_back([&work, begin, end, worker] { work(begin, end, worker); });
    }
    const auto [begin, end] = slice(0);
    work(begin, end, 0u);
}

} // namespace nianbao::supervision
