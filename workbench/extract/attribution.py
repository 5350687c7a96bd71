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

_VERBS = alternation(lex.REPORTING_VERBS)
_BODY = alternation(lex.BODY_NOUNS)
_CHANNELS = alternation(lex.CHANNELS)
_TITLES = frozenset(lex.TITLES)
_NOT_NAMES = frozenset(lex.NOT_NAMES)
_CAP = r"[A-Z][\w'’.-]*[\w]"  # a capitalised word, possibly with a hyphen or an initial dot
_CAP_RUN = rf"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\ )?{_CAP}(?:\ (?:(?:de|da|van|von|bin|al|of|for)\ )?{_CAP})*"

# Sentence ends: line breaks, or . ! ? (not after a common abbreviation) before a capital.
RE_SENTENCE_END = regex.compile(r"""
    \n\s*                                                    # a line or paragraph break
  | (?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|No|vs|Jr|Sr|Inc|Ltd|Co|U\.S|a\.m|p\.m))
    [.!?]+[”"’')\]]*\ +(?=[“"‘'(\[]?[A-Z0-9])                # . followed by a new sentence
""", regex.VERBOSE)

# Direct quotations: curly or straight marks; an unclosed quote runs to the paragraph's end.
RE_QUOTE = regex.compile(r"“[^”\n]*(?:”|$)|(?<![\w])\"[^\"\n]*(?:\"|$)", regex.MULTILINE)

# A reporting verb. Case-sensitive so that "Said" as a name never counts.
RE_VERB = regex.compile(rf"\b(?:{_VERBS})\b")

# The speaker just before a reporting verb ("Mr. Trump stated", "the defence ministry said").
RE_SUBJECT_LEFT = regex.compile(rf"""
    (?P<subj>
        (?:{_CAP}(?:’s|'s)\ )?(?:[a-z][\w’'-]*\ ){{0,3}}(?:{_BODY})       # Osei's campaign, the police
      | {_CAP_RUN}                                                       # Mr. Trump, Hana Okoro
      | \b(?:he|she|it|they|we|He|She|It|They|We)
    )
    (?:,\ [^,;“”"]{{2,60}},)?                                            # , the health secretary,
    (?:\ (?:commissioned|polled|hired|cited|quoted|interviewed|surveyed|contacted|funded|led)
        \ by\ [^,;]{{2,40}}?)?                                          # engineers commissioned by X
    (?:\ (?:has|have|had|also|later|then|now|again|earlier|previously|would|will|had\ earlier))*
    \ ?$
""", regex.VERBOSE)
# The speaker just after a verb in inverted attribution ("..., said Hana Okoro, the health secretary").
RE_SUBJECT_RIGHT = regex.compile(rf"""
    \ (?P<subj>{_CAP_RUN}|(?:the|The)\ (?:[\w’'-]+\ ){{0,3}}?(?:{_BODY})\b|he|she|it|they)
""", regex.VERBOSE)
RE_ACCORDING = regex.compile(rf"""
    \b(?:{alternation(lex.ACCORDING_TO)})\ (?P<subj>[^,.;:“”"()]{{2,80}}?)(?=[,.;:“”"()]|\ (?:on|in|at|by|who|which)\ |$)
""", regex.VERBOSE | regex.IGNORECASE)
RE_POSSESSIVE = regex.compile(rf"""
    (?P<subj>{_CAP_RUN}|(?:the|The)\ (?:[\w-]+\ ){{0,3}}(?:{_BODY}))(?:’s|'s)
    \ (?:[a-z]+\ )?(?:{alternation(lex.POSSESSIVE_CLAIM_NOUNS)})\ (?:of|that|at|put)\ [^.;]{{0,20}}$
""", regex.VERBOSE)
RE_CHANNEL = regex.compile(rf"""
    \b(?:on|told|to|with|via|in|through)\ (?:(?:his|her|its|their|the|a|an)\ )?
    (?:[a-z][\w-]*\ ){{0,4}}?(?P<ch>{_CHANNELS})(?![\w])
""", regex.VERBOSE)
RE_NAME_RUN = regex.compile(_CAP_RUN)
RE_PRONOUN = regex.compile(r"^(?:he|she|it|they|we)$", regex.IGNORECASE)
_PERSON_BLOCKERS = frozenset(
    "street road park avenue square cathedral church hospital university ridge valley river "
    "province city county island bay sea lake mountain airport station bridge hall house centre "
    "center stadium journal news social herald times post foods power research group holdings "
    "energy airlines motors partners capital media labs systems technologies corp inc ltd plc "
    "institute foundation trust fund association union council party ministry office department "
    "agency commission authority service organization organisation crescent cross nations watch "
    "hands bank press court army forces region state states republic kingdom gate district "
    "highway route north south east west eastern western northern southern general".split()
)
_PREPOSITIONS = frozenset("in at of from to near on into across for with by the a an via".split())
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
    while tokens:
        low = tokens[0].lower().rstrip(".")
        if low in lex.PERSON_TITLES_MALE:
            gender = "m"
        elif low in lex.PERSON_TITLES_FEMALE:
            gender = "f"
        demonym = tokens[0][:1].isupper() and low.endswith(_DEMONYM_ENDINGS) and len(tokens) > 2
        if low in _TITLES or tokens[0] in _NOT_NAMES or demonym or tokens[0].isupper():
            tokens = tokens[1:]
            continue
        break
    return tokens, gender


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

    def quote_at(self, pos: int) -> int | None:
        starts = [q[0] for q in self.quotes]
        i = bisect.bisect_right(starts, pos) - 1
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
            if not tokens:
                continue
            before = self.text[max(0, m.start() - 12):m.start()].split()
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
        tokens, _ = _strip_title(_possessive_free(name).split())
        if not tokens:
            return name
        full, _ = self.people
        return full.get(tokens[-1], " ".join(tokens))

    def _last_person(self, pos: int, gender: str) -> str:
        _, mentions = self.people
        i = bisect.bisect_left(mentions, (pos,)) - 1
        while i >= 0:
            _, name, g = mentions[i]
            if not gender or not g or g == gender:
                return name
            i -= 1
        return ""

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
            if anchor is not None:
                found.append(anchor)
        for a in RE_ACCORDING.finditer(self.text, s, e):
            if self.quote_at(a.start()) is None:
                rest = self.text[a.end():e].strip(" .,”\"")
                found.append(Anchor(a.start(), a.end(), a["subj"], forward=bool(rest and a.start() - s < 3)))
        self._anchor_cache[sentence_start] = found
        return found

    def _anchor_for_verb(self, v: regex.Match, s: int, e: int) -> Anchor | None:
        clause_start = max(s, v.start() - 120)
        left = RE_SUBJECT_LEFT.search(self.text, clause_start, v.start())
        subject = ""
        forward = True
        if left and not self._inside_quote_span(left.start("subj")):
            subject = left["subj"]
        else:
            right = RE_SUBJECT_RIGHT.match(self.text, v.end(), e)
            if right:
                subject = right["subj"]
                forward = False
        if not subject or subject in _NOT_NAMES and not RE_PRONOUN.match(subject):
            return None
        after = self.text[v.end():e]
        clause_end = v.end() + len(regex.split(r"[,;“\"]", after, maxsplit=1)[0])
        ch = RE_CHANNEL.search(self.text, v.end(), min(clause_end + 40, e))
        channel = ch["ch"] if ch else ""
        if forward and not self.text[v.end():e].strip(" .,”\"’"):
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
        if words and words[0].lower() in ("the", "a", "an", "its", "his", "her", "their"):
            words = words[1:]
        if not words:
            return ""
        cleaned = " ".join(words)
        if words[0][:1].isupper() and not any(w.lower() in lex.BODY_NOUNS for w in words):
            return self.full_name(cleaned)
        if len(words) == 1 and words[0].lower() in lex.GENERIC_BODIES:
            return self._last_body(pos, head=words[0].lower()) or cleaned
        return cleaned

    def _last_body(self, pos: int, head: str = "") -> str:
        """The nearest earlier speaker or sentence subject that is an organisation."""
        i = self._sentence_index(pos)
        people, _ = self.people
        person_names = set(people.values())
        for j in range(i, max(i - 8, -1), -1):
            s = self.sentence_bounds[0][j]
            candidates = [a for a in self.anchors(s) if a.start < pos]
            for a in reversed(candidates):
                if RE_PRONOUN.match(a.subject):
                    continue
                name = self.resolve(a.subject, a.start)
                if name and name not in person_names and (not head or True):
                    return name
            subj = self._sentence_subject(s)
            if subj and subj not in person_names and not (j == i and self._sentence_subject_pos(s) >= pos):
                return subj
        return ""

    def _sentence_subject_pos(self, s: int) -> int:
        return s

    def _sentence_subject(self, s: int) -> str:
        """A body named at the start of a sentence: "The defence ministry ... . It said ..."."""
        e = self.sentence_at(s)[1]
        m = regex.match(rf"(?:“|\")?(?:The|the)\ (?P<np>(?:[\w’'-]+\ ){{0,3}}?(?:{_BODY}))\b",
                        self.text[s:min(e, s + 80)])
        if m:
            return m["np"]
        m = regex.match(rf"(?:[A-Z][a-z]+\ [a-z]+\ )?(?P<np>{_CAP_RUN})\ (?!said|says)[a-z]",
                        self.text[s:min(e, s + 80)])
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
        qs, qe = self.quotes[qi]
        for a in self.anchors(self.sentence_at(min(qe, len(self.text) - 1))[0]):
            if a.start >= qe - 1 and a.channel:
                return a.channel
        return ""

    def attribute(self, start: int, end: int) -> Attribution:
        """Source, channel and quote flag of the figure at ``text[start:end]``."""
        qi = self.quote_at(start)
        if qi is not None:
            return Attribution(self.quote_speaker(qi), self._channel_for_quote(qi), True)
        s, e = self.sentence_at(start)
        possessive = RE_POSSESSIVE.search(self.text, max(s, start - 80), start)
        if possessive:
            return Attribution(self.resolve(possessive["subj"], possessive.start()), "", False)
        anchors = self.anchors(s)
        left = [a for a in anchors if a.end <= start and a.forward]
        right = [a for a in anchors if a.start >= end]
        chosen = left[-1] if left else (right[0] if right else None)
        if chosen is None:
            return Attribution("", "", False)
        return Attribution(self.resolve(chosen.subject, chosen.start), chosen.channel, False)
