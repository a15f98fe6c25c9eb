"""Every error and warning message of undersigned, with a stable code.

Messages follow one pattern: what was received, what was expected, and how to fix
it. Codes never change meaning once released, so users can search for them.
"""

from __future__ import annotations

from typing import Any


class _WithCodes(type):
    """Prefix each message with its attribute name, the way spaCy's ``Errors`` does."""

    def __getattribute__(cls, code: str) -> Any:
        message = super().__getattribute__(code)
        if code.startswith("__") or not isinstance(message, str):
            return message
        return f"[{code}] {message}"


class Errors(metaclass=_WithCodes):
    """Error messages, formatted with ``str.format`` keyword arguments."""

    # Rule sets and configuration (E0xx)
    E001 = (
        "Rule set '{name}' not found. Expected a folder with a config.cfg, or the name of a "
        "bundled rule set ({available}). Pass --rules PATH to a folder you made."
    )
    E002 = (
        "{path}: cannot parse the config: {detail}. "
        "Check the section headers and `key = value` lines."
    )
    E003 = (
        "{path}:{line}: unknown key '{key}' in [{section}]. Expected one of: {expected}. "
        "Remove the key or fix its spelling."
    )
    E004 = "{path}:{line}: unknown section [{section}]. Expected one of: {expected}."
    E005 = (
        "{path}: component '{component}' uses factory '{factory}', which is not registered. "
        "Registered undersigned factories: {expected}."
    )
    E006 = "{path}:{line}: invalid JSON ({detail}). Each line must be one JSON object."
    E007 = "{path}:{line}: missing required field '{key}'. Required fields: {expected}."
    E008 = "{path}:{line}: unknown field '{key}'. Expected fields: {expected}."
    E009 = "{path}:{line}: field '{key}' has value {value!r}; expected {expected}."
    E010 = (
        "{path}: data file not found (named in {config}). "
        "Create it or fix the path, which is relative to the rule set folder."
    )
    E011 = "{path}:{line}: CSV row has columns {received}; expected {expected}."
    E012 = (
        "{path}: invalid pattern '{pattern_id}': {detail}. Fix the pattern: it is a spaCy "
        "Matcher pattern, a list of token dicts."
    )
    E013 = (
        "Rule set '{name}' needs the statistical model {model}, which is not installed. "
        "Install it with: pip install 'undersigned[sm]'"
    )
    E014 = (
        "Regenerating this data file needs the '{package}' package, which is not installed. "
        "Install it with: pip install 'undersigned[{extra}]'"
    )

    # Reading releases (E1xx): these become manifest reasons, not crashes.
    E101 = (
        "empty file: no text after decoding. Expected a release with text; check that the "
        "file was saved completely, or leave it out of the input."
    )
    E102 = (
        "binary file: {detail}; expected text, Markdown, HTML or JSON Lines. Convert the "
        "document to one of them first."
    )
    E103 = (
        "line {line}: invalid JSON ({detail}). Each line of a .jsonl file must be one JSON "
        "object; fix or remove the line."
    )
    E104 = "line {line}: no 'text' field (or it is empty); each JSONL line needs an id and a text"
    E105 = (
        "unsupported file type '{suffix}'; expected one of {expected}. Convert the file to "
        "text, Markdown, HTML or JSON Lines, or give it the suffix of its format."
    )
    E106 = (
        "cannot read file: {detail}. Check that the file exists and can be read (its "
        "permissions, a broken link)."
    )
    # No longer raised: a JSONL date that cannot be read keeps its release (W003).
    E107 = "line {line}: 'date' is {value!r}; expected an ISO date YYYY-MM-DD"
    E108 = "path does not exist. Check its spelling, or run from the folder it is relative to."
    E109 = (
        "line {line}: duplicate id {value!r} (first seen at {first}). Ids must be unique in a"
        " run: give this release another id."
    )
    E110 = (
        "HTML page has no main text: no article with a sentence of prose (only navigation, "
        "a footer, a 'Page Not Found' notice, or a page its scripts would draw). Expected the "
        "release's own page (an article, a main element or paragraphs of text); save that "
        "page, as the browser shows it, rather than an index or a redirect."
    )
    E111 = (
        "date {value!r} is not a date; expected an ISO date YYYY-MM-DD or a full date such "
        "as 'September 20, 2019'"
    )
    E112 = "line {line}: expected a JSON object with 'id' and 'text', got {kind}"
    E113 = "line {line}: no 'id' field (or it is empty); each JSONL line needs an id and a text"
    E114 = (
        "line {line}: field '{key}' is {value!r}; expected a string. Write the field as text,"
        " or leave it out."
    )
    E115 = "duplicate id {value!r} (first seen at {first}); give each release a unique file name"
    E116 = (
        "'{name}' is a gold annotation file (gold*.jsonl), not releases; pass it with "
        "`evaluate --gold`, or rename it if it really holds releases"
    )

    # Running (E2xx)
    E201 = "Output format '{received}' is not supported; expected one of {expected}."
    E202 = (
        "Gold file {path}:{line}: {detail}. The README's 'Gold annotations' section gives the"
        " format."
    )
    E203 = (
        "No input files found under {paths}. "
        "Expected .txt, .md, .html, .htm, .json or .jsonl files."
    )
    E205 = (
        "processing failed in component '{component}': {detail}. The release is recorded as "
        "failed and the batch goes on; report the message with the release if it persists."
    )
    E204 = (
        "Output folder {path} has a manifest from another run (rules {found}); "
        "use --resume only with the same rules, or choose a new folder."
    )

    # Countries: gazetteer generator and the undersigned_countries component (E400-E419)
    E400 = (
        "Component '{name}' has no country gazetteer yet. Expected nlp.initialize() (or a rule "
        "set naming countries_path in [initialize.components.{name}]) before the first Doc."
    )
    E401 = (
        "{path}:{line}: country code {code!r} is not an ISO 3166-1 alpha-3 code, a withdrawn "
        "ISO 3166-3 code or a user-assigned X.. code (such as XKX for Kosovo). Fix the code."
    )
    E402 = (
        "{path}:{line}: {kind} {form!r} is given to {code}, but it already belongs to {other} "
        "({origin}). A form must name one country: remove one of the rows."
    )
    E403 = (
        "{path}:{line}: blocked phrase {phrase!r} contains no name or demonym of {code}. A "
        "blocked phrase must contain a form of its country (e.g. 'USA,!Latin America')."
    )
    E404 = (
        "{path}:{line}: field '{key}' has value {value!r}; expected {expected}. Regenerate the "
        "file with `python -m pipeline.gazetteer` or fix the line."
    )
    E405 = (
        "Country {code} has no name usable as a label: its ISO names are not prose and "
        "{path} lists no alias for it. Add a row '{code},<name>' to {path}."
    )
    E406 = (
        "{path}: no saved gazetteer in this folder (expected countries.jsonl written by the "
        "component's to_disk). Save the pipeline again with nlp.to_disk."
    )
    E407 = (
        "{form!r} is a name of both {code} and {other}. A form must name one country: add "
        "an alias row giving it to one of them in {path}."
    )

    # Agencies: the undersigned_agencies component (E420-E439)
    E420 = (
        "Component '{name}' has no agency gazetteer yet. Expected nlp.initialize() (or a rule "
        "set naming agencies_path and patterns_path in [initialize.components.{name}]) before "
        "the first Doc."
    )
    E421 = (
        "{path}:{line}: agency '{name}' is already defined on line {first}. Expected one line "
        "per canonical name: merge the variants and acronyms of the two lines into one."
    )

    # People, titles and aliases: undersigned_people, undersigned_aliases (E440-E469)
    E440 = (
        "Component '{name}' has no title lexicon yet. Expected nlp.initialize() (or a rule "
        "set naming titles_path and name_stopwords_path in [initialize.components.{name}]) "
        "before the first Doc."
    )
    E441 = (
        "{path}:{line}: field '{key}' has value {value!r}; expected one of {expected}. Fix "
        "the value or remove the line."
    )
    E442 = (
        "{path}:{line}: 'title' is empty. Expected the title as written in releases, "
        'capitalised ("Secretary", "Chargé d\'Affaires").'
    )
    E443 = (
        "{path}: data file not found. Expected titles.jsonl and name_stopwords.jsonl, as "
        "written by the component's to_disk or shipped in models/default."
    )

    # Evaluation (E300-E349)
    E301 = (
        "Prediction number {position} has no string 'id' (keys received: {keys}). Each "
        "prediction is a dict with 'id', 'events' and optionally 'entities'."
    )
    E302 = (
        "Two predictions have the id {release_id!r}; expected one per release. Merge their "
        "events into one prediction before scoring."
    )
    E303 = (
        "statuses={received!r}: expected a non-empty subset of {expected}. Pass for example "
        "statuses=('signed',) or statuses=('signed', 'planned', 'negated')."
    )
    E304 = (
        "Prediction {release_id!r}: '{key}' is {received}; expected {expected}. Build "
        "predictions from the pipeline's event records."
    )

    # Statistical models, dependency rules and rule-set comparison (E350-E379)
    E350 = (
        "Rule set '{name}' sources components from '{model}', which is neither an installed "
        "spaCy pipeline package nor a folder. Install it (python -m spacy download {model}) "
        "or fix the component's `source`."
    )
    E351 = (
        "{path}:{line}: dependency pattern '{pattern_id}' names node {node!r}; expected the "
        "anchor node 'trigger' first and other nodes among {expected}."
    )
    E352 = (
        "Component '{name}' needs a dependency parse, but the Doc has none. Expected a parser "
        "(for example sourced from en_core_web_sm) before it in the rule set's pipeline."
    )
    E353 = (
        "compare got {count} rule set(s) ({received}); expected two or more, for example "
        "`undersigned compare default sm-hybrid --gold GOLD.jsonl RELEASES`."
    )
    E354 = (
        "None of the {gold} releases of the gold file {path} is among the inputs {paths}. "
        "Expected the releases the gold annotates (their ids must match the gold's)."
    )
    E355 = (
        "Rule sets {first} and {second} have the same name '{name}'; expected distinct names "
        "to label the comparison's columns. Copy one folder under another name."
    )
    E356 = (
        "compare got rule sets {received} but no releases; expected files or folders of "
        "releases after the rule sets or with --paths, for example `undersigned compare "
        "default sm-hybrid --gold GOLD.jsonl releases.jsonl`."
    )


class Warnings(metaclass=_WithCodes):
    """Warning messages."""

    W001 = (
        "Release {release_id}: no release date found in the document; "
        "relative dates stay unresolved."
    )
    W002 = "Gold file names {count} release ids that are not in the input; they count as missed."
    W003 = (
        "line {line}: 'date' is {value!r}, which cannot be read safely, so the release date "
        "was read from the text. Expected an ISO date or date-time (2024-04-30, "
        "2024-04-30T14:00:00Z) or a date with its month in words (April 30, 2024); numeric "
        "dates such as 04/05/2024 are ambiguous. Rewrite the date to keep the one given."
    )


class UndersignedError(Exception):
    """Base class of every error undersigned raises on purpose."""


class RuleSetError(UndersignedError, ValueError):
    """A rule set folder, its config or one of its data files is invalid."""


class ReadError(UndersignedError):
    """A release could not be read; the message becomes a manifest reason."""


class GoldError(UndersignedError, ValueError):
    """A gold annotation file is invalid."""


class EvaluationError(UndersignedError, ValueError):
    """Predictions or scoring options are invalid."""
