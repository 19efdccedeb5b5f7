#ifndef CNCURSES_H
#define CNCURSES_H
// placeholder: the ncurses shim (wide-character API) goes here.
#endif
