"""The tokenizer of undersigned's rule sets: spaCy's English one, plus one infix.

spaCy keeps "U.S.-Kazakhstan" and "U.S.-based" as one token, hiding the second country of
"the U.S.-Kazakhstan Air Transport Agreement". Splitting a hyphen that follows an
abbreviation's final period gives "U.S.", "-", "Kazakhstan". A rule set asks for it with::

    [nlp.tokenizer]
    @tokenizers = "undersigned.Tokenizer.v1"
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, registry

#: A hyphen or dash after "X." and before a letter: "U.S.-Japan", "U.K.-led".
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-–—](?=[A-Za-z])"


@registry.tokenizers("undersigned.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """SpaCy's default tokenizer for the language, with :data:`ABBREVIATION_HYPHEN` as an infix."""
    default = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> Tokenizer:
        tokenizer: Tokenizer = default(nlp)
        infixes = list(nlp.Defaults.infixes or []) + [ABBREVIATION_HYPHEN]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        return tokenizer

    return make
