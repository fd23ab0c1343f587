#ifndef TIMESCALE_H
#define TIMESCALE_H

#endif // TIMESCALE_H
