// Written by scripts/icu-data: Foundation's ICU data (icudt76_dat), cut to
// what Granska uses (root, English and Swedish; no converters or break
// dictionaries): 871 of 4855 items. Defined here, it keeps the
// toolchain's full package (34 MB) out of the binary.
#if defined(__ELF__)
  .section .rodata.icudt76_dat,"a",%progbits
  .globl icudt76_dat
  .type icudt76_dat, %object
  .balign 16
icudt76_dat:
  .incbin "icudt76l.dat"
  .size icudt76_dat, . - icudt76_dat
  .section .note.GNU-stack,"",%progbits
#endif
