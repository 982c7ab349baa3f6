"""A plan that stresses a document's layout: long names, 60 activities, pipes and backticks,
three years. Shared by the browser test and the Word test."""

from __future__ import annotations

import datetime as dt

LONG = "Ouderen van vijfenzeventig jaar en ouder die thuis wonen in de wijken Noord en Zuid"
WORD = "Onafhankelijkheidsverklaringsondertekeningsceremonie" * 3  # one word, no spaces


def hostile_plan_yaml() -> str:
    lines = [
        "formaat: 1",
        'titel: "Plan | met `backticks` en **sterren** <b>geen HTML</b> ' + WORD + '"',
        "organisatie: Stichting | Pijp & Co <script>alert(1)</script>",
        'auteur: "`rm -rf` & de | projectgroep"',
        'versie: "3.0 | ``"',
        "periode: {start: 2025-01-01, eind: 2027-12-31}",
        "interventie:",
        f"  naam: Buurt | Hulp `code` {WORD}",
        "  probleem: Een | pijp en `code` en een heel lang woord " + WORD,
        "doelgroepen:",
        f"  - {{id: ouderen, naam: {LONG}, type: profijtgroep}}",
        f"  - {{id: vrijwilligers, naam: '{LONG} | vrijwilligers `x`', type: gebruikers}}",
        "factoren:",
        "  - {item: org.commitment, oordeel: belemmerend, toelichting: 'MT | twijfelt `x`'}",
        "fasen:",
    ]
    phases = ["weten", "begrijpen", "willen", "doen", "blijven_doen"]
    start = dt.date(2025, 1, 6)
    for p, phase in enumerate(phases):
        lines.append(f"  {phase}:")
        for i in range(12):
            n = p * 12 + i
            begin = start + dt.timedelta(days=17 * n)
            one_day = n % 5 == 0
            end = begin if one_day else begin + dt.timedelta(days=30 + 9 * (n % 7))
            status = ["gepland", "bezig", "gereed"][n % 3]
            what = f"Activiteit {n} | met `code` en een lange omschrijving die maar doorgaat {WORD}"
            lines.append(
                f"    - {{id: A{n}, wat: '{what}', start: {begin}, eind: {end}, "
                f"status: {status}, doelgroepen: [ouderen, vrijwilligers], wie: 'Team | `x`'}}"
            )
    lines += [
        "begroting:",
        "  posten:",
        "    - {wat: 'Training | `x`', bedrag: 12500.5, jaar: 2025, bron: 'gemeente | x'}",
        "    - {wat: Campagne, bedrag: 4000, jaar: 2026}",
        "    - {wat: Evaluatie, bedrag: 9999, jaar: 2027, bron: fonds}",
        "  uren:",
        "    - {wie: projectleider, uren_per_week: 12.5}",
    ]
    return "\n".join(lines) + "\n"


DATED_ACTIVITIES = 60
