#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the operating system refused (an errno), in the reader's language:
/// the common reasons are worded here, the rare ones come from `strerror`.
public struct SystemError: Error, Hashable, Sendable, Worded {
  public let code: Int32

  public init(_ code: Int32) { self.code = code }

  /// The reason of the call that just failed.
  public static var current: SystemError { SystemError(errno) }

  public func message(in language: Language) -> String {
    switch language {
    case .sv: swedish ?? String(cString: strerror(code))
    case .en: english ?? String(cString: strerror(code))
    }
  }

  private var swedish: String? {
    switch code {
    case ENOENT: "finns inte"
    case EACCES, EPERM: "behörighet saknas"
    case EISDIR: "är en katalog"
    case ENOTDIR: "en del av sökvägen är ingen katalog"
    case ENOSPC: "disken är full"
    case EDQUOT: "diskkvoten är slut"
    case EROFS: "filsystemet är skrivskyddat"
    case EPIPE: "mottagaren har stängt röret"
    case EIO: "in- eller utmatningsfel"
    case EEXIST: "finns redan"
    case ELOOP: "för många symboliska länkar"
    case ENAMETOOLONG: "namnet är för långt"
    case EBUSY, ETXTBSY: "används av något annat"
    case EMFILE, ENFILE: "för många öppna filer"
    case EFBIG: "filen blir för stor"
    case ENXIO: "ingen läser i andra änden"
    default: nil
    }
  }

  private var english: String? {
    switch code {
    case ENOENT: "does not exist"
    case EACCES, EPERM: "permission denied"
    case EISDIR: "is a directory"
    case ENOTDIR: "a part of the path is not a directory"
    case ENOSPC: "the disk is full"
    case EDQUOT: "the disk quota is used up"
    case EROFS: "the file system is read-only"
    case EPIPE: "the reader closed the pipe"
    case EIO: "input/output error"
    case EEXIST: "already exists"
    case ELOOP: "too many symbolic links"
    case ENAMETOOLONG: "the name is too long"
    case EBUSY, ETXTBSY: "in use by something else"
    case EMFILE, ENFILE: "too many open files"
    case EFBIG: "the file would be too large"
    case ENXIO: "no one reads at the other end"
    default: nil
    }
  }
}
