#ifndef DETAILPANE_H
#define DETAILPANE_H

#endif // DETAILPANE_H
