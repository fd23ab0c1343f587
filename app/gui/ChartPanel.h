#ifndef CHARTPANEL_H
#define CHARTPANEL_H

#endif // CHARTPANEL_H
