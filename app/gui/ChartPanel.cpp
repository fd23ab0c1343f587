#include "ChartPanel.h"
