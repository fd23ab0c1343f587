#include "LanePacker.h"
