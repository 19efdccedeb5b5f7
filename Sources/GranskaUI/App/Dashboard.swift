import GranskaDomain
import GranskaText

/// What the dashboard asks its runner to do after an event.
public enum Effect: Hashable, Sendable {
  case quit
}

/// The dashboard: state in, events through `handle`, a grid out of `render`.
/// Plain values only, so every screen can be produced without a terminal.
public struct Dashboard: Sendable {
  public private(set) var size: Size
  public let language: Language
  public let audit: Audit

  public init(audit: Audit, language: Language, size: Size) {
    self.audit = audit
    self.language = language
    self.size = size
  }

  public mutating func handle(_ event: InputEvent) -> [Effect] {
    switch event {
    case .key(.character("q")), .key(.control("c")): return [.quit]
    case .resize(let newSize): size = newSize
    default: break
    }
    return []
  }

  public func render() -> CellGrid {
    var grid = CellGrid(size: size)
    grid.put(audit.title, x: 0, y: 0, style: Style(.title, bold: true))
    grid.put(audit.organisation, x: 0, y: 1)
    grid.fill(x: 0, y: size.height - 1, width: size.width, height: 1, style: Style(.statusBar))
    grid.put("q avsluta", x: 1, y: size.height - 1, style: Style(.statusBar))
    return grid
  }
}
