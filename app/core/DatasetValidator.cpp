#include "DatasetValidator.h"
