#ifndef LANEPACKER_H
#define LANEPACKER_H

#endif // LANEPACKER_H
