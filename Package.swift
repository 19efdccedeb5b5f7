// swift-tools-version:6.1
import PackageDescription

/// The package's folder, for a linker flag that names a file in it.
let packageDirectory = String(#filePath.dropLast("/Package.swift".count))

/// Dependencies only the PostgreSQL backend needs.
let postgreSQL: TargetDependencyCondition? = .when(traits: ["PostgreSQL"])

let package = Package(
  name: "Granska",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "granska", targets: ["granska"])
  ],
  // PostgreSQL support (postgres-nio, and through it SwiftNIO, swift-nio-ssl
  // and swift-crypto) is most of a clean build's time: the quick start
  // (scripts/granska) builds without it (--disable-default-traits); every
  // other build has it. Code that needs it is inside `#if PostgreSQL`.
  traits: [
    .trait(name: "PostgreSQL", description: "The PostgreSQL backend (--db postgresql://…)."),
    .default(enabledTraits: ["PostgreSQL"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
    .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
  ],
  targets: [
    // Pure domain: audits, scales, recommendations, training, validation.
    // Knows nothing of terminals, SQL or files.
    .target(name: "GranskaDomain"),
    // The interchange format (YAML/JSON) and the built-in audit compiled into the binary.
    .target(
      name: "GranskaFormat",
      dependencies: ["GranskaDomain", "GranskaText", "Yams"],
      resources: [.embedInCode("Resources/tranemo-2024.yaml")]
    ),
    // Words and text shared by every output: the interface strings per
    // language, display width, sanitising, and the plain-text summary.
    .target(name: "GranskaText", dependencies: ["GranskaDomain", "CTextSupport"]),
    .target(name: "CTextSupport"),
    // Documents for people: the dated follow-up report and readable exports
    // (Markdown, HTML, CSV), built as blocks and rendered per format.
    .target(name: "GranskaReports", dependencies: ["GranskaDomain", "GranskaText"]),
    // The dashboard as plain values: state, actions, key bindings, themes,
    // and views that render into a cell grid. No terminal, no database.
    .target(name: "GranskaUI", dependencies: ["GranskaDomain", "GranskaText", "GranskaThemes"]),
    // The theme files of themes/, compiled in.
    .target(
      name: "GranskaThemes",
      path: "themes",
      resources: [
        .embedInCode("dark.theme"), .embedInCode("light.theme"),
        .embedInCode("high-contrast.theme"), .embedInCode("monochrome.theme"),
      ]
    ),
    // The only code that touches the terminal: ncurses through a small C
    // shim, copying cell grids to the screen and turning keys into events.
    .target(
      name: "CNcurses",
      linkerSettings: [.linkedLibrary("ncursesw")]
    ),
    .target(name: "GranskaTerminal", dependencies: ["CNcurses", "GranskaUI", "GranskaText"]),
    // The store: one interface, two backends (SQLite through GRDB,
    // PostgreSQL through postgres-nio); schema, history, access.
    .target(
      name: "GranskaStore",
      dependencies: [
        "GranskaDomain", "GranskaText", .product(name: "GRDB", package: "GRDB.swift"),
        // SQLite's C API, to read a row's columns without GRDB's values between.
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "PostgresNIO", package: "postgres-nio", condition: postgreSQL),
        .product(name: "NIOCore", package: "swift-nio", condition: postgreSQL),
        .product(name: "NIOPosix", package: "swift-nio", condition: postgreSQL),
        .product(name: "NIOSSL", package: "swift-nio-ssl", condition: postgreSQL),
        .product(name: "Logging", package: "swift-log", condition: postgreSQL),
      ]
    ),
    // The command line: every command, its rules and the wiring, as a
    // library so that tests can import it.
    .target(
      name: "GranskaCLI",
      dependencies: [
        "GranskaDomain", "GranskaFormat", "GranskaStore", "GranskaText", "GranskaUI",
        "GranskaReports",
        "GranskaTerminal", "SwiftCSV", "CBuildInfo",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The executable: only `main`.
    .executableTarget(
      name: "granska",
      dependencies: [
        "GranskaCLI", "GranskaText", "CICUData",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      exclude: ["hot-functions.txt"],
      // The memory a session costs: lld packs the 130 000 relative
      // relocations (3 MB the loader read and applied at every start) and
      // folds identical code, so fewer pages of the binary are touched
      // (bench/run.py, the large set: peak memory 38.0 → 35.3 MB).
      // --no-export-dynamic undoes the static Swift runtime's
      // -export-dynamic: nothing loads the executable's symbols, and its
      // 41 000 exported ones were 4 MB of the file, read at every start
      // as the loader looked up each library's symbols in it. The kernel
      // maps 64 KB around every page touched: the functions a session runs
      // (hot-functions.txt, by bench/hot-code.py) go first in .text, side
      // by side, not spread over its 30 MB.
      linkerSettings: [
        .unsafeFlags(
          [
            "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker",
            "--icf=all", "-Xlinker", "--no-export-dynamic", "-Xlinker",
            "--symbol-ordering-file=\(packageDirectory)/Sources/granska/hot-functions.txt",
            "-Xlinker", "--no-warn-symbol-ordering",
          ],
          .when(platforms: [.linux], configuration: .release))
      ]
    ),
    // The commit the binary is built from (commit.h, by scripts/stamp-commit).
    .target(name: "CBuildInfo"),
    // Foundation's ICU data cut to what Granska uses (root, English, Swedish;
    // scripts/icu-data): defined here, it keeps the toolchain's whole package
    // (34 MB) out of a binary linked with the static Swift runtime.
    .target(name: "CICUData", exclude: ["icudt76l.dat"], publicHeadersPath: "."),
    .testTarget(name: "GranskaDomainTests", dependencies: ["GranskaDomain", "GranskaText"]),
    .testTarget(name: "GranskaTextTests", dependencies: ["GranskaText", "GranskaDomain"]),
    .testTarget(
      name: "GranskaUITests",
      // GranskaStore: what a form saves, saved in a real SQLite file.
      dependencies: [
        "GranskaUI", "GranskaFormat", "GranskaDomain", "GranskaText", "GranskaStore",
        "GranskaTestSupport",
      ],
      exclude: ["Snapshots"]),  // golden screens, read from the source tree by path
    .testTarget(
      name: "GranskaReportsTests",
      dependencies: [
        "GranskaReports", "GranskaFormat", "GranskaDomain", "GranskaText", "GranskaTestSupport",
        "SwiftCSV",
      ]),
    .testTarget(name: "GranskaFormatTests", dependencies: ["GranskaFormat", "GranskaText"]),
    .testTarget(name: "GranskaTerminalTests", dependencies: ["GranskaTerminal", "GranskaUI"]),
    // What tests share: running programs (posix_spawn), and the tests' own
    // PostgreSQL server (initdb in a temporary directory).
    .target(name: "GranskaTestSupport", path: "Tests/GranskaTestSupport"),
    .testTarget(
      name: "GranskaStoreTests",
      dependencies: [
        "GranskaStore", "GranskaFormat", "GranskaText", "GranskaTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      exclude: ["Fixtures"]),  // old databases' SQL, read from the source tree by path
    // The command line's rules (the ssh policy, -o, the language, batch
    // lines), imported rather than run as the binary.
    .testTarget(
      name: "GranskaCLIUnitTests",
      dependencies: [
        "GranskaCLI", "GranskaDomain", "GranskaStore", "GranskaText", "GranskaUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Runs the real binary: depends on it so `swift test` builds it first.
    .testTarget(
      name: "GranskaCLITests",
      dependencies: [
        "granska", "GranskaFormat", "GranskaDomain", "GranskaText", "GranskaTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
        // To hold ParserText against what ArgumentParser really prints.
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
  ]
)
