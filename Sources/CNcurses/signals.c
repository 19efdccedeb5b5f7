// Signals and the terminal's modes: see cncurses.h. Everything a signal
// handler does is async-signal-safe: flags of type sig_atomic_t, write(2) of
// bytes worked out in advance, tcsetattr(3), sigaction(2), raise(3).

#include "cncurses.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <term.h>
#include <termios.h>
#include <unistd.h>

// Modes terminfo does not describe: mouse reports (button presses, SGR
// coordinates) and bracketed paste. Off in the reverse order.
static const char modes_on[] = "\033[?1000h\033[?1006h\033[?2004h";
static const char modes_off[] = "\033[?2004l\033[?1006l\033[?1000l";

enum { SEQUENCE_ROOM = 1024 };
static char enter_bytes[SEQUENCE_ROOM];
static size_t enter_length;
static char leave_bytes[SEQUENCE_ROOM];
static size_t leave_length;

static struct termios shell_modes;
static struct termios program_modes;
static volatile sig_atomic_t have_shell_modes;
static volatile sig_atomic_t have_program_modes;
/// Whether the terminal is in the dashboard's hands (and must be restored).
static volatile sig_atomic_t taken;
/// Whether it was given back for a stop, and its screen must be entered again.
static volatile sig_atomic_t given_back;

static int wake_pipe[2] = {-1, -1};
static volatile sig_atomic_t pending_signal;
static volatile sig_atomic_t resized;
static volatile sig_atomic_t continued;

static const int termination_signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT};
static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
static struct sigaction before_fatal[NSIG];

// MARK: Writing, safe in a handler

static void write_all(const char *bytes, size_t length) {
  while (length > 0) {
    ssize_t written = write(STDOUT_FILENO, bytes, length);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return;  // the terminal is gone: nothing more to do
    bytes += written;
    length -= (size_t)written;
  }
}

static void wake(void) {
  if (wake_pipe[1] < 0) return;
  char byte = 1;
  // A full pipe already wakes the loop.
  ssize_t ignored = write(wake_pipe[1], &byte, 1);
  (void)ignored;
}

/// Gives the terminal back as the shell had it.
static void restore_now(void) {
  if (!taken) return;
  write_all(leave_bytes, leave_length);
  if (have_shell_modes) tcsetattr(STDOUT_FILENO, TCSANOW, &shell_modes);
}

/// Takes the terminal again after a stop: the program's modes (a shell may
/// have changed them meanwhile) and, if it was given back, its screen.
static void retake_now(void) {
  if (!taken) return;
  if (have_program_modes) tcsetattr(STDOUT_FILENO, TCSANOW, &program_modes);
  if (given_back) write_all(enter_bytes, enter_length);
  given_back = 0;
}

// MARK: Handlers

static void install(int signal_number, void (*handler)(int)) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  // No SA_RESTART: a signal interrupts the wait for input at once.
  action.sa_flags = 0;
  sigaction(signal_number, &action, NULL);
}

static void on_termination(int signal_number) {
  int saved = errno;
  pending_signal = signal_number;
  wake();
  errno = saved;
}

static void on_resize(int signal_number) {
  (void)signal_number;
  int saved = errno;
  resized = 1;
  wake();
  errno = saved;
}

static void on_continue(int signal_number) {
  (void)signal_number;
  int saved = errno;
  retake_now();
  continued = 1;
  wake();
  errno = saved;
}

static void on_stop(int signal_number) {
  int saved = errno;
  restore_now();
  given_back = taken;
  // Stop for real: the default action, unblocked. Execution goes on here
  // after SIGCONT (whose handler has taken the terminal back), or at once
  // when the stop is discarded (an orphaned process group).
  install(signal_number, SIG_DFL);
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, signal_number);
  sigprocmask(SIG_UNBLOCK, &stop, NULL);
  raise(signal_number);
  install(signal_number, on_stop);
  retake_now();
  continued = 1;
  wake();
  errno = saved;
}

static void on_fatal(int signal_number, siginfo_t *info, void *context) {
  (void)context;
  restore_now();
  taken = 0;
  if (info != NULL && info->si_code > 0) {
    // A fault: the handler before ours (the Swift runtime's backtrace, say)
    // or the default action takes it when it happens again, as this
    // handler returns.
    sigaction(signal_number, &before_fatal[signal_number], NULL);
    return;
  }
  // Sent by kill or abort: end as the default action does (a handler before
  // ours might return and let the process run on). It stays blocked until
  // this handler returns.
  struct sigaction default_action;
  memset(&default_action, 0, sizeof default_action);
  default_action.sa_handler = SIG_DFL;
  sigemptyset(&default_action.sa_mask);
  sigaction(signal_number, &default_action, NULL);
  raise(signal_number);
}

/// Room for the fatal handlers when the stack itself overflowed.
static void give_handlers_a_stack(void) {
  stack_t stack;
  memset(&stack, 0, sizeof stack);
  stack.ss_size = 64 * 1024;
  stack.ss_sp = malloc(stack.ss_size);
  if (stack.ss_sp != NULL) sigaltstack(&stack, NULL);
}

// MARK: The public functions

void cncurses_prepare(void) {
  if (tcgetattr(STDOUT_FILENO, &shell_modes) == 0) have_shell_modes = 1;
  if (wake_pipe[0] < 0 && pipe(wake_pipe) == 0) {
    for (int i = 0; i < 2; i++) {
      fcntl(wake_pipe[i], F_SETFL, fcntl(wake_pipe[i], F_GETFL) | O_NONBLOCK);
      fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC);
    }
  }
  sigset_t unblock;
  sigemptyset(&unblock);
  for (size_t i = 0; i < sizeof termination_signals / sizeof termination_signals[0]; i++) {
    install(termination_signals[i], on_termination);
    sigaddset(&unblock, termination_signals[i]);
  }
  install(SIGWINCH, on_resize);
  install(SIGTSTP, on_stop);
  install(SIGCONT, on_continue);
  const int others[] = {SIGWINCH, SIGTSTP, SIGCONT};
  for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) sigaddset(&unblock, others[i]);
  // A parent may have blocked them: then a resize or SIGTERM would never arrive.
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);

  give_handlers_a_stack();
  for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_fatal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(fatal_signals[i], &action, &before_fatal[fatal_signals[i]]);
  }
}

/// Appends a terminfo capability (if the terminal has it) or literal bytes.
static void append(char *buffer, size_t *length, const char *bytes) {
  if (bytes == NULL || bytes == (char *)-1) return;
  size_t count = strlen(bytes);
  if (*length + count >= SEQUENCE_ROOM) return;
  memcpy(buffer + *length, bytes, count);
  *length += count;
}

void cncurses_started(void) {
  if (tcgetattr(STDOUT_FILENO, &program_modes) == 0) have_program_modes = 1;
  enter_length = 0;
  append(enter_bytes, &enter_length, tigetstr("smcup"));
  append(enter_bytes, &enter_length, tigetstr("civis"));
  append(enter_bytes, &enter_length, modes_on);
  leave_length = 0;
  append(leave_bytes, &leave_length, modes_off);
  append(leave_bytes, &leave_length, tigetstr("sgr0"));
  append(leave_bytes, &leave_length, tigetstr("cnorm"));
  char *leave_screen = tigetstr("rmcup");
  if (leave_screen == NULL || leave_screen == (char *)-1 || leave_screen[0] == '\0') {
    // No alternate screen (the Linux console): leave a clean one instead.
    append(leave_bytes, &leave_length, tigetstr("clear"));
  } else {
    append(leave_bytes, &leave_length, leave_screen);
  }
  fflush(stdout);
  write_all(modes_on, sizeof modes_on - 1);
  taken = 1;
}

void cncurses_leave(void) {
  if (!taken) return;
  taken = 0;
  fflush(stdout);
  write_all(modes_off, sizeof modes_off - 1);
}

void cncurses_give_back(void) {
  fflush(stdout);
  restore_now();
  given_back = taken;
}

void cncurses_take_back(void) {
  fflush(stdout);
  retake_now();
}

void cncurses_suspend(void) {
  fflush(stdout);
  raise(SIGTSTP);
}

int cncurses_wake_descriptor(void) { return wake_pipe[0]; }

void cncurses_drain_wake(void) {
  char bytes[64];
  while (wake_pipe[0] >= 0 && read(wake_pipe[0], bytes, sizeof bytes) > 0) {
  }
}

int cncurses_take_signal(void) {
  int signal_number = pending_signal;
  pending_signal = 0;
  return signal_number;
}

int cncurses_take_resize(void) {
  int value = resized;
  resized = 0;
  return value;
}

int cncurses_take_continued(void) {
  int value = continued;
  continued = 0;
  return value;
}

int cncurses_window_size(int *rows, int *cols) {
  struct winsize size;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) {
    return 0;
  }
  *rows = size.ws_row;
  *cols = size.ws_col;
  return 1;
}

static void restore_at_exit(void) {
  if (!taken) return;
  cncurses_leave();
  endwin();
}

void cncurses_restore_at_exit(void) {
  static int registered = 0;
  if (!registered) {
    registered = 1;
    atexit(restore_at_exit);
  }
}
