import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The name to sign notes with: the account's full name from the password
/// database (the first field of its GECOS entry) when it has one, else the
/// account itself — also when the "account" is a name given with `--as`.
public func personName(of account: String) -> String {
  guard let entry = getpwnam(account), let gecos = entry.pointee.pw_gecos else { return account }
  return fullName(fromGECOS: String(cString: gecos)) ?? account
}

/// The full name in a GECOS field ("Anna Andersson,Rum 12,,"), if any.
public func fullName(fromGECOS gecos: String) -> String? {
  let name =
    gecos.split(separator: ",", omittingEmptySubsequences: false).first
    .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
  return name.isEmpty ? nil : name
}

/// The Unix account this process runs as, as the OS reports it. `$USER` is
/// not used: anyone can set it, and history must say who really saved.
public func currentAccount() -> String {
  let uid = geteuid()
  if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
    return String(cString: name)
  }
  return "uid \(uid)"
}
