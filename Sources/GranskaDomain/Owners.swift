/// One entry of the owner directory: an owner as the recommendations name
/// them ("Kommunchef", free text as the audits write it), the address their
/// reminders go to, and optionally the person (the name in `granska keys`,
/// or a Unix account) who holds that role. The directory is the database's,
/// not an audit's: one "Kommunchef" for every audit.
public struct OwnerContact: Equatable, Hashable, Sendable {
  public var name: String
  public var email: String
  public var person: String?

  public init(name: String, email: String, person: String? = nil) {
    self.name = name
    self.email = email
    self.person = person
  }

  /// How an owner text is matched: case and spacing do not matter
  /// ("kommunchef" is "Kommunchef", a line break is a space).
  public static func key(_ name: String) -> String {
    name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
  }

  /// The owner's name on one line, as a subject or a list shows it.
  public static func oneLine(_ name: String) -> String {
    name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Whether this entry is the owner a recommendation names.
  public func owns(_ recommendation: Recommendation) -> Bool {
    recommendation.owner.map { Self.key($0) == Self.key(name) } ?? false
  }
}

extension Array where Element == OwnerContact {
  /// The entry for an owner text, matched as `OwnerContact.key` says.
  public func entry(for owner: String) -> OwnerContact? {
    let key = OwnerContact.key(owner)
    return first { OwnerContact.key($0.name) == key }
  }
}

/// What an owner's name may be: the text a recommendation's owner can
/// hold (no control characters but tab and newline), not blank, and no
/// longer than any text of an audit.
public enum OwnerName {
  public static func isValid(_ name: String) -> Bool {
    !OwnerContact.key(name).isEmpty && ControlCharacters.first(in: name) == nil
      && name.count <= Audit.maximumTextLength
  }
}

/// An e-mail address as Granska accepts it: a plain addr-spec of RFC 5322
/// (`local@domain`), ASCII only, no display name, no comments, no quoted
/// local part — strict on purpose, since it goes into a header. A dot-atom
/// local part of at most 64 characters; a domain of letters, digits and
/// hyphens in dot-separated labels (a single label, `localhost`, too); at
/// most 254 characters in all.
public enum MailAddress {
  public static func isValid(_ address: String) -> Bool {
    let scalars = Array(address.unicodeScalars)
    guard scalars.count <= 254,
      scalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }),
      let at = scalars.lastIndex(of: "@")
    else { return false }
    let local = scalars[..<at]
    let domain = scalars[(at + 1)...]
    return local.count <= 64 && isDotAtom(local, allowed: isAtext)
      && isDotAtom(domain, allowed: isLabelCharacter) && labelsAreHostnames(domain)
  }

  /// Characters of an atom (RFC 5322 `atext`).
  private static func isAtext(_ scalar: Unicode.Scalar) -> Bool {
    isLabelCharacter(scalar) || "!#$%&'*+/=?^_`{|}~".unicodeScalars.contains(scalar)
  }

  private static func isLabelCharacter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
      || scalar == "-"
  }

  /// Atoms joined by single dots, none empty.
  private static func isDotAtom(
    _ scalars: ArraySlice<Unicode.Scalar>, allowed: (Unicode.Scalar) -> Bool
  ) -> Bool {
    let atoms = scalars.split(separator: ".", omittingEmptySubsequences: false)
    return !atoms.isEmpty && atoms.allSatisfy { !$0.isEmpty && $0.allSatisfy(allowed) }
  }

  /// Each label of a domain 1–63 characters, not starting or ending with "-".
  private static func labelsAreHostnames(_ domain: ArraySlice<Unicode.Scalar>) -> Bool {
    domain.split(separator: ".").allSatisfy { label in
      label.count <= 63 && label.first != "-" && label.last != "-"
    }
  }
}
