#include "ChartExporter.h"
