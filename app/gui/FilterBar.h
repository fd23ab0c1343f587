#ifndef FILTERBAR_H
#define FILTERBAR_H

#endif // FILTERBAR_H
