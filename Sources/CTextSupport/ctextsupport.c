#define _XOPEN_SOURCE 700
#include "ctextsupport.h"

#include <langinfo.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

int granska_wcwidth(uint32_t scalar) { return wcwidth((wchar_t)scalar); }

int granska_ctype_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "UTF8") == 0);
}
