#!/usr/bin/env python3
"""Writes the Norwegian (bokmål) locale files of Camunda's four webapps, locales/no.json beside each config.js.

Reads the English locale files shipped in the webjar of the Camunda version in use and translates every label with
oversettelse.tsv (one line per English text: English<TAB>bokmål, JSON string escapes). A text with no translation
stops the script and is listed, so a Camunda upgrade cannot leave English behind unnoticed:

    python3 scripts/camunda-norsk/lag-lokaler.py [path/to/camunda-webapp-webjar-<version>.jar]

The translations themselves are written by people; the script only places them.
"""
import glob
import json
import os
import re
import sys
import zipfile

HER = os.path.dirname(os.path.abspath(__file__))
PROSJEKT = os.path.dirname(os.path.dirname(HER))
UT = os.path.join(PROSJEKT, "src/main/resources/META-INF/resources/webjars/camunda/app")
APPER = ["welcome", "tasklist", "cockpit", "admin"]

# moment.js settings for Norwegian dates: 08.01.2025, 8. januar 2025 kl. 09:00, «for 5 dager siden».
DATOER = {
    "calendar": {"lastDay": "[i går kl.] LT", "lastWeek": "[forrige] dddd [kl.] LT", "nextDay": "[i morgen kl.] LT",
                 "nextWeek": "dddd [kl.] LT", "sameDay": "[i dag kl.] LT", "sameElse": "L"},
    "longDateFormat": {"L": "DD.MM.YYYY", "LL": "D. MMMM YYYY", "LLL": "D. MMMM YYYY [kl.] HH:mm",
                       "LLLL": "dddd D. MMMM YYYY [kl.] HH:mm", "LT": "HH:mm"},
    "months": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
               "november", "desember"],
    "monthsShort": ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    "relativeTime": {"M": "én måned", "MM": "%d måneder", "d": "én dag", "dd": "%d dager", "future": "om %s",
                     "h": "én time", "hh": "%d timer", "m": "ett minutt", "mm": "%d minutter", "past": "for %s siden",
                     "s": "noen sekunder", "y": "ett år", "yy": "%d år"},
    "week": {"dow": 1, "doy": 4},
    "weekdays": ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
    "weekdaysMin": ["sø", "ma", "ti", "on", "to", "fr", "lø"],
    "weekdaysShort": ["søn.", "man.", "tir.", "ons.", "tor.", "fre.", "lør."],
}


def webjar():
    if len(sys.argv) > 1:
        return sys.argv[1]
    funnet = sorted(glob.glob(os.path.expanduser(
        "~/.m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar/*/camunda-webapp-webjar-*.jar")))
    if not funnet:
        sys.exit("Fant ikke camunda-webapp-webjar i ~/.m2; kjør ./mvnw package først eller oppgi stien.")
    return funnet[-1]


def oversettelser():
    tabell = {}
    with open(os.path.join(HER, "oversettelse.tsv"), encoding="utf-8") as f:
        for nr, linje in enumerate(f, 1):
            linje = linje.rstrip("\n")
            if not linje:
                continue
            en, fane, no = linje.partition("\t")
            if not fane:
                sys.exit(f"oversettelse.tsv linje {nr}: mangler tabulator")
            tabell[json.loads('"' + en + '"')] = json.loads('"' + no + '"')
    return tabell


def plassholdere(tekst):
    return sorted(p.replace(" ", "") for p in re.findall(r"\{\{[^}]*\}\}|\{\}", tekst))


def main():
    tabell = oversettelser()
    mangler = []
    with zipfile.ZipFile(webjar()) as jar:
        for app in APPER:
            kilde = f"META-INF/resources/webjars/camunda/app/{app}/locales/en.json"
            engelsk = json.loads(jar.read(kilde).decode("utf-8-sig"))
            norsk = {}
            if "dateLocales" in engelsk:
                norsk["dateLocales"] = DATOER
            etiketter = {}
            for nokkel, tekst in engelsk["labels"].items():
                if tekst not in tabell:
                    mangler.append(f"{app}: {nokkel} = {tekst!r}")
                    continue
                oversatt = tabell[tekst]
                if plassholdere(oversatt) != plassholdere(tekst):
                    sys.exit(f"{app}: {nokkel}: plassholderne i «{oversatt}» passer ikke med «{tekst}»")
                etiketter[nokkel] = oversatt
            norsk["labels"] = etiketter
            mappe = os.path.join(UT, app, "locales")
            os.makedirs(mappe, exist_ok=True)
            with open(os.path.join(mappe, "no.json"), "w", encoding="utf-8") as ut:
                json.dump(norsk, ut, ensure_ascii=False, indent=2)
                ut.write("\n")
    if mangler:
        sys.exit("Uten oversettelse i oversettelse.tsv:\n  " + "\n  ".join(mangler))


if __name__ == "__main__":
    main()
