import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The Unix account this process runs as, as the OS reports it. `$USER` is
/// not used: anyone can set it, and history must say who really saved.
public func currentAccount() -> String {
  let uid = geteuid()
  if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
    return String(cString: name)
  }
  return "uid \(uid)"
}
