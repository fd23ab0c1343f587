#include "TimelineView.h"
