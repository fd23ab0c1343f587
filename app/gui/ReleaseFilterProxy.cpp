#include "ReleaseFilterProxy.h"
