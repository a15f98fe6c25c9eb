"""People anchored by titles, honorifics, bylines and speech verbs; and their titles.

Writes ``doc.spans["people"]`` (label ``PERSON``, ``kb_id_`` the name as written, made
canonical by :mod:`.aliases`, ``id_`` ``"name"``), ``doc.spans["titles"]`` (label
``TITLE``: the title as written without determiner or nationality adjective, ``kb_id_``
the person's name or ``""`` when the title stands alone, ``id_`` the ISO alpha-3 code of
the title's country or ``""``) and the entity attributes ``PERSON:<name>`` (``title``:
the longest, ``country``, ``agency``). Names in capitals get a ``kb_id_`` capitalised by
``nameparser`` ("DANIEL R. MCKAY JR." -> "Daniel R. McKay Jr.").

The work is done by :class:`pipeline.people_finder.PeopleFinder` (which cues anchor a
name), :mod:`pipeline.name_shapes` (what a name looks like), :mod:`pipeline.title_context`
(a title's country and agency) and :mod:`pipeline.people_lexicon` (the data files
``titles.jsonl`` and ``name_stopwords.jsonl``, shared with :mod:`.aliases`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, get_type_hints

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import Errors, RuleSetError
from ..extensions import PEOPLE, TITLES, set_spans
from ..mentions import stated_countries
from ..people_data import STOPWORDS_FILE, TITLES_FILE
from ..people_finder import PeopleFinder, people_finder
from ..people_lexicon import TitleLexicon, load_lexicon
from ..people_spans import write_people
from ..phrases import phrase_index
from .batching import BatchedComponent

DEFAULT_SPEECH_VERBS = [
    "said",
    "says",
    "added",
    "noted",
    "stated",
    "told",
    "explained",
    "emphasized",
    "stressed",
    "remarked",
    "according to",
]


#: Surnames of U.S. Presidents since 1945, for "President <surname>" with no country named.
DEFAULT_HOME_LEADERS = [
    "Truman",
    "Eisenhower",
    "Kennedy",
    "Johnson",
    "Nixon",
    "Ford",
    "Carter",
    "Reagan",
    "Bush",
    "Clinton",
    "Obama",
    "Trump",
    "Biden",
]


class PeopleRecognizer(BatchedComponent):
    """Find people and titles (registered as ``undersigned_people``).

    Args:
        nlp: The pipeline.
        name: The component name.
        speech_verbs: Verbs (and "according to") next to which a full name is a person.
        home_country: ISO alpha-3 code for the offices marked ``home`` in ``titles.jsonl``
            when the text gives no other country; ``""`` turns the default off.
        home_leaders: Surnames of the home country's Presidents: "President Biden" is the
            home country's, a bare "President Yoon" no one's.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        speech_verbs: list[str],
        home_country: str,
        home_leaders: list[str],
    ) -> None:
        self.name = name
        self.nlp = nlp
        self.speech_verbs = list(speech_verbs)
        self.home_country = home_country
        self.home_leaders = list(home_leaders)
        self.lexicon: TitleLexicon | None = None
        self.finder: PeopleFinder | None = None
        self.namespace = phrase_index(nlp.vocab).namespace(self, name)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        titles_path: Path | None = None,
        name_stopwords_path: Path | None = None,
    ) -> None:
        """Load the title lexicon and name stopwords (by default those of ``default``)."""
        self.set_lexicon(load_lexicon(titles_path, name_stopwords_path))

    def set_lexicon(self, lexicon: TitleLexicon) -> None:
        """Use a lexicon and build the recognisers from it."""
        self.lexicon = lexicon
        self.finder = people_finder(
            self.nlp,
            lexicon,
            self.speech_verbs,
            self.home_country,
            self.namespace,
            self.home_leaders,
        )

    def __call__(self, doc: Doc) -> Doc:
        """Write the ``people`` and ``titles`` span groups and the people's attributes."""
        if self.finder is None:
            raise RuleSetError(Errors.E440.format(name=self.name))
        if not len(doc):
            set_spans(doc, PEOPLE, [])
            set_spans(doc, TITLES, [])
            return doc
        mentions, alone = self.finder.find(doc)
        stated_countries(mentions)
        write_people(doc, mentions, alone)
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Save the lexicon as ``titles.jsonl`` and ``name_stopwords.jsonl`` in ``path``."""
        if self.lexicon is None:
            raise RuleSetError(Errors.E440.format(name=self.name))
        self.lexicon.to_disk(Path(path))

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> PeopleRecognizer:
        """Load the lexicon saved by :meth:`to_disk`."""
        folder = Path(path)
        self.set_lexicon(load_lexicon(folder / TITLES_FILE, folder / STOPWORDS_FILE))
        return self


# spaCy validates the settings of ``nlp.initialize()`` with pydantic, which needs the
# types themselves, not the strings that postponed annotations leave.
PeopleRecognizer.initialize.__annotations__ = get_type_hints(PeopleRecognizer.initialize)


@Language.factory(
    "undersigned_people",
    default_config={
        "speech_verbs": DEFAULT_SPEECH_VERBS,
        "home_country": "USA",
        "home_leaders": DEFAULT_HOME_LEADERS,
    },
)
def make_people_recognizer(
    nlp: Language, name: str, speech_verbs: list[str], home_country: str, home_leaders: list[str]
) -> PeopleRecognizer:
    """Build the people recognizer (registered as ``undersigned_people``).

    Args:
        nlp: The pipeline.
        name: The component name.
        speech_verbs: Verbs (and "according to") next to which a full name is a person.
        home_country: ISO alpha-3 code of the publisher's own offices, or ``""``.
        home_leaders: Surnames of the home country's Presidents.
    """
    return PeopleRecognizer(
        nlp, name, speech_verbs=speech_verbs, home_country=home_country, home_leaders=home_leaders
    )
