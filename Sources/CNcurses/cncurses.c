#include "cncurses.h"

#include <signal.h>
#include <stdlib.h>
#include <term.h>

WINDOW *cncurses_stdscr(void) { return stdscr; }

// Named rows/cols: term.h defines `lines` and `columns` as macros.
int cncurses_lines(void) {
  int rows, cols;
  getmaxyx(stdscr, rows, cols);
  (void)cols;
  return rows;
}

int cncurses_columns(void) {
  int rows, cols;
  getmaxyx(stdscr, rows, cols);
  (void)rows;
  return cols;
}

int cncurses_colors(void) { return COLORS; }
int cncurses_color_pairs(void) { return COLOR_PAIRS; }

attr_t cncurses_a_normal(void) { return A_NORMAL; }
attr_t cncurses_a_bold(void) { return A_BOLD; }
attr_t cncurses_a_underline(void) { return A_UNDERLINE; }
attr_t cncurses_a_reverse(void) { return A_REVERSE; }
attr_t cncurses_a_dim(void) { return A_DIM; }
int cncurses_color_pair(int pair) { return (int)COLOR_PAIR(pair); }

SCREEN *cncurses_newterm(const char *term, FILE *output, FILE *input) {
  return newterm(term, output, input);
}
FILE *cncurses_stdout(void) { return stdout; }
FILE *cncurses_stdin(void) { return stdin; }

cncurses_term_check cncurses_check_term(const char *term, int fd) {
  int status = 0;
  // With a status pointer, setupterm reports instead of printing and exiting.
  if (setupterm(term, fd, &status) != OK || status != 1) {
    return CNCURSES_TERM_UNKNOWN;
  }
  char *cursor_move = tigetstr("cup");
  int addressable = cursor_move != NULL && cursor_move != (char *)-1;
  del_curterm(cur_term);
  return addressable ? CNCURSES_TERM_USABLE : CNCURSES_TERM_NO_CURSOR_ADDRESSING;
}
