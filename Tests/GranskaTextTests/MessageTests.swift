import Foundation
import GranskaDomain
import GranskaText
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Messages keep their facts and are worded when shown: Swedish by
/// default, English on request, the place (file, line, field) in both.
@Suite struct MessageTests {
  @Test func aConflictNamesWhoWhenAndWhatIsSavedInEitherLanguage() {
    let at = Date(timeIntervalSince1970: 1_800_000_000)
    let conflict = Conflict(
      entity: "recommendation", entityID: "R1", field: "status", account: "anna", at: at,
      savedValue: "in-progress")
    let time = HistoryText.localTime(at)
    #expect(
      conflict.message(in: .sv)
        == "Rekommendation R1, Status ändrades under tiden av anna \(time) till ”Pågår”; inget sparades"
    )
    #expect(
      conflict.message(in: .en)
        == "Recommendation R1, Status was changed meanwhile by anna \(time) to \"In progress\"; nothing was saved"
    )
  }

  /// An upgrade names the copy made first, and none where none was made
  /// (PostgreSQL): a backup that does not exist must never be promised.
  @Test func anUpgradeNamesOnlyABackupThatWasMade() {
    let sqlite = ServiceText.migrated(
      path: "g.sqlite", migrations: ["v14-moved-figures"], backup: "g-before.sqlite")
    #expect(
      sqlite.message(in: .en)
        == "g.sqlite: upgraded (key figures and sections of training snapshots moved (PostgreSQL)); backed up first: g-before.sqlite"
    )
    let postgres = ServiceText.migrated(
      path: "postgresql://granska@db/granska", migrations: ["v14-moved-figures"], backup: nil)
    #expect(!postgres.message(in: .en).contains("backed up"))
    #expect(!postgres.message(in: .sv).contains("säkerhetskopia"))
  }

  @Test func theSystemsReasonsAreWorded() {
    #expect(SystemError(ENOSPC).message(in: .sv) == "disken är full")
    #expect(SystemError(ENOSPC).message(in: .en) == "the disk is full")
    #expect(SystemError(EPIPE).message(in: .sv) == "mottagaren har stängt röret")
    // A rare reason still says something: the system's own words.
    #expect(!SystemError(EXDEV).message(in: .sv).isEmpty)
  }

  @Test func aBatchLineWrapsItsFailureWithThePlace() {
    let failure = CommandFailure.atLine(
      file: "natt.txt", line: 3,
      EditError.invalid(field: "dueDate", .notADate("2025-02-30")))
    #expect(
      failure.message(in: .sv)
        == "natt.txt:3: dueDate: ”2025-02-30” är inget datum (ÅÅÅÅ-MM-DD, en riktig dag)")
    #expect(
      failure.message(in: .en)
        == "natt.txt:3: dueDate: \"2025-02-30\" is not a date (YYYY-MM-DD, a real day)")
  }

  @Test func storeErrorsNameTheFileInBothLanguages() {
    let busy = StoreError.busy(path: "/srv/granska/a.sqlite")
    #expect(busy.message(in: .sv).hasPrefix("/srv/granska/a.sqlite: databasen förblev låst"))
    #expect(busy.message(in: .en).hasPrefix("/srv/granska/a.sqlite: the database stayed locked"))
  }
}
