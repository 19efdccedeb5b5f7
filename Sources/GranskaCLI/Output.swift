import Foundation
import GranskaText

#if canImport(Glibc)
import Glibc
#endif

/// Everything the commands write goes through here: no text from the data
/// reaches a terminal as control sequences, and every write is checked, so
/// a full disk stops the command with a message and a non-zero exit
/// instead of leaving a silently cut file. A reader that went away (`|
/// head`) ends it quietly, as it ends other Unix tools.
public enum Output {
  /// Whether documents are bound for a terminal (directly, or through the pager).
  nonisolated(unsafe) static var sanitizing = isatty(STDOUT_FILENO) == 1

  /// A message line: always sanitised (ids and names come from the data).
  static func line(_ text: String) throws(CommandFailure) {
    try write(Sanitize.line(text) + "\n")
  }

  /// A confirmation of what a command did, in the reader's language.
  static func notice(_ notice: CommandNotice, in language: Language) throws(CommandFailure) {
    try line(notice.message(in: language))
  }

  /// A document (summary, log, export, report) to standard output. To a
  /// terminal, each line is sanitised; to a file or pipe it stays exact, so
  /// an export redirected to a file imports back without loss.
  static func document(_ text: String) throws(CommandFailure) {
    guard sanitizing else { return try write(text) }
    try write(Sanitize.lines(text).joined(separator: "\n"))
  }

  /// A document's bytes (UTF-8, made from strings): as they are to a file
  /// or pipe, without being made a string first; sanitised to a terminal.
  static func document(_ bytes: [UInt8]) throws(CommandFailure) {
    guard sanitizing else { return try write(Data(bytes)) }
    try document(String(decoding: bytes, as: UTF8.self))
  }

  /// A document written a piece at a time as `produce` hands the pieces
  /// on: to a file (`-o`, see `OutputFile`: replaced once whole), or to
  /// standard output as they come.
  static func stream(to path: String?, _ produce: (_ write: (String) throws -> Void) throws -> Void)
    throws
  {
    guard let path else { return try produce { text in try document(text) } }
    try OutputFile.write(to: path) { write in
      try withoutActuallyEscaping(write) { write in
        try produce { text in try write(Data(text.utf8)) }
      }
    }
  }

  /// Text to a file (`-o`, see `OutputFile`), or to standard output.
  static func emit(_ text: String, to path: String?) throws(CommandFailure) {
    if let path {
      try OutputFile.write(Data(text.utf8), to: path)
    } else {
      try document(text)
    }
  }

  private static func write(_ text: String) throws(CommandFailure) {
    try write(Data(text.utf8))
  }

  private static func write(_ data: Data) throws(CommandFailure) {
    do {
      try Files.writeAll(data, to: STDOUT_FILENO)
    } catch {
      if error.code == EPIPE { endAsTheReaderWent() }
      throw .cannotWriteStandardOutput(error)
    }
  }

  /// Dies of SIGPIPE (status 141 in the shell), which Granska otherwise
  /// ignores so that a closed socket or pipe elsewhere is an error to say;
  /// a reader who quit the pager is done, and that is success.
  private static func endAsTheReaderWent() -> Never {
    if Pager.waitUntilQuit() { exit(0) }
    signal(SIGPIPE, SIG_DFL)
    raise(SIGPIPE)
    exit(128 + SIGPIPE)
  }

  /// The last check, when the command is done: a file system may report a
  /// failed write only when the file is closed.
  public static func finish() throws(CommandFailure) {
    if close(STDOUT_FILENO) != 0, errno != EBADF, errno != EINTR {
      if errno == EPIPE { endAsTheReaderWent() }
      throw .cannotWriteStandardOutput(.current)
    }
    Pager.waitUntilQuit()
  }
}
