#ifndef COMMANDLINE_H
#define COMMANDLINE_H

#include <string>

// The program's entry point: parses the command line (the contract in the README), runs a
// headless command (--validate, --list, --export) without touching a display, or opens the window.
namespace CommandLine {

enum ExitCode { Success = 0, InvalidData = 1, UsageOrIoError = 2 };

int run(int argc, char *argv[]);

// What the command line asks for, read the way run() reads it, before any application object
// exists: whether it opens the window, and the dataset file it names as given (for --import epoch,
// the CSV it converts). For decisions taken before run(), such as the heap tuning's restart.
struct Launch {
    bool window = false;
    std::string file;
};
Launch launch(int argc, char *argv[]);

} // namespace CommandLine

#endif // COMMANDLINE_H
