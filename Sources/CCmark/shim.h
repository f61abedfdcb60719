#ifndef LESSONS_CCMARK_SHIM_H
#define LESSONS_CCMARK_SHIM_H
#include <cmark.h>
#endif
