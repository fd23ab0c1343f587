#include "CommandLine.h"
#include "HeapTuning.h"

#include <sys/stat.h>

namespace {

// The restart that tunes the heap costs some 45 ms of dynamic linking, which only a large
// dataset repays. The window may open any dataset later, so it always restarts; a command that
// prints and exits (--validate, --list, --export, --import, help, version) restarts only when it
// names a file of 8 MiB or more.
bool heapTuningPaysOff(int argc, char *argv[])
{
    constexpr off_t large = 8 * 1024 * 1024;
    const CommandLine::Launch launch = CommandLine::launch(argc, argv);
    struct stat info {};
    return launch.window
        || (!launch.file.empty() && ::stat(launch.file.c_str(), &info) == 0 && S_ISREG(info.st_mode)
            && info.st_size >= large);
}

} // namespace

int main(int argc, char *argv[])
{
    if (heapTuningPaysOff(argc, argv))
        HeapTuning::restartWithTunedHeap(argv);
    return CommandLine::run(argc, argv);
}
