#!/usr/bin/env python3
"""Writes the corpus of malformed import files (Tests/Corpus/malformed/) from
valid-minimal.yaml, and EXPECTED.tsv: file, then a fragment its error must
contain (file:line…, the field path, what is wrong). Rerun after changing it."""
import json, os, pathlib, yaml

here = pathlib.Path(__file__).parent
out = here / "malformed"
out.mkdir(exist_ok=True)
for old in out.iterdir():
    old.unlink()
valid = (here / "valid-minimal.yaml").read_text(encoding="utf-8")
doc = yaml.safe_load(valid)
cases = []

def write(name, content, expect):
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    (out / name).write_bytes(data)
    cases.append((name, expect))

def replace(name, old, new, expect):
    assert old in valid, old
    write(name, valid.replace(old, new, 1), expect)

def as_json(name, mutate, expect):
    d = json.loads(json.dumps(doc))
    mutate(d)
    write(name, json.dumps(d, ensure_ascii=False, indent=2), expect)

a = lambda d: d["audits"][0]
write("01-empty.yaml", "", "the file is empty")
write("02-truncated.yaml", valid[: len(valid) // 2].rsplit("\n", 3)[0] + "\n    questions: [\n", "not valid YAML")
write("03-truncated.json", json.dumps(doc, ensure_ascii=False)[:700], "not valid JSON")
write("04-not-yaml.yaml", "format: granska/1\naudits: [ {id: x, title: \"open\n", "not valid YAML")
write("05-binary.yaml", bytes(range(256)) * 4, "invalid UTF-8")
write("06-invalid-utf8.yaml", valid.encode("utf-8").replace(b"Exempel kommun", b"Exempel \xff\xfe kommun", 1), "invalid UTF-8 at byte")
replace("07-wrong-format.yaml", "format: granska/1", "format: granska/9", "unsupported format \"granska/9\"")
replace("08-year-not-number.yaml", "year: 2025", "year: tjugofem", "audits[0].year: expected a whole number")
replace("09-missing-title.yaml", "    title: \"Granskning av dataskydd\"\n", "", "audits[0]: missing required key \"title\"")
replace("10-unknown-key.yaml", "    auditor: \"Revisionsbyrån\"\n", "    auditor: \"Revisionsbyrån\"\n    auditr: \"typo\"\n", "audits[0].auditr: unknown key \"auditr\"")
replace("11-duplicate-key.yaml", "    year: 2025\n", "    year: 2025\n    year: 2026\n", "duplicate key \"year\"")
replace("12-duplicate-question.yaml", "      - id: Q2\n        section", "      - id: Q1\n        section", "audits[0].questions[1].id: duplicate question id \"Q1\"")
as_json("13-duplicate-recommendation.json", lambda d: a(d)["recommendations"].append(dict(a(d)["recommendations"][0])), "audits[0].recommendations[1].id: duplicate recommendation id \"R1\"")
replace("14-unknown-level.yaml", "            level: nej", "            level: kanske", "audits[0].rounds[0].assessments[1].level: unknown level \"kanske\"")
replace("15-unknown-overall-level.yaml", "overallLevel: delvis", "overallLevel: halvt", "audits[0].overallLevel: unknown level \"halvt\"")
replace("16-impossible-date.yaml", "date: \"2025-01-31\"", "date: \"2025-02-30\"", "audits[0].training[0].date: \"2025-02-30\" is not a date")
replace("17-not-a-leap-year.yaml", "date: \"2024-02-29\"", "date: \"2023-02-29\"", "audits[0].documents[0].date: \"2023-02-29\" is not a date")
replace("18-date-wrong-shape.yaml", "date: \"2025-01-31\"", "date: \"31/1 2025\"", "is not a date")
replace("19-completed-exceeds.yaml", "completed: 40", "completed: 95", "completed (95) + started (10) exceeds employees (100)")
replace("20-negative-count.yaml", "started: 10", "started: -5", "started cannot be negative (-5)")
replace("21-target-over-100.yaml", "targetPercent: 80", "targetPercent: 180", "target must be 0–100 %, not 180")
replace("22-link-unknown-question.yaml", "questions: [Q2]", "questions: [Q2, Q7]", "audits[0].recommendations[0].questions[1]: unknown question \"Q7\"")
replace("23-question-unknown-section.yaml", "        section: \"3.1\"\n        text: \"Följs", "        section: \"9.9\"\n        text: \"Följs", "audits[0].questions[1].section: unknown section \"9.9\"")
replace("24-unknown-status.yaml", "status: not-started", "status: klar", "audits[0].recommendations[0].status")
replace("25-unknown-role.yaml", "role: warn", "role: orange", "audits[0].scale[1].role")
replace("26-second-audit-round.yaml", "    recommendations:\n", "      - id: igen\n        title: \"Igen\"\n        kind: audit\n        assessments: []\n    recommendations:\n", "audits[0].rounds[1].kind: only the first round can be the auditor's")
replace("27-follow-up-without-date.yaml", "    recommendations:\n", "      - id: uppf\n        title: \"Uppföljning\"\n        kind: follow-up\n        assessments: []\n    recommendations:\n", "audits[0].rounds[1].date: a follow-up round needs a date")
replace("28-assessed-twice.yaml", "          - question: Q1\n            level: ja\n", "          - question: Q1\n            level: ja\n          - question: Q1\n            level: nej\n", "question \"Q1\" is assessed twice in this round")
as_json("29-list-instead-of-text.json", lambda d: a(d).__setitem__("title", ["inte", "text"]), "audits[0].title: expected text")
as_json("30-text-instead-of-list.json", lambda d: a(d).__setitem__("criteria", "en mening"), "audits[0].criteria: expected a list")
as_json("31-null-required.json", lambda d: a(d).__setitem__("organisation", None), "audits[0].organisation")
as_json("32-no-audits.json", lambda d: d.__setitem__("audits", []), "the file holds no audit")
as_json("33-duplicate-audits.json", lambda d: d["audits"].append(json.loads(json.dumps(d["audits"][0]))), "audits[1].id: duplicate audit id \"liten-2025\"")
write("34-deep-nesting.json", "{\"format\": \"granska/1\", \"audits\": " + "[" * 100000 + "]" * 100000 + "}", "nested more than 64 levels deep")
write("35-deep-indentation.yaml", "format: granska/1\naudits:\n" + "".join(" " * (2 * i) + "a:\n" for i in range(1, 400)), "nested more than 64 levels deep")
replace("36-huge-field.yaml", "overallAssessment: \"Delvis.\"", "overallAssessment: \"" + "Delvis. " * 20000 + "\"", "audits[0].overallAssessment: text longer than 100000 characters")
# Each list ten copies of the one before, all under keys an audit has: 10^7 values.
keys = ["strategicGoals", "criteria", "documents", "scale", "sections", "questions", "rounds"]
bomb = "format: granska/1\naudits:\n  - id: bomb\n    strategicGoals: &k0 [x, x, x, x, x, x, x, x, x, x]\n"
for n, key in enumerate(keys[1:], start=1):
    bomb += f"    {key}: &k{n} [" + ", ".join([f"*k{n - 1}"] * 10) + "]\n"
write("37-alias-bomb.yaml", bomb, "more than 2000000 values")
write("38-not-a-mapping.yaml", "- just\n- a list\n", "expected a mapping")
write("39-json-trailing-garbage.json", json.dumps(doc) + "\n}}}", "not valid JSON")
as_json("40-json-nul-in-text.json", lambda d: a(d).__setitem__("organisation", "Liten\u0000kommun"), "audits[0].organisation: the text holds a NUL character (U+0000)")
replace("41-yaml-nul-in-text.yaml", "title: \"", "title: \"NUL\\0", "audits[0].title: the text holds a NUL character (U+0000)")
as_json("42-json-huge-integer.json", lambda d: a(d).__setitem__("year", 99999999999999999999), "audits[0].year: the number 99999999999999999999 is too large")
replace("43-yaml-huge-count.yaml", "employees: 100", "employees: 123456789012345678901234567890", "audits[0].training[0].sections[0].employees: the number 123456789012345678901234567890 is too large")
# A raw C1 control: libyaml folds NEL (U+0085) as a line break, JSON keeps it as written.
as_json("44-json-c1-in-text.json", lambda d: a(d).__setitem__("auditor", "Revisions\u0085byrån"), "audits[0].auditor: the control character U+0085")

(out / "EXPECTED.tsv").write_text("".join(f"{n}\t{e}\n" for n, e in sorted(cases)), encoding="utf-8")
print(len(cases), "files")
