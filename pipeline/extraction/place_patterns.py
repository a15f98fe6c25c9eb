"""What places, venues and opening phrases look like in a signing sentence.

Regular expressions that :func:`pipeline.extraction.context.pick_location` reads: a place
named with "in", a venue named with "at" or "aboard", and the opening phrases of a
sentence whose place is, or is not, where its signing happened.
"""

from __future__ import annotations

import re

from ..calendar_names import MONTH_NAMES, WEEKDAY_NAMES

#: A place named with "in": capitalised words and the particles of place names ("Ciudad
#: del Este", "Dar es Salaam"), not a date's month after them ("in Jakarta March 5-6").
PLACE = re.compile(
    r"\b[Ii]n\s+((?:[A-Z][\w'’.-]*)"
    rf"(?:\s+(?:(?!(?:{'|'.join(MONTH_NAMES)})\s+\d)[A-Z][\w'’.-]*"
    r"|(?:de|del|da|do|dos|das|la|las|los|el|es|of|upon)\b))*"
    r"(?:,\s+(?:D\.C\.|DC|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*))?)"
)
#: "signed at Praia on March 14", "signed the agreement at Camp Aguinaldo": a venue or
#: place after "at", within the verb's object (words only, no comma between).
AT_PLACE = re.compile(
    r"(?:[\w'’-]+\s+){1,10}?at\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})"
    r"(?=\s+(?:on|in|last|this|earlier|and)\b|[,.;](?:\s|$)|$)"
)
#: The last word of a building's name: "at United Nations Headquarters in New York".
BUILDING = re.compile(r"\b(?:Headquarters|Center|Centre|Building|Hall|House|Palace|Residence)$")
#: A school's campus named with "at": "the University of Texas at San Antonio" is a party.
CAMPUS = re.compile(
    r"\b(?:University|College|Institute|School)\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+at\s+$"
)
#: A day named right after an opening place, before its comma ("In Nairobi on Tuesday,").
DAY_THEN_COMMA = re.compile(
    r"\s+(?:on\s+[A-Z]\w+(?:\s+\d{1,2}(?:,\s+\d{4})?)?|yesterday|today"
    # Day first, as embassies abroad write it: "In Dili on 26 April 2024,", "on 14th March,".
    r"|on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]\w+(?:,?\s+\d{4})?"
    r"|this\s+(?:morning|afternoon|week)|last\s+\w+)\s*,"
)
#: The rest of a sentence's opening phrase after its place, up to its comma: phrases of
#: when or on what occasion, no verb ("In Nairobi in September,", "In Jakarta March 5-6,").
OPENING_TAIL = re.compile(
    r"\s+(?:(?:on|in|at|during)\s+(?:(?!\b[a-z]+(?:ed|ing)\b)[^,;.]){1,80}?"
    r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:[-–]\d{1,2})?(?:,\s+\d{4})?),"
)
#: An opening phrase of talk, whose place is where someone spoke, not signed, when the
#: signing names a place of its own: "At a press conference in Bogotá on Monday, the
#: President praised the agreement ... signed in Cartagena".
TALK_OPENING = re.compile(
    r"(?:At|During|In)\s+(?:a|an|the|his|her|their|today['’]s)\s+(?:[\w-]+\s+){0,2}"
    r"(?:press\s+conference|news\s+conference|press\s+briefing|briefing|interview|speech"
    r"|address|remarks)\s+$"
)
CEREMONY_OPENING = re.compile(
    r"(?:At|During|In|On)\s+(?:a|an|the|today['’]s)\s+[^,;]*?"
    r"\b(?i:ceremony|signing|summit|sidelines|margins|meeting|dialogue|visit|conference)\b[^,;]*,"
)
#: A room or building where signings take place: "in the Oval Office", "in the Treaty Room".
VENUE = re.compile(
    r"\b[Ii]n\s+the\s+((?:[A-Z][\w'’.-]*\s+){1,3}(?:Office|Room|Hall|Garden|Palace|Chamber))\b"
)
#: A building "at the ..." where a signing takes place, when no city is named: "signed ...
#: at the White House on Thursday", "At the Akasaka Palace on Monday, ...", "at the
#: Kennedy Space Center", "at NOAA headquarters", and head first: "at the Port of Los
#: Angeles", "at the Palacio Nacional".
AT_VENUE = re.compile(
    r"\b(?:[Aa]t|[Aa]board|[Oo]n\s+board)\s+(?:the\s+)?((?:White\s+House|Pentagon|Capitol)\b"
    # a ship: "aboard the USS Ronald Reagan"
    r"|(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|JS|ROKS|INS|BRP|KRI)\s+[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,2}"
    r"|(?:[A-Z][\w'’.-]*\s+){1,3}(?:Palace|House|Building|Hall|Room|Residence|Castle"
    r"|Center|Centre|Headquarters|headquarters)"
    r"|(?:Port|Palacio|Palais)\s+(?:of\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\b"
)
#: Words between the verb and a building that make it another clause's: a comma, a
#: subordinate or relative clause, a purpose ("to restore the ceilings at the ... Palace"),
#: a second verb ("and later attended a dinner at ..."), a meeting before ("a week after
#: their meeting at the Pentagon").
VENUE_OF_ANOTHER = re.compile(
    r"[,;:(]|\b(?:after|before|when|while|since|until|where|which|who|that|because)\b"
    r"|\bto\s+(?!(?:a|an|the)\b)[a-z]+\b|\band\s+(?:(?:[a-z]+ly|later|then|also)\s+)?[a-z]+ed\b"
    # a purpose: "a grant agreement for new cranes at the Port of Lobito"
    r"|\bfor\s+(?:(?:a|an|the)\s+)?[a-z]"
)
#: Dates whose commas do not end the verb's clause ("on Tuesday, April 30, at the ...").
DATE_WORDS = re.compile(
    rf"\b(?:{'|'.join(WEEKDAY_NAMES + MONTH_NAMES)})\b,?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?"
    r"(?:\s+\d{4},?)?"
)
#: The signing verb and a verb joined to it: "signed and exchanged".
JOINED_VERB = re.compile(r"^\S+\s+and\s+[a-z]+ed\b")
#: How far into a sentence an opening venue may start ("Today at the White House, ...").
VENUE_OPENING = 12
#: A time phrase before an opening place: "Seventy-three years ago, in San Francisco, our
#: two nations signed", "In 1951, in Washington, ..." (a date or "... ago", not "In a
#: speech last September, in Nairobi, ...", another clause's).
TIME_OPENING = re.compile(
    r"(?:(?:[A-Z][\w-]*|\d+)(?:\s+[\w-]+){0,3}\s+(?:ago|earlier|later)(?:\s+this\s+(?:week|month|year))?"
    r"|The\s+(?:previous|next|following)\s+day|Later\s+that\s+day"
    r"|(?:On|In)\s+(?:\d{4}|[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?|[A-Z][a-z]+day)),\s+"
)
#: A ceremony named before an opening venue: "At a ceremony at the Port of Los Angeles,".
CEREMONY_BEFORE = re.compile(r"(?:At|During)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}ceremony\s+")
#: A named venue opening a sentence before its city, with the time of day or week before
#: it: "At the Department of State Headquarters in Washington, ...", "Earlier today at the
#: Ministry of Foreign Affairs in Lima, ...". Capitalised words and their joining words
#: only: not "At a press conference in Bogotá", whose place is where someone spoke.
VENUE_BEFORE_PLACE = re.compile(
    r"(?:(?:(?:Earlier|Later)\s+(?:today|this\s+(?:morning|afternoon|week))|Today|Yesterday"
    r"|This\s+(?:morning|afternoon)|On\s+[A-Z][a-z]+day)\s+[Aa]t|At)"
    r"\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the)){0,6}\s+"
)
