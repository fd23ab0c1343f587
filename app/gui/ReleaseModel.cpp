#include "ReleaseModel.h"
