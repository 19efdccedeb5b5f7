#ifndef CNCURSES_H
#define CNCURSES_H

// The ncurses wide-character API as Swift can use it. SwiftPM drops the -D
// flags pkg-config gives, so the wide-character switches are set here,
// before curses.h. Macros and mutable globals do not import into Swift 6:
// each has a small function below.

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

#include <stdio.h>

// Globals.
WINDOW *cncurses_stdscr(void);
int cncurses_lines(void);
int cncurses_columns(void);
int cncurses_colors(void);
int cncurses_color_pairs(void);

// Attributes and colour pairs.
attr_t cncurses_a_normal(void);
attr_t cncurses_a_bold(void);
attr_t cncurses_a_underline(void);
attr_t cncurses_a_reverse(void);
attr_t cncurses_a_dim(void);
int cncurses_color_pair(int pair);

// Keys and mouse.
int cncurses_key_f(int n);
mmask_t cncurses_all_mouse_events(void);
mmask_t cncurses_button1_pressed(void);
mmask_t cncurses_button1_released(void);
mmask_t cncurses_button1_clicked(void);
mmask_t cncurses_wheel_up(void);
mmask_t cncurses_wheel_down(void);
int cncurses_set_escdelay(int milliseconds);

/// Starts ncurses on the given streams; NULL (instead of exiting) when the
/// terminal type is unknown.
SCREEN *cncurses_newterm(const char *term, FILE *output, FILE *input);
FILE *cncurses_stdout(void);
FILE *cncurses_stdin(void);

/// What terminfo says of a terminal type, checked before ncurses starts.
typedef enum {
  CNCURSES_TERM_USABLE = 0,
  CNCURSES_TERM_UNKNOWN = 1,
  CNCURSES_TERM_NO_CURSOR_ADDRESSING = 2,
} cncurses_term_check;

/// Looks `term` up in terminfo without printing anything or changing the
/// tty, and checks it can address the cursor (`cup`).
cncurses_term_check cncurses_check_term(const char *term, int fd);

// Signals.

/// Records SIGTERM, SIGHUP, SIGINT and SIGQUIT instead of dying, so the
/// program can restore the terminal first. Call before newterm: ncurses
/// then leaves these handlers alone.
void cncurses_install_signal_handlers(void);

/// The last signal recorded, or 0; clears it.
int cncurses_take_signal(void);

/// Unblocks the signals a parent may have blocked (then KEY_RESIZE would
/// never arrive, nor SIGTERM).
void cncurses_unblock_signals(void);

/// Calls endwin at exit while ncurses is active, as a last resort for exit
/// paths that skip the normal stop.
void cncurses_restore_at_exit(void);
void cncurses_set_active(int active);

#endif
