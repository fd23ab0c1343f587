#include "CommandLine.h"
#include "HeapTuning.h"

int main(int argc, char *argv[])
{
    HeapTuning::restartWithTunedHeap(argv);
    return CommandLine::run(argc, argv);
}
