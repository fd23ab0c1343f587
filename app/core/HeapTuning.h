#ifndef HEAPTUNING_H
#define HEAPTUNING_H

namespace HeapTuning {

// A dataset of 100,000 events is some 300 MB of small strings, and loading one spent a third of
// its time in page faults on fresh heap memory. glibc backs its heap with transparent huge pages,
// which cut those faults 25-fold, and grows it 32 MiB at a time rather than 128 KiB (five times
// less system time), but only when its tunables say so as the process starts. So, first thing in
// main(), the process sets them and starts itself again with the same arguments, once. Tunables
// the user has set are left alone, and ours are taken out of the environment in the second start,
// so that programs started later do not inherit them. Elsewhere than glibc on Linux, it does
// nothing.
void restartWithTunedHeap(char *argv[]);

} // namespace HeapTuning

#endif // HEAPTUNING_H
