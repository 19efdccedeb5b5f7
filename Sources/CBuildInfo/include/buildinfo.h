#ifndef GRANSKA_BUILDINFO_H
#define GRANSKA_BUILDINFO_H

/// The git commit the binary was built from, as scripts/stamp-commit wrote it
/// into commit.h before the build ("unknown" without it: a build outside git,
/// or a plain `swift build`).
const char *granska_build_commit(void);

#endif
