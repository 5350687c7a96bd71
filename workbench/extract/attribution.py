"""Who asserts a figure, where, and whether it sits inside a direct quotation.

One pass over a document builds its :class:`DocumentContext`: sentences, quote
spans and the people it names. Each figure then looks its source up there.

>>> ctx = DocumentContext('Police said 12 people were hurt. "It was 40," said Ana Ruiz.')
>>> ctx.attribute(12, 14).source, ctx.attribute(40, 42)
('police', Attribution(source='Ana Ruiz', channel='', quote=True))
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

import regex

from workbench.lexicon import alternation
from workbench.lexicon import attribution as lex
from workbench.lexicon.numbers import MONTHS, WEEKDAYS

_VERBS = alternation(lex.REPORTING_VERBS)
_BODY = alternation(lex.BODY_NOUNS)
_CHANNELS = alternation(lex.CHANNELS)
_ROLES = alternation(lex.ROLE_NOUNS)
_CONTINUING = frozenset(lex.CONTINUING_VERBS)
_TITLE_WORDS = alternation((*lex.ROLE_NOUNS, *(t for t in lex.TITLES if "." not in t), "the", "its", "their"))
_TITLES = frozenset(lex.TITLES)
_NOT_NAMES = frozenset(lex.NOT_NAMES)
_CAP = r"[A-Z][\w'’.-]*[\w]"  # a capitalised word, possibly with a hyphen or an initial dot
_CAP_RUN = rf"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\ )?{_CAP}(?:\ (?:(?:de|da|van|von|bin|al|of|for)\ )?{_CAP})*"

# Sentence ends: line breaks, or . ! ? (not after a common abbreviation) before a capital.
RE_SENTENCE_END = regex.compile(
    r"""
    \n\s*                                                    # a line or paragraph break
  | [.!?]+(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|No|vs|Jr|Sr|Inc|Ltd|Co|U\.S|a\.m|p\.m)\.)
    [”"’')\]]*\ +(?=[“"‘'(\[]?[A-Z0-9])                      # . then a new sentence (not "Mr. X")
""",
    regex.VERBOSE,
)

# Direct quotations: curly or straight marks; an unclosed quote runs to the paragraph's end.
RE_QUOTE = regex.compile(r"“[^”\n]*(?:”|$)|(?<![\w])\"[^\"\n]*(?:\"|$)", regex.MULTILINE)

# A reporting verb. Case-sensitive so that "Said" as a name never counts.
RE_VERB = regex.compile(
    rf"""
    (?<!\b(?:the|a|an|its|his|her|their|this|that|our|annual|new|latest|final|first|whose)\ )
    \b(?:{_VERBS})\b
  | \bputs?\ (?:the|their|its|his|her)\ (?:[a-z]+\ ){{0,2}}?at\b        # put their losses at
""",
    regex.VERBOSE,
)

# The speaker just before a reporting verb ("Mr. Trump stated", "the defence ministry said").
RE_SUBJECT_LEFT = regex.compile(
    rf"""
    (?P<subj>
        (?<![\w’'-])(?:{_CAP}(?:’s|'s)\ )?(?:[\w’'-]+\ ){{0,4}}?(?i:{_BODY}|{_ROLES})\b
        (?:\ [a-z]+ed)?                                                     # the bank (involved)
        (?:\ (?:in|at|from|of)\ {_CAP_RUN})?                                 # officials in Tampa
      | {_CAP_RUN}                                                       # Mr. Trump, Hana Okoro
      | \b(?:he|she|it|they|we|He|She|It|They|We)
    )
    (?:,\ (?P<appos>[^,;“”"]{{2,60}}),)?                                 # , the health secretary,
    (?:,\ (?P<rel>which|who))?                                           # the Audit Office, which
    (?:\ (?:commissioned|polled|hired|cited|quoted|interviewed|surveyed|contacted|funded|led|released
        |published|conducted|issued)                                   # a poll released Tuesday
        (?:\ by\ [^,;]{{2,40}}?|\ (?:on\ )?[A-Z][a-z]+)?)?            # engineers commissioned by X
    (?:\ (?:has|have|had|also|later|then|now|again|earlier|previously|would|will|had\ earlier))*
    ,?\ ?$                                                               # "Oskar Lind of Tarvala, rejected"
""",
    regex.VERBOSE,
)
# The speaker just after a verb in inverted attribution ("..., said Hana Okoro, the health secretary").
RE_SUBJECT_RIGHT = regex.compile(
    rf"""
    \ (?:(?:{_TITLE_WORDS})\ ){{0,3}}                                     # said council leader
    (?P<subj>{_CAP_RUN}|(?:the|The)\ (?:[\w’'-]+\ ){{0,3}}?(?:{_BODY})\b|he|she|it|they)
""",
    regex.VERBOSE,
)
RE_ACCORDING = regex.compile(
    rf"""
    \b(?:{alternation(lex.ACCORDING_TO)})
    \ (?:(?:a|an|the)\ (?:[a-z]+\ )?(?:tally|report|count|study|survey|analysis|estimate|figures?|data)
        \ (?:by|from|of)\ )?                                             # according to a tally by X
    (?P<subj>[^,.;:“”"()]{{2,80}}?)(?=[,.;:“”"()]|\ (?:on|in|at|who|which|show|shows)\ |$)
""",
    regex.VERBOSE | regex.IGNORECASE,
)
RE_POSSESSIVE = regex.compile(
    rf"""
    (?P<subj>{_CAP_RUN}|(?:the|The)\ (?:[\w-]+\ ){{0,3}}(?:{_BODY}))(?:’s|'s)
    \ (?:[a-z]+\ )?(?:{alternation(lex.POSSESSIVE_CLAIM_NOUNS)})\b  # X's (own) estimate
    [^.;]{{0,30}}$                                                       # ... had risen to <figure>
""",
    regex.VERBOSE,
)
RE_CHANNEL = regex.compile(
    rf"""
    \b(?:on|told|to|with|via|in|through)\ (?:(?:his|her|its|their|the|a|an)\ )?
    (?:[a-z][\w-]*\ ){{0,4}}?(?P<ch>{_CHANNELS})(?![\w])
""",
    regex.VERBOSE,
)
# A body or a name opening a sentence: "The defence ministry gave...", "Streaming company Brightwave lost...".
RE_BODY_SUBJECT = regex.compile(rf"(?:“|\")?(?:The|the)\ (?P<np>(?:[\w’'-]+\ ){{0,3}}?(?:{_BODY}))\b")
RE_NAMED_SUBJECT = regex.compile(rf"(?:[A-Z][a-z]+\ [a-z]+\ )?(?P<np>{_CAP_RUN})\ (?!said|says)[a-z]")
# A list item ("- Nursing vacancies: 312") takes the attribution of the lines that introduce it.
RE_LIST_ITEM = regex.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])\ ")
_CALENDAR = frozenset((*MONTHS, *WEEKDAYS))
RE_WORD_AFTER_NAME = regex.compile(r"(?:’s|'s)?\ (?:also\ |later\ |then\ )?(?P<w>[a-z]+)")
# Verbs that show the name before them is the subject (besides any "-ed" form).
_SUBJECT_VERBS = frozenset(
    (
        *lex.REPORTING_VERBS,
        *"made met spoke gave took went came was has had is will would could did does "
        "wrote sent held led won lost put set left kept brought thought saw got ran told says said".split(),
    )
)
_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "our"]
)
RE_NAME_RUN = regex.compile(_CAP_RUN)
RE_PRONOUN = regex.compile(r"^(?:he|she|it|they|we)$", regex.IGNORECASE)
_PERSON_BLOCKERS = lex.ORG_WORDS
_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "of",
        "from",
        "to",
        "near",
        "on",
        "into",
        "across",
        "for",
        "with",
        "by",
        "the",
        "a",
        "an",
        "via",
    ]
)
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ch", "ic")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who asserts a figure (empty: the article's own voice), where, and in a quote or not."""

    source: str
    channel: str
    quote: bool


@dataclass(frozen=True, slots=True)
class Anchor:
    """A reporting clause: its speaker and the span of its verb phrase."""

    start: int
    end: int
    subject: str
    forward: bool  # governs what follows ("X said that ...") rather than what precedes
    channel: str = ""


def _strip_title(tokens: list[str]) -> tuple[list[str], str]:
    """Drop leading titles and demonyms; return the rest and a gender guess from the honorific."""
    gender = ""
    after_title = False
    while tokens:
        low = tokens[0].lower().rstrip(".")
        if after_title and len(tokens) > 2 and (low in ("of", "for", "the") or low in lex.ORG_WORDS):
            tokens = tokens[1:]  # "Secretary of State Antony Blinken"
            continue
        if low in lex.PERSON_TITLES_MALE:
            gender = "m"
        elif low in lex.PERSON_TITLES_FEMALE:
            gender = "f"
        demonym = (
            tokens[0][:1].isupper()
            and len(tokens) > 2
            and (low in lex.DEMONYMS or low.endswith(_DEMONYM_ENDINGS))
        )
        if low in _TITLES or tokens[0] in _NOT_NAMES or demonym or tokens[0].isupper():
            after_title = low in _TITLES
            tokens = tokens[1:]
            continue
        break
    return tokens, gender


def _before_of(tokens: list[str]) -> list[str]:
    """A name without the place or body it is "of": "Oskar Lind of Tarvala" -> "Oskar Lind"."""
    for i, t in enumerate(tokens[1:], start=1):
        if t in ("of", "for") and i >= 2:
            return tokens[:i]
    return tokens


def _possessive_free(name: str) -> str:
    return regex.sub(r"(?:’s|'s)$", "", name)


class DocumentContext:
    """The attribution context of one document, built once and queried per figure."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._anchor_cache: dict[int, list[Anchor]] = {}
        self._quote_speaker_cache: dict[int, str] = {}

    # --- structure -------------------------------------------------------------------------
    @cached_property
    def sentence_bounds(self) -> tuple[list[int], list[int]]:
        starts, ends, pos = [], [], 0
        for m in RE_SENTENCE_END.finditer(self.text):
            cut = m.start() + len(m.group().rstrip())
            if cut > pos:
                starts.append(pos)
                ends.append(cut)
            pos = m.end()
        if pos < len(self.text):
            starts.append(pos)
            ends.append(len(self.text))
        return starts, ends

    def sentence_at(self, pos: int) -> tuple[int, int]:
        starts, ends = self.sentence_bounds
        i = max(bisect.bisect_right(starts, pos) - 1, 0)
        return (starts[i], ends[i]) if starts else (0, len(self.text))

    def _sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self.sentence_bounds[0], pos) - 1, 0)

    def paragraph_at(self, pos: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, len(self.text) if end < 0 else end

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in RE_QUOTE.finditer(self.text)]

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q[0] for q in self.quotes]

    def quote_at(self, pos: int) -> int | None:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1]:
            return i
        return None

    # --- names -----------------------------------------------------------------------------
    @cached_property
    def people(self) -> tuple[dict[str, str], list[tuple[int, str, str]]]:
        """Surname -> fullest name, and every mention of a person as (position, name, gender)."""
        full: dict[str, str] = {}
        genders: dict[str, str] = {}
        raw: list[tuple[int, list[str], str, bool]] = []
        for m in RE_NAME_RUN.finditer(self.text):
            tokens, gender = _strip_title(m.group().replace("’s", "").replace("'s", "").split())
            tokens = _before_of(tokens)  # "Amira Haddad of Velmoria" -> "Amira Haddad"
            if not tokens:
                continue
            before = self.text[max(0, m.start() - 12) : m.start()].split()
            prev = before[-1].lower() if before else ""
            titled = len(m.group().split()) > len(tokens) or prev in _TITLES
            blocked = any(t.lower() in _PERSON_BLOCKERS for t in tokens) or tokens[0] in lex.CHANNELS
            personlike = not blocked and (titled or (len(tokens) >= 2 and prev not in _PREPOSITIONS))
            raw.append((m.start(), tokens, gender, personlike))
            if personlike and 2 <= len(tokens) <= 4:
                surname = tokens[-1]
                if len(tokens) > len(full.get(surname, "").split()):
                    full[surname] = " ".join(tokens)
            if gender:
                genders[tokens[-1]] = gender
        mentions = []
        for pos, tokens, _gender, personlike in raw:
            surname = tokens[-1]
            if surname in full and (personlike or len(tokens) == 1):
                mentions.append((pos, full[surname], genders.get(surname, "")))
        return full, mentions

    def full_name(self, name: str) -> str:
        """The fullest name the document gives a person ("Mr. Trump" -> "Donald Trump")."""
        tokens = _before_of(_strip_title(_possessive_free(name).split())[0])
        if not tokens:
            return name
        full, _ = self.people
        return full.get(tokens[-1], " ".join(tokens))

    def _is_person(self, name: str) -> bool:
        """Whether the document names ``name`` as a person (titled, or a registered full name)."""
        full, _ = self.people
        tokens = _before_of(_strip_title(_possessive_free(name).split())[0])
        return bool(tokens) and tokens[-1] in full and len(tokens) <= 4

    def _last_person(self, pos: int, gender: str) -> str:
        """The person a pronoun points to: in the nearest sentence that names a fitting person,
        the one who is the subject of a verb ("Mr. Biden made ... with Mr. Shmyhal. He said"),
        else the last one named."""
        _, mentions = self.people
        i = bisect.bisect_left(mentions, (pos,)) - 1
        fits = [m for m in mentions[: i + 1] if not gender or not m[2] or m[2] == gender]
        if not fits:
            return ""
        sentence = self._sentence_index(fits[-1][0])
        same = [m for m in fits if self._sentence_index(m[0]) == sentence]
        subjects = [m for m in same if self._is_subject(m[0])]
        return (subjects or same)[-1][1]

    def _is_subject(self, pos: int) -> bool:
        """Whether the name at ``pos`` is followed by a verb, as a sentence's subject is."""
        run = RE_NAME_RUN.match(self.text, pos)
        after = RE_WORD_AFTER_NAME.match(self.text, run.end()) if run else None
        if not after or run.group().endswith(("’s", "'s")):
            return False
        word = after["w"]
        return word.endswith("ed") or word in _SUBJECT_VERBS

    # --- reporting clauses -----------------------------------------------------------------
    def anchors(self, sentence_start: int) -> list[Anchor]:
        """Reporting clauses of the sentence starting at ``sentence_start`` (cached)."""
        if sentence_start in self._anchor_cache:
            return self._anchor_cache[sentence_start]
        s, e = self.sentence_at(sentence_start)
        found: list[Anchor] = []
        for v in RE_VERB.finditer(self.text, s, e):
            if self.quote_at(v.start()) is not None:
                continue
            anchor = self._anchor_for_verb(v, s, e)
            if anchor is None and found and v.group() in _CONTINUING:
                last = found[-1]  # "..., writing that": the speaker of the clause it continues
                anchor = Anchor(v.start(), v.end(), last.subject, True, last.channel)
            if anchor is not None:
                found.append(anchor)
        for a in RE_ACCORDING.finditer(self.text, s, e):
            if self.quote_at(a.start()) is None:
                # "according to X" and "figures released by X" attribute what follows them in the sentence
                rest = self.text[a.end() : e].strip(' .,”"')
                found.append(Anchor(a.start(), a.end(), a["subj"], forward=bool(rest)))
        self._anchor_cache[sentence_start] = found
        return found

    def _anchor_for_verb(self, v: regex.Match, s: int, e: int) -> Anchor | None:
        clause_start = max(s, v.start() - 120)
        left = RE_SUBJECT_LEFT.search(self.text, clause_start, v.start())
        subject = ""
        forward = True
        if left and not self._inside_quote_span(left.start("subj")):
            subject = left["subj"]
            appos = (left["appos"] or "").strip()
            if appos and RE_NAME_RUN.fullmatch(appos) and _strip_title(appos.split())[0]:
                subject = appos  # "The port's chief executive, Henrik Dahl, disputed"
            elif left.group().rstrip().endswith(",") and not self._is_person(subject):
                subject = ""  # "The study, published in ...": only a person stands alone before ", said"
            if subject in _CALENDAR:
                subject = ""  # "... since January, said X": a date is never a speaker
        if not subject:
            right = RE_SUBJECT_RIGHT.match(self.text, v.end(), e)
            if right and right["subj"] not in _CALENDAR:
                subject = right["subj"]
                forward = False
        if not subject or (
            subject in _NOT_NAMES and subject.lower() not in lex.BODY_NOUNS and not RE_PRONOUN.match(subject)
        ):
            return None
        after = self.text[v.end() : e]
        clause_end = v.end() + len(regex.split(r"[,;“\"]", after, maxsplit=1)[0])
        ch = RE_CHANNEL.search(self.text, v.start(), min(clause_end + 40, e))
        channel = ch["ch"] if ch else ""
        if forward and not self.text[v.end() : e].strip(' .,”"’'):
            forward = False  # "..., the agency said."
        return Anchor(v.start(), v.end(), subject, forward, channel)

    def _inside_quote_span(self, pos: int) -> bool:
        return self.quote_at(pos) is not None

    # --- resolution ------------------------------------------------------------------------
    def resolve(self, subject: str, pos: int) -> str:
        """Turn a speaker as written into the fullest name the document gives it."""
        subject = subject.strip()
        low = subject.lower()
        if low in lex.PRONOUNS_PERSON:
            return self._last_person(pos, lex.PRONOUNS_PERSON[low])
        if low in lex.PRONOUNS_BODY or low == "we":
            return self._last_body(pos)
        words = subject.split()
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in _DETERMINERS), default=0)
        words = words[cut:] if cut < len(words) else words
        if not words:
            return ""
        has_body = any(w.lower() in lex.BODY_NOUNS for w in words)
        if has_body and words[-1][:1].isupper() and len(words) > 1:
            proper = [w for w in words if w[:1].isupper()]
            tail = []
            for w in reversed(words):  # "the tracking firm AppGauge" -> "AppGauge"
                if not w[:1].isupper():
                    break
                tail.insert(0, w)
            after_preposition = len(tail) < len(words) and words[-len(tail) - 1].lower() in _PREPOSITIONS
            if tail and len(tail) < len(words) and tail == proper[-len(tail) :] and not after_preposition:
                return " ".join(tail)
        role = words[0].lower() in lex.BODY_NOUNS or words[0].lower() in lex.ROLE_NOUNS
        if role and not any(w[:1].isupper() for w in words[1:]):
            words = [words[0].lower(), *words[1:]]  # "Police said" at a sentence start
        cleaned = " ".join(words)
        if words[0][:1].isupper() and not has_body:
            return self.full_name(cleaned)
        if has_body:
            return self._fuller_body(cleaned, pos)
        return cleaned

    def _fuller_body(self, body: str, pos: int) -> str:
        """ "the office" -> "national statistics office"; "the company" -> the last named company."""
        low = body.lower()
        for name in self._earlier_bodies(pos):
            if name.lower().endswith(low) and len(name) > len(body):
                return name
        if len(body.split()) == 1 and low in lex.GENERIC_BODIES:
            return self._last_body(pos, speakers_only=True) or body
        return body

    def _earlier_bodies(self, pos: int, speakers_only: bool = False) -> list[str]:
        """Bodies named as speakers or sentence subjects before ``pos``, nearest first."""
        names: list[str] = []
        i = self._sentence_index(pos)
        for j in range(i, max(i - 12, -1), -1):
            s = self.sentence_bounds[0][j]
            for a in reversed(self.anchors(s)):
                if a.start < pos and RE_PRONOUN.match(a.subject):
                    resolved = self._last_body(a.start)
                    if resolved:
                        names.append(resolved)
                elif a.start < pos:
                    words = a.subject.split()
                    cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _DETERMINERS), default=0)
                    names.append(" ".join(words[cut:]) or a.subject)
            subj = "" if speakers_only else self._sentence_subject(s)
            if subj and s < pos:
                names.append(subj)
        return names

    def _last_body(self, pos: int, speakers_only: bool = False) -> str:
        """The nearest earlier speaker or sentence subject that is an organisation."""
        people, _ = self.people
        person_names = set(people.values())
        for name in self._earlier_bodies(pos, speakers_only):
            if RE_PRONOUN.match(name):
                continue
            tokens, _ = _strip_title(name.split())
            full = self.full_name(name) if tokens and tokens[-1] in people else name
            if full not in person_names and name.lower() not in lex.GENERIC_BODIES:
                return full
        return ""

    def _sentence_subject(self, s: int) -> str:
        """A body named at the start of a sentence: "The defence ministry ... . It said ..."."""
        e = min(self.sentence_at(s)[1], s + 80)
        m = RE_BODY_SUBJECT.match(self.text, s, e)
        if m:
            return m["np"]
        m = RE_NAMED_SUBJECT.match(self.text, s, e)
        if m:
            tokens, _ = _strip_title(m["np"].split())
            if tokens:
                return " ".join(tokens)
        return ""

    def quote_speaker(self, qi: int) -> str:
        """The speaker of quote ``qi``: named after it, before it, or carried over from the last quote."""
        if qi in self._quote_speaker_cache:
            return self._quote_speaker_cache[qi]
        qs, qe = self.quotes[qi]
        ps, pe = self.paragraph_at(qs)
        speaker = ""
        # Attribution right after the quote: '..." Mr. Trump stated' or '" said Carter'.
        s_after = self.sentence_at(min(qe, len(self.text) - 1))[0]
        for a in self.anchors(s_after) + self.anchors(self.sentence_at(qs)[0]):
            if qe <= a.start <= qe + 60 + len(a.subject) and a.start < pe:
                speaker = self.resolve(a.subject, a.start)
                break
        if not speaker:  # 'X said: "..."'
            for a in reversed(self.anchors(self.sentence_at(qs)[0])):
                if a.end <= qs and qs - a.end <= 40:
                    speaker = self.resolve(a.subject, a.start)
                    break
        if not speaker:  # any attribution in the same paragraph, outside quotes
            j = self._sentence_index(ps)
            while j < len(self.sentence_bounds[0]) and self.sentence_bounds[0][j] < pe:
                for a in self.anchors(self.sentence_bounds[0][j]):
                    speaker = speaker or self.resolve(a.subject, a.start)
                j += 1
        if not speaker and qi > 0:  # a quote continued from the previous paragraph
            prev_qs, _ = self.quotes[qi - 1]
            if ps - self.paragraph_at(prev_qs)[1] <= 3:
                speaker = self.quote_speaker(qi - 1)
        self._quote_speaker_cache[qi] = speaker
        return speaker

    def _channel_for_quote(self, qi: int) -> str:
        _, qe = self.quotes[qi]
        for a in self.anchors(self.sentence_at(min(qe, len(self.text) - 1))[0]):
            if a.start >= qe - 1 and a.channel:
                return a.channel
        return ""

    def attribute(self, start: int, end: int) -> Attribution:
        """Source, channel and quote flag of the figure at ``text[start:end]``."""
        qi = self.quote_at(start)
        if qi is not None:
            return Attribution(self.quote_speaker(qi), self._channel_for_quote(qi), True)
        s, _ = self.sentence_at(start)
        possessive = RE_POSSESSIVE.search(self.text, max(s, start - 80), start)
        if possessive:
            return Attribution(self.resolve(possessive["subj"], possessive.start()), "", False)
        anchors = self.anchors(s)
        if not anchors and RE_LIST_ITEM.match(self.text, s):
            anchors = self._lead_in_anchors(s)
            if anchors:
                a = anchors[-1]
                return Attribution(self.resolve(a.subject, a.start), a.channel, False)
        left = [a for a in anchors if a.end <= start and a.forward]
        right = [a for a in anchors if a.start >= end]
        chosen = left[-1] if left else (right[0] if right else None)
        if chosen is None:
            return Attribution("", "", False)
        return Attribution(self.resolve(chosen.subject, chosen.start), chosen.channel, False)

    def _lead_in_anchors(self, s: int) -> list[Anchor]:
        """Anchors of the sentences just before a list (skipping its earlier items)."""
        i = self._sentence_index(s) - 1
        looked = 0
        while i >= 0 and looked < 3:
            start = self.sentence_bounds[0][i]
            if not RE_LIST_ITEM.match(self.text, start):
                looked += 1
                if self.anchors(start):
                    return self.anchors(start)
            i -= 1
        return []
