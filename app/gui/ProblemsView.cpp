#include "ProblemsView.h"
