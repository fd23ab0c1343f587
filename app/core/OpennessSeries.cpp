#include "OpennessSeries.h"
