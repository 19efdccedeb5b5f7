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

// Signals and the terminal's modes (signals.c). Granska reads the keyboard
// itself and sets the modes terminfo does not know (mouse reports, bracketed
// paste); these functions keep the terminal restorable from any exit,
// including a crash, with async-signal-safe code only.

/// Before newterm: saves the terminal's modes as the shell left them, opens
/// the wake-up pipe, unblocks signals a parent may have blocked, and installs
/// the handlers (ncurses then leaves these signals to us):
/// - SIGTERM, SIGHUP, SIGINT, SIGQUIT are recorded (`cncurses_take_signal`)
///   so the program can stop cleanly;
/// - SIGWINCH is recorded (`cncurses_take_resize`);
/// - SIGTSTP restores the terminal and stops; SIGCONT takes the terminal
///   back and is recorded (`cncurses_take_continued`) so the screen is
///   drawn again;
/// - SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE restore the terminal,
///   then a fault goes on to the handler before ours (the Swift runtime's
///   crash report) or the default action, and a signal sent by kill or
///   abort ends the process as the default action does.
/// Each handler also writes to the wake-up pipe.
void cncurses_prepare(void);

/// After newterm and the input settings: remembers the program's modes,
/// works out the bytes that enter and leave the dashboard's screen (from
/// terminfo, plus mouse and bracketed paste), writes the mode switches and
/// marks the terminal as taken.
void cncurses_started(void);

/// The normal way out, before endwin: turns mouse reports and bracketed
/// paste off and marks the terminal as given back.
void cncurses_leave(void);

/// Stops the process as Ctrl-Z does in a shell (SIGTSTP): the terminal is
/// restored first and taken back on SIGCONT.
void cncurses_suspend(void);
/// Gives the terminal back for a while (the shell's modes and screen), and
/// takes it again, for text the user is to see or capture outside the dashboard.
void cncurses_give_back(void);
void cncurses_take_back(void);

/// Readable when a signal arrived; `cncurses_drain_wake` empties it.
int cncurses_wake_descriptor(void);
void cncurses_drain_wake(void);

/// The last termination signal recorded, or 0; clears it.
int cncurses_take_signal(void);
/// 1 when the window size changed since the last call.
int cncurses_take_resize(void);
/// 1 when the process was continued (after a stop) since the last call.
int cncurses_take_continued(void);

/// The terminal's size as the kernel knows it; 0 when it cannot tell.
int cncurses_window_size(int *rows, int *columns);

/// Calls endwin at exit while the terminal is taken, as a last resort for
/// exit paths that skip the normal stop.
void cncurses_restore_at_exit(void);

#endif
