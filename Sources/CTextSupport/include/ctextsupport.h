#ifndef CTEXTSUPPORT_H
#define CTEXTSUPPORT_H

// Locale and character-width helpers that Swift's Glibc module does not
// import (wcwidth needs _XOPEN_SOURCE).

#include <stdint.h>

/// Columns the character takes in a terminal under the current LC_CTYPE; -1 if unprintable.
int granska_wcwidth(uint32_t scalar);

/// 1 when the current LC_CTYPE uses UTF-8.
int granska_ctype_is_utf8(void);

#endif
