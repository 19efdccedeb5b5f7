/// A word of a command line that a message suggests, quoted for a POSIX
/// shell: as it is when it holds only characters no shell treats specially
/// (`anna`, `/srv/granska/granska.sqlite`, `g+rw`), else in single quotes,
/// inside which nothing is special, with each `'` written as `'\''`. Pasted
/// into a shell, the command gets the word back exactly: a name such as
/// `x"; DROP TABLE t; --` stays one argument and runs nothing.
public func shellQuoted(_ word: String) -> String {
  let plain = !word.isEmpty && word.unicodeScalars.allSatisfy(isPlainInShell)
  if plain { return word }
  return "'"
    + word.split(separator: "'", omittingEmptySubsequences: false)
    .joined(separator: "'\\''") + "'"
}

/// A command line of words, each quoted as it needs.
public func shellCommand(_ words: [String]) -> String {
  words.map(shellQuoted).joined(separator: " ")
}

private func isPlainInShell(_ scalar: Unicode.Scalar) -> Bool {
  ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    || "@%+=:,./_-".unicodeScalars.contains(scalar)
}
