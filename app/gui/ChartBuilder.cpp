#include "ChartBuilder.h"
