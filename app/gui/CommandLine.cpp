#include "CommandLine.h"

namespace CommandLine {

int run(int, char *[])
{
    return 0;
}

} // namespace CommandLine
