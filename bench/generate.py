#!/usr/bin/env python3
"""Synthetic Granska databases for the benchmark, at three sizes.

    python3 bench/generate.py SIZE OUT.sqlite [--binary PATH] [--json FILE] [--csv FILE]

SIZE is small, medium or large:

  small   the built-in Tranemo audit (exported by the binary, then imported)
  medium  50 audits, ~1 000 questions, 2 000 recommendations, 20 000 history rows,
          30 training sections
  large   500 audits, ~10 000 questions, 20 000 recommendations, 200 000 history rows,
          300 training sections

The database is built the way a user would build it: the audits are written
to an interchange JSON file (docs/FORMAT.md) and loaded with
`granska import FILE --db OUT` into a new database. The import writes one
history row per audit; the rest of the history is the generator's shortcut:
it is inserted straight into the `history` table with Python's sqlite3, in
the same shape the store writes (entity, entityId, field, old, new), spread
over the audits in proportion to their recommendations and consistent with
the audits' final state (a recommendation's last status change ends in its
status, and so on). The import rows get fixed timestamps too, so the same
command always gives the same data (seeded random numbers; no clock).

The dashboard opens the FIRST audit in the database, so the first audit is
made representative of the size: in the large set it has 400 questions,
800 recommendations and one training snapshot with all 300 sections (the
other audits have no training data); in the medium set 40 questions, 80
recommendations and 30 sections.
"""

import argparse
import datetime as dt
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile

# Bump when the generated data changes: run.py keys its cache on it.
GENERATOR_VERSION = 1
SEED = 20261129

SIZES = {
    # audits, questions, recommendations, history rows, training sections,
    # and the first audit's questions and recommendations.
    "medium": dict(audits=50, questions=1000, recommendations=2000, history=20000,
                   training=30, first_questions=40, first_recommendations=80),
    "large": dict(audits=500, questions=10000, recommendations=20000, history=200000,
                  training=300, first_questions=400, first_recommendations=800),
}

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_BINARY = os.path.join(REPO, ".build-bench", "release", "granska")

# ---------------------------------------------------------------- Swedish text

MUNICIPALITIES = [
    "Tranemo", "Ulricehamn", "Borås", "Mark", "Svenljunga", "Herrljunga", "Vårgårda",
    "Bollebygd", "Alingsås", "Gislaved", "Gnosjö", "Vaggeryd", "Värnamo", "Jönköping",
    "Falköping", "Tidaholm", "Skövde", "Hjo", "Tibro", "Karlsborg", "Mariestad", "Töreboda",
    "Gullspång", "Götene", "Lidköping", "Skara", "Vara", "Essunga", "Grästorp", "Trollhättan",
    "Vänersborg", "Lilla Edet", "Ale", "Kungälv", "Stenungsund", "Tjörn", "Orust", "Lysekil",
    "Uddevalla", "Munkedal", "Sotenäs", "Tanum", "Strömstad", "Dals-Ed", "Bengtsfors",
    "Åmål", "Mellerud", "Färgelanda", "Partille", "Lerum", "Härryda", "Mölndal", "Kungsbacka",
    "Varberg", "Falkenberg", "Halmstad", "Hylte", "Laholm", "Tidaholm", "Habo", "Mullsjö",
]

TOPICS = [
    ("informationssakerhet", "Granskning av informations- och IT-säkerhetsarbetet"),
    ("dataskydd", "Granskning av kommunens arbete med dataskydd"),
    ("it-drift", "Granskning av IT-driften och dess kontinuitet"),
    ("upphandling", "Granskning av upphandling och avtalsuppföljning inom IT"),
    ("intern-kontroll", "Granskning av den interna kontrollen"),
    ("behorigheter", "Granskning av behörighetshantering i verksamhetssystem"),
    ("it-styrning", "Granskning av IT-styrning och digitalisering"),
    ("kontinuitet", "Granskning av krisberedskap och kontinuitetsplanering"),
    ("arkiv", "Granskning av arkiv- och dokumenthantering"),
    ("leverantorer", "Granskning av styrningen av externa IT-leverantörer"),
]

AUDITORS = ["KPMG", "EY", "PwC", "Deloitte", "Grant Thornton"]

SECTION_TITLES = [
    "Styrande dokument och mål", "Organisation", "Avtalssamverkan och IT-stöd",
    "Säkerhetskultur och utbildning", "Informationsklassning och riskanalys",
    "Incidenthantering", "Uppföljning och intern kontroll", "Behörighetshantering",
    "Kontinuitet och beredskap", "Leverantörsstyrning", "Teknisk säkerhet och övervakning",
    "Dataskydd och personuppgiftsbehandling", "Arkiv och dokumenthantering",
    "Upphandling och avtal", "Systemförvaltning", "Rapportering till kommunstyrelsen",
    "Nämndernas ansvar", "Kommunala bolag", "Fysisk säkerhet", "Säkerhetsskydd",
]

ACTORS = [
    "kommunstyrelsen", "kommunledningen", "sektionerna", "nämnderna", "IT-avdelningen",
    "informationssäkerhetssamordnaren", "förvaltningen", "de kommunala bolagen",
    "systemförvaltarna", "verksamheterna", "dataskyddsombudet", "IT-styrgruppen",
]

THINGS = [
    "handlingsplaner för informationssäkerhetsmålen", "en aktuell riskanalys",
    "informationsklassningar av verksamhetssystemen", "en rutin för incidenthantering",
    "en kontinuitetsplan för kritiska IT-system", "en förteckning över behandlingar av personuppgifter",
    "en ändamålsenlig behörighetsstruktur", "dokumenterade systemförvaltningsplaner",
    "en plan för informationssäkerhetsutbildning", "avtal om extern drift av IT-system",
    "en tydlig ansvarsfördelning", "rutiner för logguppföljning", "en process för säkerhetskopiering",
    "en aktuell informationssäkerhetspolicy", "krav på leverantörernas säkerhetsåtgärder",
    "rapportering av avvikelser till kommunstyrelsen", "teknisk övervakning av IT-infrastrukturen",
    "en systematisk uppföljning av personuppgiftsincidenter", "en beslutad klassningsmodell",
    "kontroller av privilegierade konton", "en plan för återläsning av säkerhetskopior",
]

AREAS = [
    "inom samtliga verksamheter", "för förtroendevalda", "inom äldreomsorgen",
    "inom skolan och förskolan", "inom socialtjänsten", "för de kommunala bolagen",
    "i samverkan med grannkommunerna", "för verksamhetskritiska system", "på kommunövergripande nivå",
    "inom samhällsbyggnad", "i ekonomi- och lönesystemen", "för e-tjänsterna",
]

QUESTION_TEMPLATES = [
    "Finns {thing} {area}?",
    "Har {actor} säkerställt att det finns {thing} {area}?",
    "Följer {actor} upp {thing} på ett systematiskt sätt?",
    "Är {thing} kända och tillämpade {area}?",
    "Har åtgärder vidtagits för att stärka arbetet med {thing} {area}?",
    "Rapporteras brister i {thing} till {actor}?",
    "Är ansvaret för {thing} tydliggjort {area}?",
    "Sker uppföljning av {thing} minst en gång per år?",
]

REC_TEMPLATES = [
    "Upprätta {thing} {area}.",
    "Tillse att {actor} tar fram {thing} {area}.",
    "Säkerställa att {thing} följs upp årligen {area}.",
    "Fortsätta verka för att arbetet med {thing} systematiseras ytterligare.",
    "Tillse att {actor} rapporterar {thing} till kommunstyrelsen.",
    "Säkerställa att leverantörer som står för extern drift vidtar adekvata åtgärder avseende {thing}.",
    "Utveckla {thing} så att kraven i styrande dokument uppfylls {area}.",
    "Dokumentera {thing} och förse handlingarna med datum för upprättande.",
]

OBSERVATION_SENTENCES = [
    "Vi har i granskningen tagit del av {thing} och intervjuat företrädare för {actor}.",
    "Av intervjuerna framgår att {actor} arbetat målmedvetet med frågorna de senaste åren.",
    "Det saknas dock {thing} {area}, vilket uttrycks som en utmaning.",
    "Enligt riktlinjen ska {actor} årligen redovisa {thing} till kommunstyrelsen.",
    "Vi har inte tagit del av några formella beslut som rör {thing}.",
    "Arbetet med {thing} beskrivs som pågående och förväntas vara klart under nästa år.",
    "I dokumentationen framgår inte när {thing} senast reviderades.",
    "Ansvaret för {thing} ligger enligt delegationsordningen hos {actor}.",
    "Uppföljningen sker i dag muntligt och dokumenteras inte i protokollen.",
    "Flera verksamheter uppger att de saknar stöd i arbetet med {thing}.",
]

ASSESSMENT_SENTENCES = [
    "Vi bedömer att {actor} delvis har säkerställt {thing}.",
    "Vi bedömer att det finns {thing}, men att tillhörande handlingsplaner saknas.",
    "Avsaknaden av {thing} är en brist som riskerar att försvåra uppföljningen.",
    "Sammantaget bedömer vi att arbetet inte kan betraktas som fullt ut systematiskt.",
    "Vi bedömer att {actor} har skapat förutsättningar för ett systematiskt arbete.",
]

ROLES = [
    "Kommunchef", "IT-chef", "Informationssäkerhetssamordnare", "Dataskyddsombud",
    "Säkerhetschef", "Ekonomichef", "HR-chef", "Sektorchef Lärande", "Sektorchef Omsorg",
    "Sektorchef Samhälle", "Kanslichef", "Arkivarie", "Upphandlingschef", "Systemförvaltare",
]

ACCOUNTS = [
    "anna.l", "erik.s", "maria.k", "johan.b", "sara.n", "lars.p", "karin.h", "mats.o",
    "eva.g", "anders.w", "lena.j", "peter.f", "infosak", "kansli", "it-drift",
]

ACTIONS = [
    "Handlingsplan tas fram och beslutas i kommunstyrelsen",
    "Utbildningsinsats planeras till hösten",
    "Rutinen revideras och förankras i ledningsgruppen",
    "Uppdrag ges till IT-avdelningen att ta fram underlag",
    "Arbetet samordnas i informationssäkerhetsgruppen",
    "Avtalen ses över vid nästa förlängning",
    "Klassningar genomförs för samtliga verksamhetskritiska system",
    "Rapportering införs i årshjulet för intern kontroll",
    "Upphandling av övervakningstjänst påbörjas",
    "Uppföljningen dokumenteras i kommunstyrelsens protokoll",
]

NOTE_TEXTS = [
    "Beslut i KS", "Dragning i ledningsgruppen", "Avstämning med revisorerna",
    "Underlag skickat till nämnden", "Försenat på grund av resursbrist",
    "Leverantören har lämnat svar", "Utbildningen genomförd för chefer",
    "Ärendet återremitterat", "Ny ansvarig utsedd", "Delrapport lämnad",
]

PLACES = [
    "Dalstorp", "Limmared", "Ljungsarp", "Grimsås", "Uddebo", "Länghem", "Sjötofta",
    "Ambjörnarp", "Månstad", "Hulared", "Nittorp", "Ölsremma", "Mossebo", "Hökerum",
    "Gällstad", "Dalum", "Timmele", "Blidsberg", "Trädet", "Vegby", "Svenljunga", "Fritsla",
    "Kinna", "Skene", "Horred", "Björketorp", "Rydboholm", "Viskafors", "Sandared", "Dalsjöfors",
]
UNITS = [
    "Förskolan", "Skolan", "Hemtjänsten", "Äldreboendet", "Gruppbostaden", "Fritidsgården",
    "Biblioteket", "Vårdcentralen", "Räddningstjänsten", "Kostenheten", "Fastighetsenheten",
    "Socialkontoret",
]

SCALE = [
    {"id": "ja", "label": "Ja", "role": "good"},
    {"id": "i-allt-vasentligt", "label": "I allt väsentligt", "role": "fair"},
    {"id": "delvis", "label": "Delvis", "role": "warn"},
    {"id": "nej", "label": "Nej", "role": "bad"},
    {"id": "ej-bedomd", "label": "Ej bedömd", "role": "none"},
]
LEVELS = ["ja", "i-allt-vasentligt", "delvis", "nej"]

# The history window: the import's rows get IMPORTED as their time, the
# synthetic edits fall after it and before HISTORY_END.
IMPORTED = dt.datetime(2025, 1, 9, 9, 0, 0)
HISTORY_END = dt.datetime(2026, 11, 27, 16, 0, 0)


def ascii_id(text):
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "a", "Ä": "a", "Ö": "o",
                           " ": "-", "é": "e"})
    return text.lower().translate(table)


class Words:
    def __init__(self, rng):
        self.rng = rng

    def fill(self, template):
        r = self.rng
        return template.format(thing=r.choice(THINGS), actor=r.choice(ACTORS), area=r.choice(AREAS))

    def sentence(self, pool):
        text = self.fill(self.rng.choice(pool))
        return text[0].upper() + text[1:]

    def paragraphs(self, pool, count, sentences):
        return "\n\n".join(" ".join(self.sentence(pool) for _ in range(self.rng.randint(*sentences)))
                           for _ in range(count))


def day(d):
    return d.isoformat()


# ---------------------------------------------------------------- audits

def split(total, parts, rng):
    """`total` spread over `parts` integers, each about total/parts."""
    base = [total // parts] * parts
    for i in rng.sample(range(parts), total - sum(base)):
        base[i] += 1
    # some variation, keeping the sum
    for _ in range(parts):
        a, b = rng.randrange(parts), rng.randrange(parts)
        move = rng.randint(0, max(0, base[a] // 4))
        if base[a] - move >= 3:
            base[a] -= move
            base[b] += move
    return base


def make_audit(index, municipality, topic, year, n_questions, n_recs, n_training, words, rng):
    r = rng
    slug, title = topic
    audit_id = f"{ascii_id(municipality)}-{year}-{slug}-{index:03d}"
    n_sections = max(3, min(len(SECTION_TITLES), n_questions // 20 + 3))
    sections = []
    for s in range(n_sections):
        sections.append({
            "id": f"3.{s + 1}",
            "title": SECTION_TITLES[(s + index) % len(SECTION_TITLES)],
            "observations": words.paragraphs(OBSERVATION_SENTENCES, r.randint(3, 7), (2, 5)),
            "assessment": words.paragraphs(ASSESSMENT_SENTENCES, r.randint(1, 3), (1, 3)),
        })
    questions = []
    for q in range(n_questions):
        questions.append({"id": f"Q{q + 1}", "section": sections[q * n_sections // n_questions]["id"],
                          "text": words.sentence(QUESTION_TEMPLATES)})
    audit_round = {
        "id": f"{AUDITORS[index % len(AUDITORS)].lower().replace(' ', '-')}-{year}",
        "title": f"{AUDITORS[index % len(AUDITORS)]} {year}",
        "date": day(dt.date(year, r.randint(3, 11), r.randint(1, 28))),
        "kind": "audit",
        "assessments": [],
    }
    for q in questions:
        a = {"question": q["id"], "level": r.choices(LEVELS, weights=[4, 3, 4, 2])[0]}
        if r.random() < 0.1:
            a["remark"] = words.sentence(ASSESSMENT_SENTENCES)
        audit_round["assessments"].append(a)
    follow_up = {
        "id": f"uppfoljning-{year + 1}",
        "title": f"Uppföljning {year + 1}",
        "date": day(dt.date(year + 1, r.randint(2, 11), r.randint(1, 28))),
        "kind": "follow-up",
        "assessments": [dict(a) for a in audit_round["assessments"]],
    }
    recommendations = []
    for k in range(n_recs):
        linked = sorted({f"Q{r.randint(1, n_questions)}" for _ in range(r.randint(1, 3))},
                        key=lambda s: int(s[1:]))
        recommendations.append({
            "id": f"R{k + 1}", "text": words.sentence(REC_TEMPLATES), "questions": linked,
            "status": "not-started", "evidence": [], "notes": [],
        })
    training = []
    if n_training:
        names, seen = [], set()
        while len(names) < n_training:
            name = f"{r.choice(UNITS)} {r.choice(PLACES)}"
            if name in seen:
                name = f"{name} {len([n for n in names if n.startswith(name)]) + 2}"
            if name not in seen:
                seen.add(name)
                names.append(name)
        sections_t = []
        for name in names:
            employees = r.randint(8, 140)
            completed = r.randint(0, employees)
            started = r.randint(0, employees - completed)
            sections_t.append({"section": name, "employees": employees, "completed": completed,
                               "started": started})
        training.append({
            "date": day(dt.date(year + 1, 5, 1)),
            "source": "HR-systemets export av e-learningutbildningen",
            "targetPercent": 75, "illustrative": False, "sections": sections_t,
        })
    documents = [
        {"title": "Policy för informationssäkerhet och dataskydd", "issuedBy": "Kommunfullmäktige",
         "date": day(dt.date(year - 3, r.randint(1, 12), r.randint(1, 28)))},
        {"title": "Riktlinjer för informationssäkerhet", "issuedBy": "Kommunstyrelsen",
         "date": day(dt.date(year - 2, r.randint(1, 12), r.randint(1, 28))),
         "reference": f"§{r.randint(10, 300)}"},
        {"title": "Ledningens genomgång", "issuedBy": "Informationssäkerhetssamordnaren",
         "note": "Ej daterad"},
    ]
    key_figures = [
        {"id": "it-support-calls", "name": "Samtal till IT-supporten", "value": r.randint(800, 9000),
         "unit": "samtal", "period": f"januari–juni {year}", "source": "Avsnitt 3.3"},
        {"id": "it-support-answered-10s", "name": "Samtal besvarade inom 10 sekunder",
         "value": r.randint(30, 95), "unit": "%", "period": f"januari–juni {year}",
         "source": "Avsnitt 3.3"},
    ]
    audit = {
        "id": audit_id,
        "title": f"{title} — {municipality} {year}" if index else title,
        "organisation": f"{municipality} kommun",
        "auditor": AUDITORS[index % len(AUDITORS)],
        "commissionedBy": f"{municipality} kommuns förtroendevalda revisorer",
        "year": year,
        "purpose": f"Granskningen har syftat till att bedöma om kommunstyrelsen tillsett att "
                   f"{words.fill('{thing}')} finns och följs upp.",
        "overallLevel": r.choice(LEVELS[1:]),
        "overallAssessment": words.paragraphs(ASSESSMENT_SENTENCES, 4, (2, 4)),
        "strategicGoals": [f"Att {words.fill('{actor}')} har {words.fill('{thing}')}"
                           for _ in range(3)],
        "criteria": ["Kommunallagen 6 kap. 6 §", "Tillämpbara interna regelverk, policys och beslut",
                     "Dataskyddsförordningen (GDPR)"],
        "documents": documents,
        "boardReply": {"decisionDate": day(dt.date(year + 1, 2, r.randint(1, 28))),
                       "paragraph": f"§ {r.randint(1, 60)}", "diaryNumber": f"KS {year}/{r.randint(10, 400)}"},
        "scale": SCALE,
        "sections": sections,
        "questions": questions,
        "rounds": [audit_round, follow_up],
        "recommendations": recommendations,
        "training": training,
        "keyFigures": key_figures,
    }
    return audit


# ---------------------------------------------------------------- history

def ts(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def make_history(audit, count, rng, words):
    """`count` history rows for one audit, applied to it in time order, so the
    audit's final state is what its history ends in. Returns (moment, row) pairs."""
    r = rng
    year = audit["year"]
    start = max(IMPORTED + dt.timedelta(days=1), dt.datetime(year + 1, 1, 10, 8, 0, 0))
    span = (HISTORY_END - start).total_seconds()
    moments = sorted(start + dt.timedelta(seconds=r.random() * span) for _ in range(count))
    recs = audit["recommendations"]
    follow_up = audit["rounds"][1]
    snapshot = audit["training"][0] if audit["training"] else None
    rows = []
    aid = audit["id"]
    first = True
    for moment in moments:
        account = r.choice(ACCOUNTS)
        if first:
            # Opening the follow-up round is the first thing anyone does.
            first = False
            rows.append((moment, (account, aid, "round", follow_up["id"], "created", None,
                                  f"{follow_up['title']} {follow_up['date']} "
                                  f"({len(follow_up['assessments'])} assessments)")))
            continue
        kind = r.random()
        if kind < 0.12:
            a = r.choice(follow_up["assessments"])
            new = r.choice([lv for lv in LEVELS if lv != a["level"]])
            rows.append((moment, (account, aid, "assessment", f"{follow_up['id']}/{a['question']}",
                                  "level", a["level"], new)))
            a["level"] = new
            continue
        if snapshot and kind < 0.2:
            s = r.choice(snapshot["sections"])
            room = s["employees"] - s["completed"] - s["started"]
            if room > 0:
                new = s["completed"] + r.randint(1, room)
                rows.append((moment, (account, aid, "training", f"{snapshot['date']}/{s['section']}",
                                      "completed", str(s["completed"]), str(new))))
                s["completed"] = new
                continue
        rec = r.choice(recs)
        rid = rec["id"]
        if "owner" not in rec:
            field, old, new = "owner", None, r.choice(ROLES)
            rec["owner"] = new
        elif rec["status"] == "not-started" and r.random() < 0.15:
            field, old, new = "status", "not-started", "in-progress"
            rec["status"] = new
        elif "dueDate" not in rec or r.random() < 0.15:
            old = rec.get("dueDate")
            base = dt.date.fromisoformat(old) if old else moment.date()
            new = day(base + dt.timedelta(days=r.randint(30, 240)))
            field = "dueDate"
            rec["dueDate"] = new
        elif "plannedAction" not in rec or r.random() < 0.1:
            field, old, new = "plannedAction", rec.get("plannedAction"), r.choice(ACTIONS)
            if old == new:
                new = new + "; uppdaterad"
            rec["plannedAction"] = new
        elif rec["status"] == "in-progress" and r.random() < 0.08:
            field, old, new = "status", "in-progress", r.choices(["done", "not-applicable"], [9, 1])[0]
            rec["status"] = new
        elif len(rec["evidence"]) >= 3 or r.random() < 0.6:
            note = {"date": day(moment.date()), "author": account, "text": r.choice(NOTE_TEXTS)}
            rec["notes"].append(note)
            field, old, new = "note", None, f"{note['date']} {account} {note['text']}"
        else:
            old = "\n".join(rec["evidence"]) or None
            rec["evidence"].append(f"KS {moment.year}/{r.randint(10, 400)}")
            field, new = "evidence", "\n".join(rec["evidence"])
        rows.append((moment, (account, aid, "recommendation", rid, field, old, new)))
    return rows


# ---------------------------------------------------------------- building

def run(cmd, **kw):
    result = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if result.returncode != 0:
        sys.exit(f"generate.py: {' '.join(cmd)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def builtin_document(binary):
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HOME=tmp, XDG_DATA_HOME=tmp)
        env.pop("GRANSKA_DB", None)
        text = run([binary, "export", "--format", "json", "--db", os.path.join(tmp, "seed.sqlite")],
                   env=env)
    return json.loads(text)


def synthetic_document(size):
    p = SIZES[size]
    rng = random.Random(f"{SEED}-{size}")
    words = Words(rng)
    n = p["audits"]
    questions = [p["first_questions"]] + split(p["questions"] - p["first_questions"], n - 1, rng)
    recs = [p["first_recommendations"]] + split(p["recommendations"] - p["first_recommendations"],
                                                n - 1, rng)
    audits = []
    for i in range(n):
        municipality = "Tranemo" if i == 0 else rng.choice(MUNICIPALITIES)
        topic = TOPICS[0] if i == 0 else rng.choice(TOPICS)
        year = 2024 if i == 0 else rng.randint(2018, 2025)
        audits.append(make_audit(i, municipality, topic, year, questions[i], recs[i],
                                 p["training"] if i == 0 else 0, words, rng))
    # History: the import writes one row per audit; the rest are generated here,
    # spread in proportion to the recommendations.
    extra = p["history"] - n
    shares = [extra * k // p["recommendations"] for k in recs]
    for i in rng.sample(range(n), extra - sum(shares)):
        shares[i] += 1
    history = []
    for audit, count in zip(audits, shares):
        history.extend(make_history(audit, count, rng, words))
    history.sort(key=lambda pair: pair[0])
    return {"format": "granska/1", "audits": audits}, history


def generate(size, out, binary, json_path=None, csv_path=None):
    if not os.access(binary, os.X_OK):
        sys.exit(f"generate.py: no granska binary at {binary}; build it with\n"
                 f"  swift build -c release --product granska --scratch-path .build-bench\n"
                 f"or pass --binary PATH")
    if os.path.exists(out):
        os.remove(out)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(out + suffix):
            os.remove(out + suffix)
    if size == "small":
        document, history = builtin_document(binary), []
    else:
        document, history = synthetic_document(size)
    keep_json = json_path is not None
    json_path = json_path or out + ".import.json"
    with open(json_path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=1, sort_keys=True)
    env = dict(os.environ)
    env.pop("GRANSKA_DB", None)
    run([binary, "import", json_path, "--db", out], env=env)
    db = sqlite3.connect(out)
    with db:
        # Fixed times for the import's own rows, before every generated edit.
        db.execute("UPDATE history SET at = ?, account = 'infosak', newValue = ? WHERE field = 'import'",
                   (ts(IMPORTED), f"granska-{size}.json"))
        db.executemany(
            "INSERT INTO history (at, account, auditId, entity, entityId, field, oldValue, newValue) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ((ts(moment),) + row for moment, row in history))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("audit", "question", "recommendation", "history", "trainingCount", "note")}
    first = db.execute("SELECT id, title FROM audit ORDER BY position LIMIT 1").fetchone()
    counts["first_audit"] = first[0]
    counts["first_audit_questions"] = db.execute(
        "SELECT COUNT(*) FROM question WHERE auditId = ?", (first[0],)).fetchone()[0]
    counts["first_audit_recommendations"] = db.execute(
        "SELECT COUNT(*) FROM recommendation WHERE auditId = ?", (first[0],)).fetchone()[0]
    db.close()
    if not keep_json:
        os.remove(json_path)
    if csv_path:
        run([binary, "export", "--format", "csv", "--table", "recommendations", "--db", out,
             "-o", csv_path], env=env)
    counts["bytes"] = os.path.getsize(out)
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("size", choices=["small", "medium", "large"])
    ap.add_argument("out", help="the database file to create (replaced if it exists)")
    ap.add_argument("--binary", default=os.environ.get("GRANSKA_BIN", DEFAULT_BINARY),
                    help="the granska binary (default: .build-bench/release/granska)")
    ap.add_argument("--json", help="keep the interchange file that was imported here")
    ap.add_argument("--csv", help="also write the recommendations as CSV here")
    args = ap.parse_args()
    counts = generate(args.size, args.out, os.path.abspath(args.binary), args.json, args.csv)
    print(f"{args.size}: {args.out}")
    for key, value in counts.items():
        print(f"  {key:28} {value}")


if __name__ == "__main__":
    main()
