#!/usr/bin/env python3
"""Writes src/Supervision.Reporting/Serialization/round-v1.schema.json, the JSON Schema of the round
format (DESIGN §4). The vocabularies are listed once here; a test checks them against the library's."""
import json, pathlib

V = {
 "unitKind": "city county district town township subdistrict village community checkpoint hospital school market enterprise department other",
 "composition": "room-group-locality inspection-office stationed-group locality other",
 "method": "unannounced covert scheduled document-review interview remote",
 "source": "inspection public-report referral self-inspection data-analysis",
 "findingKind": "violation service",
 "severity": "minor general serious major",
 "mode": "immediate time-limited ongoing",
 "status": "open in-progress rectified closed",
 "form": "reminder-talk criticism-education ordered-self-examination admonishment circulated-criticism "
         "party-warning party-serious-warning gov-warning gov-demerit gov-major-demerit gov-downgrade "
         "suspension-for-inspection position-adjustment ordered-resignation removal-from-post demotion "
         "removal-from-party-posts party-probation expulsion-from-party gov-removal gov-dismissal transfer-to-judiciary",
 "responsibility": "direct main-leadership important-leadership",
 "disclosure": "full masked hidden",
 "eventKind": "meeting deployment guidance notice report other",
}

def enum(name): return {"$ref": f"#/$defs/{name}"}
def s(maxlen=200): return {"type": "string", "maxLength": maxlen}
ID = {"$ref": "#/$defs/id"}
DATE = {"$ref": "#/$defs/date"}
def ids(): return {"type": "array", "items": ID}
def obj(props, required):
    return {"type": "object", "additionalProperties": False, "required": required, "properties": props}

defs = {k: {"enum": v.split()} for k, v in V.items()}
defs["id"] = {"type": "string", "minLength": 1, "maxLength": 200}
defs["date"] = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "description": "A calendar date, YYYY-MM-DD."}
defs["rectification"] = obj({
    "assignedOn": DATE, "deadline": DATE, "workingDays": {"type": "integer", "minimum": 1},
    "mode": enum("mode"), "measures": s(20000), "owner": ID, "status": enum("status"),
    "progress": {"type": "array", "items": obj({"date": DATE, "status": enum("status"), "note": s(20000)}, ["date", "status"])},
    "completedOn": DATE, "closedOn": DATE,
    "extensions": {"type": "array", "items": obj({"grantedOn": DATE, "newDeadline": DATE, "reason": s(20000)}, ["grantedOn", "newDeadline"])},
    "evidence": {"type": "array", "items": obj({"title": {"type": "string", "minLength": 1, "maxLength": 200}, "file": s(), "date": DATE}, ["title"])},
    "verification": obj({"by": {"type": "string", "minLength": 1, "maxLength": 200}, "on": DATE, "note": s(20000)}, ["by", "on"]),
}, ["assignedOn", "status"])
defs["rectification"]["not"] = {"required": ["deadline", "workingDays"]}
defs["finding"] = obj({
    "id": ID, "inspection": ID, "source": enum("source"), "foundOn": DATE, "unit": ID, "responsibleUnit": ID,
    "responsiblePeople": ids(), "supervisingLeader": ID, "leadOffice": ID, "category": ID, "focusArea": ID, "severity": enum("severity"),
    "kind": enum("findingKind"), "summary": {"type": "string", "minLength": 1, "maxLength": 500},
    "description": s(20000), "rectification": {"$ref": "#/$defs/rectification"},
}, ["id", "foundOn", "category", "summary"])
defs["finding"]["if"] = {"not": {"properties": {"kind": {"const": "service"}}, "required": ["kind"]}}
defs["finding"]["then"] = {"required": ["rectification"]}

schema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://supervision-reporting.github.io/schema/round-v1.schema.json",
  "title": "Supervision round, format version 1",
  "description": "A supervision round (专项监督): inspections, findings, rectification and accountability. "
                 "Semantic rules (references resolve, ids unique, date order, status consistent with dates) are checked by the library, not by this schema.",
  "type": "object", "additionalProperties": False,
  "required": ["formatVersion", "id", "title", "authority", "period"],
  "properties": {
    "formatVersion": {"const": 1},
    "id": ID, "title": s(), "authority": s(),
    "timeZone": {"type": "string", "default": "Asia/Shanghai"},
    "period": obj({"start": DATE, "end": DATE}, ["start", "end"]),
    "notes": s(20000),
    "focusAreas": {"type": "array", "items": obj({"code": ID, "title": s()}, ["code", "title"])},
    "categories": {"type": "array", "items": obj({"code": ID, "title": s()}, ["code", "title"])},
    "units": {"type": "array", "items": obj({"id": ID, "name": s(), "kind": enum("unitKind"), "parent": ID, "divisionCode": s()}, ["id", "name"])},
    "people": {"type": "array", "items": obj({"id": ID, "name": s(), "surname": s(), "position": s(), "unit": ID,
                                               "partyMember": {"type": "boolean"}, "disclosure": enum("disclosure")}, ["id", "name"])},
    "groups": {"type": "array", "items": obj({"id": ID, "name": s(), "composition": enum("composition"), "leader": s(),
                                               "members": {"type": "array", "items": s()}, "areas": ids()}, ["id", "name"])},
    "inspections": {"type": "array", "items": obj({"id": ID, "group": ID, "date": DATE, "units": {"type": "array", "items": ID, "minItems": 1},
                                                    "method": enum("method"), "notes": s(20000)}, ["id", "group", "date", "units", "method"])},
    "findings": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
    "measures": {"type": "array", "items": obj({"id": ID, "person": ID, "findings": ids(), "form": enum("form"), "decidedOn": DATE,
                                                 "decidedBy": s(), "responsibility": enum("responsibility"), "notes": s(20000)}, ["id", "person", "form", "decidedOn"])},
    "notices": {"type": "array", "items": obj({"id": ID, "title": s(), "publishedOn": DATE, "findings": ids()}, ["id", "title", "publishedOn"])},
    "caseFilings": {"type": "array", "items": obj({"id": ID, "person": ID, "findings": ids(), "filedOn": DATE, "filedBy": s(),
                                                    "notes": s(20000)}, ["id", "person", "filedOn"])},
    "events": {"type": "array", "items": obj({"date": DATE, "kind": enum("eventKind"), "title": s()}, ["date", "title"])},
  },
  "$defs": defs,
}
out = pathlib.Path(__file__).resolve().parents[2] / "src/Supervision.Reporting/Serialization/round-v1.schema.json"
out.write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(out)
