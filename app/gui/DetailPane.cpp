#include "DetailPane.h"
