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

int cncurses_key_f(int n) { return KEY_F(n); }
mmask_t cncurses_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
mmask_t cncurses_button1_pressed(void) { return BUTTON1_PRESSED; }
mmask_t cncurses_button1_released(void) { return BUTTON1_RELEASED; }
mmask_t cncurses_button1_clicked(void) { return BUTTON1_CLICKED; }
mmask_t cncurses_wheel_up(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
mmask_t cncurses_wheel_down(void) { return BUTTON5_PRESSED; }
#else
mmask_t cncurses_wheel_down(void) { return 0; }
#endif
int cncurses_set_escdelay(int milliseconds) { return set_escdelay(milliseconds); }

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

static volatile sig_atomic_t pending_signal = 0;

static void record_signal(int signal_number) { pending_signal = signal_number; }

void cncurses_install_signal_handlers(void) {
  struct sigaction action;
  action.sa_handler = record_signal;
  sigemptyset(&action.sa_mask);
  // No SA_RESTART: a signal interrupts the wait for input, so the run loop
  // sees it at once.
  action.sa_flags = 0;
  const int signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT};
  for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    sigaction(signals[i], &action, NULL);
  }
}

int cncurses_take_signal(void) {
  int signal_number = pending_signal;
  pending_signal = 0;
  return signal_number;
}

void cncurses_unblock_signals(void) {
  sigset_t set;
  sigemptyset(&set);
  const int signals[] = {SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGQUIT};
  for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    sigaddset(&set, signals[i]);
  }
  sigprocmask(SIG_UNBLOCK, &set, NULL);
}

static volatile int curses_active = 0;

static void restore_terminal(void) {
  if (curses_active) {
    curses_active = 0;
    endwin();
  }
}

void cncurses_restore_at_exit(void) {
  static int registered = 0;
  if (!registered) {
    registered = 1;
    atexit(restore_terminal);
  }
}

void cncurses_set_active(int active) { curses_active = active; }
