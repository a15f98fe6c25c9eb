"""What follows a titled name: a role that says whose official it is, or the next person.

"Maj. Gen. Roy Galido, commander of the Philippine Army,": a role in lower-case words and
its body (:data:`ROLE_APPOSITIVE`) give the officer's country (:func:`country_from_role`)
and keep a bare rank from taking the home country (:func:`ranked_at_home`). "the Minister
of Health, Simon Zwane, and Ambassador Jeanne Maloney": the name between commas is the
minister's because a titled person follows the "and" (:func:`titled_next`), where "The
First Lady, A, and B" may be a list the title is shared by. :mod:`.people_finder` asks
these after it reads a title and the name after it.
"""

from __future__ import annotations

import re

from . import title_shapes as shapes
from .name_shapes import name_words
from .people_lexicon import TitleLexicon
from .title_context import SpanContext, TitleHit

#: How far a role appositive after a name may run (characters).
ROLE_REACH = 120
#: A title's complement that is a place: "Consul General in Lagos ...".
IN_PLACE = re.compile(r"[ \t]+in[ \t]+[A-Z]")
#: "and" after a name, a comma before it or not.
AND_AFTER = re.compile(r",?[ \t]+and[ \t]+")
#: "and" right after a name, with no comma.
AND_UNCLOSED = re.compile(r"[ \t]+and[ \t]+")
#: How far after such an "and" the next person's title may start ("and CDC Country Director").
TITLE_REACH = 40
#: A role in lower-case words after a name, then "of" or "for": ", commander of",
#: ", commanding general of". Plural words make a list ("X, foreign ministers of ..."), and
#: a verb is no role (", will announce the name of ...").
ROLE_APPOSITIVE = re.compile(
    r",[ \t]+(?!(?:and|or|who|which|whose|as|in|on|at|with|said|will|would|can|could|may|"
    r"might|shall|should|must|has|have|had|is|was|were|are|also|then|to)\b)[a-z][a-z-]*(?<!s)"
    r"(?:[ \t]+[a-z][a-z-]*(?<!s)){0,3}[ \t]+(?:of|for)[ \t]"
)


def country_from_role(text: str, ctx: SpanContext, chain: list[TitleHit], name_end: int) -> bool:
    """Give titles with no country that of the first body in the name's role appositive.

    "Maj. Gen. Roy Galido, commander of the Philippine Army,": the Philippines. Only an
    appositive closed by a comma is read. Returns False when the closed role names no
    country: a rank whose role names none ("commanding general of V Corps,") stays the
    home one's; an unclosed role may name one unread, and says whose officer he is.
    """
    if all(hit.country for hit in chain):
        return True
    close = text.find(",", name_end + 1, name_end + ROLE_REACH)
    if close < 0:
        return True
    for _, kind, kb in ctx.within(name_end, close):
        country = kb if kind == "COUNTRY" else ctx.agency_country(kb)
        if country:
            for hit in chain:
                hit.country = hit.country or country
            return True
    return False


def ranked_at_home(text: str, chain: list[TitleHit], index: int, described: bool) -> bool:
    """Whether the home default may apply to a chain's title, as far as ranks go.

    A rank is the home country's only when it opens the chain ("Chief of Staff Lt. Gen.
    Ali Ahmed" is the chief's country, if any) and no role after the name says whose
    officer he is (``described``).
    """
    if not shapes.rank_at(text, chain[index].start):
        return True
    return index == 0 and not described


def titled_next(lexicon: TitleLexicon, text: str, end: int) -> bool:
    """Whether "(,) and" after a name opens another titled person, not more names."""
    joint = AND_AFTER.match(text, end)
    return joint is not None and bool(
        lexicon.title_re.search(text, joint.end(), joint.end() + TITLE_REACH)
    )


#: Offices whose holder a home leader's surname places ("President Biden").
LEADER_OFFICES = frozenset({"President"})


def home_leader(chain: list[TitleHit], name: str, leaders: frozenset[str], home: str) -> bool:
    """Give "President <surname>" the home country when the surname is a home leader's.

    A U.S. release names its own President bare ("President Biden and Prime Minister
    Kishida signed"), as it names foreign ones ("President Yoon"): only the rule set's
    ``home_leaders`` tell them apart. Returns whether the surname is a home leader's.
    """
    words = name_words(name)
    if not home or not words or words[-1] not in leaders:
        return False
    for hit in chain:
        if not hit.country and (hit.entry.family or hit.entry.title) in LEADER_OFFICES:
            hit.country = home
    return True
