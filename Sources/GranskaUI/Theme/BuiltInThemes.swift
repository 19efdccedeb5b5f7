extension Theme {
  /// The theme used when none is chosen; compiled in so a lone binary has it.
  public static var builtInDefault: Theme {
    Theme(
      name: "dark",
      styles: [
        .normal: ThemeStyle(),
        .muted: ThemeStyle(foreground: .indexed(245)),
        .accent: ThemeStyle(foreground: .indexed(75), bold: true),
        .title: ThemeStyle(foreground: .indexed(75), bold: true),
        .header: ThemeStyle(bold: true, underline: true),
        .border: ThemeStyle(foreground: .indexed(240)),
        .borderFocused: ThemeStyle(foreground: .indexed(75)),
        .selection: ThemeStyle(foreground: .indexed(231), background: .indexed(25)),
        .tabActive: ThemeStyle(foreground: .indexed(16), background: .indexed(75), bold: true),
        .tabInactive: ThemeStyle(foreground: .indexed(250)),
        .statusBar: ThemeStyle(foreground: .indexed(252), background: .indexed(236)),
        .statusKey: ThemeStyle(foreground: .indexed(117), background: .indexed(236), bold: true),
        .levelGood: ThemeStyle(foreground: .indexed(16), background: .indexed(114)),
        .levelFair: ThemeStyle(foreground: .indexed(16), background: .indexed(150)),
        .levelWarn: ThemeStyle(foreground: .indexed(16), background: .indexed(221)),
        .levelBad: ThemeStyle(foreground: .indexed(231), background: .indexed(167)),
        .levelNone: ThemeStyle(foreground: .indexed(250), background: .indexed(238)),
        .overdue: ThemeStyle(foreground: .indexed(203), bold: true),
        .barCompleted: ThemeStyle(foreground: .indexed(114)),
        .barStarted: ThemeStyle(foreground: .indexed(221)),
        .barNotStarted: ThemeStyle(foreground: .indexed(240)),
        .barTarget: ThemeStyle(foreground: .indexed(231), bold: true),
        .searchMatch: ThemeStyle(foreground: .indexed(16), background: .indexed(221)),
        .message: ThemeStyle(foreground: .indexed(114)),
        .error: ThemeStyle(foreground: .indexed(203), bold: true),
        .illustrative: ThemeStyle(foreground: .indexed(180)),
      ])
  }
}
