/// The dashboard's views, in tab order (their keys are 1, 2, …), and its
/// modal layers. A new view or layer is one file and one line here
/// (ARCHITECTURE.md has the steps).
enum Registry {
  static let views: [any DashboardView.Type] = [
    OverviewView.self, MatrixView.self, RecommendationsView.self, TrainingView.self,
    HistoryView.self,
  ]

  static let layers: [any Layer.Type] = [
    SearchPrompt.self, FormLayer.self, HelpLayer.self, AuditChooser.self, ChooserLayer.self,
    Confirmation.self,
  ]

  static func view(_ id: ViewID) -> any DashboardView.Type {
    views.first { $0.id == id } ?? views[0]
  }

  /// Each view's keys: the common ones and its own, merged once.
  static let keyTables: [ViewID: [KeyBinding]] = Dictionary(
    uniqueKeysWithValues: views.map { ($0.id, KeyBinding.ordered(KeyBinding.common + $0.bindings)) }
  )
}
