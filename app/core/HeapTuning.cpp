#include "HeapTuning.h"

#include <cstdlib> // defines __GLIBC__

#if defined(__linux__) && defined(__GLIBC__)
#include <cstring>
#include <unistd.h>
#endif

void HeapTuning::restartWithTunedHeap([[maybe_unused]] char *argv[])
{
#if defined(__linux__) && defined(__GLIBC__)
    static constexpr char variable[] = "GLIBC_TUNABLES";
    static constexpr char tunables[] = "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=33554432";
    const char *current = std::getenv(variable);
    if (current && std::strcmp(current, tunables) == 0) {
        ::unsetenv(variable); // this is the second start: glibc has read them
        return;
    }
    if (current || ::setenv(variable, tunables, 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    ::unsetenv(variable); // the new start failed: go on as we are
#endif
}
