#include "CommandLine.h"

#include <cstdlib> // defines __GLIBC__

#if defined(__linux__) && defined(__GLIBC__)
#include <cstring>
#include <unistd.h>

namespace {

constexpr char tunables[] = "GLIBC_TUNABLES";
constexpr char hugePages[] = "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=33554432";

// A dataset of 100,000 events is some 300 MB of small strings, and loading one spent a third of
// its time in page faults on fresh heap memory. glibc backs its heap with transparent huge pages,
// which cut those faults 25-fold, and grows it 32 MiB at a time rather than 128 KiB (five times
// less system time), only when its tunables say so as the process starts; so the process sets
// them and starts itself again, once. Tunables the user has set are left alone, and
// ours is taken out of the environment again so that programs started later do not inherit it.
void useHugePagesForTheHeap(char *argv[])
{
    const char *current = std::getenv(tunables);
    if (current && std::strcmp(current, hugePages) == 0) {
        ::unsetenv(tunables); // this is the second start: glibc has read it
        return;
    }
    if (current)
        return;
    if (::setenv(tunables, hugePages, 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    ::unsetenv(tunables); // the new start failed: go on as we are
}

} // namespace
#endif

int main(int argc, char *argv[])
{
#if defined(__linux__) && defined(__GLIBC__)
    useHugePagesForTheHeap(argv);
#endif
    return CommandLine::run(argc, argv);
}
