"""Within one release, link every mention of a person to one canonical name.

Reads the ``people`` and ``titles`` span groups written by :mod:`.people` and rewrites
them (registered as ``undersigned_aliases``):

- later mentions of a known surname ("McAleenan", "Nemtsov's") become ``PERSON`` spans;
  a given name just before a surname known only alone is taken in ("Mr. Spavor" ...
  "Michael Spavor");
- mentions are clustered: same surname (``nameparser``) with compatible given names
  (same first two letters, or an initial), or a single word that is part of a fuller
  name ("Minister Hill" of "Alexandra Hill Tinoco", "Prime Minister Lee" of "Lee Hsien
  Loong"), or the last words of a fuller name ("Al Owais"). A mention that fits two
  clusters joins the one whose titles it shares, else stays alone. The canonical name
  is the fullest form (most words), and every span's ``kb_id_`` becomes it;
- a title standing alone ("the Secretary", "The Deputy Secretary") gets as ``kb_id_``
  the one person seen before with that office (modifiers such as "Acting" aside; a
  title with its own "of ..." phrase must match the person's title word for word), and
  as ``id_``, when it has none, the country of that person's titles;
- "he", "she" (the configured pronouns) become ``PERSON`` spans with ``id_``
  ``"pronoun"`` when exactly one person is mentioned in the current sentence and the
  ``pronoun_window`` sentences before it (sentences must be set; otherwise pronouns
  are left alone), unless the person's honorifics or titles say another gender ("Ms.",
  "Queen": the ``gender`` marks of ``titles.jsonl``) than the pronoun's;
- the ``PERSON`` entity attributes of a cluster are merged under its canonical name:
  the longest title, the first known country and agency.

The work is done by :func:`pipeline.person_aliases.link_aliases`; name parsing and
clustering are :mod:`pipeline.names`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, get_type_hints

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import Errors, RuleSetError
from ..people_data import STOPWORDS_FILE, TITLES_FILE
from ..people_lexicon import TitleLexicon, load_lexicon
from ..person_aliases import AliasSettings, link_aliases
from ..phrases import phrase_index
from .batching import BatchedComponent

PRONOUN = "pronoun"
DEFAULT_PRONOUNS = ["he", "she", "him", "his", "her"]
HONORIFIC_FOLLOWERS = frozenset({"Excellency", "Majesty", "Royal", "Highness"})
#: The gender that an English pronoun refers to, for checking it against a person's.
PRONOUN_GENDERS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


class AliasLinker(BatchedComponent):
    """Link mentions of one person (registered as ``undersigned_aliases``).

    Args:
        nlp: The pipeline.
        name: The component name.
        pronouns: Lower-case pronouns to link ("he", "she", ...); ``[]`` turns it off.
        pronoun_window: How many sentences before the pronoun's own are searched.
    """

    def __init__(
        self, nlp: Language, name: str, *, pronouns: list[str], pronoun_window: int
    ) -> None:
        self.name = name
        self.pronouns = list(pronouns)
        self.pronoun_window = pronoun_window
        self.lexicon: TitleLexicon | None = None
        strings = nlp.vocab.strings
        # Pronouns are found through the shared phrase index, each under its own key (the
        # word), and "His Excellency" and the like under one more, to leave them out.
        words = {p for w in pronouns for p in (w.lower(), w.capitalize())}
        self.phrases = phrase_index(nlp.vocab)
        self.namespace = self.phrases.namespace(self, name)
        pronoun_genders: dict[int, str] = {}
        for word in sorted(words):
            key = self.phrases.add(self.namespace, word, [self.phrases.doc(nlp, word)])
            pronoun_genders[key] = PRONOUN_GENDERS.get(word.lower(), "")
        if words:
            self.phrases.add(
                self.namespace,
                "HONORIFIC",
                [
                    self.phrases.doc(nlp, f"{word} {follower}")
                    for word in sorted(words)
                    for follower in HONORIFIC_FOLLOWERS
                ],
            )
        self.settings = AliasSettings(
            phrases=self.phrases,
            namespace=self.namespace,
            pronoun_genders=pronoun_genders,
            honorific_key=self.phrases.key(self.namespace, "HONORIFIC"),
            labels=(strings.add("PERSON"), strings.add("name"), strings.add(PRONOUN)),
            pronoun_window=pronoun_window,
        )

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        titles_path: Path | None = None,
        name_stopwords_path: Path | None = None,
    ) -> None:
        """Load the title lexicon (by default that of ``default``) for office keys."""
        self.lexicon = load_lexicon(titles_path, name_stopwords_path)

    def __call__(self, doc: Doc) -> Doc:
        """Rewrite the ``people`` and ``titles`` groups with canonical names; add mentions."""
        if self.lexicon is None:
            raise RuleSetError(Errors.E440.format(name=self.name))
        link_aliases(doc, self.lexicon, self.settings)
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Save the lexicon as ``titles.jsonl`` and ``name_stopwords.jsonl`` in ``path``."""
        if self.lexicon is None:
            raise RuleSetError(Errors.E440.format(name=self.name))
        self.lexicon.to_disk(Path(path))

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> AliasLinker:
        """Load the lexicon saved by :meth:`to_disk`."""
        folder = Path(path)
        self.lexicon = load_lexicon(folder / TITLES_FILE, folder / STOPWORDS_FILE)
        return self


# spaCy validates the settings of ``nlp.initialize()`` with pydantic, which needs the
# types themselves, not the strings that postponed annotations leave.
AliasLinker.initialize.__annotations__ = get_type_hints(AliasLinker.initialize)


@Language.factory(
    "undersigned_aliases",
    default_config={"pronouns": DEFAULT_PRONOUNS, "pronoun_window": 1},
)
def make_alias_linker(
    nlp: Language, name: str, pronouns: list[str], pronoun_window: int
) -> AliasLinker:
    """Build the alias linker (registered as ``undersigned_aliases``)."""
    return AliasLinker(nlp, name, pronouns=pronouns, pronoun_window=pronoun_window)
