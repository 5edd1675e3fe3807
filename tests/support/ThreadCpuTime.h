#pragma once

#include <QtGlobal>

#include <ctime>

// Under AddressSanitizer every allocation costs many times what it does in the optimised build, so CPU
// ratios between workloads that allocate differently say little there: cost tests print them but only
// assert them in builds without a sanitizer.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool cpuRatiosAreMeaningful = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool cpuRatiosAreMeaningful = false;
#else
constexpr bool cpuRatiosAreMeaningful = true;
#endif
#else
constexpr bool cpuRatiosAreMeaningful = true;
#endif

// CPU time the calling thread has used, in nanoseconds: what cost tests compare as ratios (never as
// absolute times), unaffected by other processes and threads taking turns on the machine.
inline qint64 threadCpuTimeNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// The least thread CPU time of `runs` calls of `work`: the run least disturbed by the machine.
template<typename Work>
qint64 leastThreadCpuTimeNs(int runs, Work &&work)
{
    qint64 least = -1;
    for (int run = 0; run < runs; ++run) {
        const qint64 start = threadCpuTimeNs();
        work();
        const qint64 spent = threadCpuTimeNs() - start;
        if (least < 0 || spent < least)
            least = spent;
    }
    return least;
}
