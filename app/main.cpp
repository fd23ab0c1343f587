#include "CommandLine.h"
#include "HeapTuning.h"

#include <string_view>

#include <sys/stat.h>

namespace {

// The restart that tunes the heap costs some 45 ms of dynamic linking, which only a large
// dataset repays. The window may open any dataset later, so it always restarts; a command that
// prints and exits (--validate, --list, --export, --import, help, version) restarts only when it
// names a file of 8 MiB or more.
bool heapTuningPaysOff(int argc, char *argv[])
{
    constexpr off_t large = 8 * 1024 * 1024;
    bool headless = false;
    bool largeFile = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        for (const std::string_view option : {"--validate", "--list", "--export", "--import", "--help", "--help-all",
                                              "--version", "-h", "-v"}) {
            if (argument == option || (argument.starts_with(option) && argument.substr(option.size()).starts_with('=')))
                headless = true;
        }
        struct stat info {};
        if (::stat(argv[i], &info) == 0 && S_ISREG(info.st_mode) && info.st_size >= large)
            largeFile = true;
    }
    return !headless || largeFile;
}

} // namespace

int main(int argc, char *argv[])
{
    if (heapTuningPaysOff(argc, argv))
        HeapTuning::restartWithTunedHeap(argv);
    return CommandLine::run(argc, argv);
}
