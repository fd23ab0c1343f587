#include "ReleaseDocument.h"
