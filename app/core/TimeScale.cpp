#include "TimeScale.h"
