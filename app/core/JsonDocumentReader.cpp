#include "JsonDocumentReader.h"
