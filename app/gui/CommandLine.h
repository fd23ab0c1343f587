#ifndef COMMANDLINE_H
#define COMMANDLINE_H

// The program's entry point: parses the command line (the contract in the README), runs a
// headless command (--validate, --list, --export) without touching a display, or opens the window.
namespace CommandLine {

enum ExitCode { Success = 0, InvalidData = 1, UsageOrIoError = 2 };

int run(int argc, char *argv[]);

} // namespace CommandLine

#endif // COMMANDLINE_H
