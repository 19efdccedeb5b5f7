#include "buildinfo.h"

// commit.h is made by scripts/stamp-commit and never committed.
#if __has_include("commit.h")
#include "commit.h"
#endif
#ifndef GRANSKA_COMMIT
#define GRANSKA_COMMIT "unknown"
#endif

const char *granska_build_commit(void) { return GRANSKA_COMMIT; }
