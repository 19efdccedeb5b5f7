import GranskaDomain
import Testing

@testable import GranskaCLI

/// A conflict the store reports names a field by its history names; the
/// dashboard finds the field among the edits it tried to save.
struct ConflictFieldTests {
  let edits: [AuditEdit] = [
    .set(FieldChange(.recommendation("R1", .status), from: "ej-paborjad", to: "pagar")),
    .set(FieldChange(.recommendation("R2", .owner), from: nil, to: "Kommunchef")),
    .set(FieldChange(.assessment(round: "r2", question: "Q8", .level), from: nil, to: "uppfyllt")),
  ]

  func conflict(on field: FieldRef) -> Conflict {
    Conflict(
      entity: field.entity.kind, entityID: field.entity.id, field: field.name, account: "bo",
      at: nil, savedValue: "klar")
  }

  @Test func theConflictingFieldIsFoundAmongTheEdits() {
    for field in [
      FieldRef.recommendation("R2", .owner), .assessment(round: "r2", question: "Q8", .level),
    ] {
      #expect(changedField(named: conflict(on: field), in: edits) == field)
    }
  }

  @Test func aFieldOfAnotherThingOrNotEditedIsNotFound() {
    #expect(changedField(named: conflict(on: .recommendation("R1", .owner)), in: edits) == nil)
    #expect(changedField(named: conflict(on: .recommendation("R3", .status)), in: edits) == nil)
    #expect(changedField(named: conflict(on: .recommendation("R1", .status)), in: []) == nil)
  }
}
