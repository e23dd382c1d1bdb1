"""Prints Chancery, spaCy and dateparser side by side from their reports and timings.

Usage: table.py NAME CHANCERY.json SPACY_REPORT.json DATEPARSER_REPORT.json TIMINGS.json
"""
import json
import sys

name, chancery_path, spacy_path, dateparser_path, timings_path = sys.argv[1:6]
chancery = json.load(open(chancery_path))
spacy_report = json.load(open(spacy_path))["fields"]
dateparser_report = json.load(open(dateparser_path))["fields"]
timings = json.load(open(timings_path))
words = timings["words"]


def f1(report, field):
    return report.get(field, {}).get("f1")


def cell(value):
    return "     -" if value is None else f"{value:6.3f}"


print(f"\n{name}: {chancery['documents']} documents, {words} words (one core)")
print(f"{'':22}{'persons F1':>11}{'places F1':>11}{'dates F1':>11}{'words/s':>12}{'vs spaCy':>10}")
spacy_rate = words / timings["spacy_seconds"]
rows = [
    ("Chancery", chancery["f1"].get("persons"), chancery["f1"].get("places"), chancery["f1"].get("dates_in_text"), chancery["wordsPerSecond"]),
    (f"spaCy {timings['spacy_version']} sm", f1(spacy_report, "persons"), f1(spacy_report, "places"), None, spacy_rate),
    ("dateparser search_dates", None, None, f1(dateparser_report, "dates_in_text"), words / timings["dateparser_seconds"]),
]
for label, persons, places, dates, rate in rows:
    print(f"{label:22}{cell(persons):>11}{cell(places):>11}{cell(dates):>11}{rate:12.0f}{rate / spacy_rate:9.1f}x")
