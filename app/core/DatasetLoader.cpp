#include "DatasetLoader.h"
