"""The screenplay's own vocabulary: the parts of a scene heading, times of day, transitions and end marks, in the
languages screenplays are written in, and the parts of a character cue.

Shared by the Fountain and FDX readers (so that twins of one script agree field for field), by the planners
(what a transition or a time of day means) and by the renderers (which light a time of day asks for). Writers
write headings many ways — `INT. LIBRARY - DAY`, `INT. LIBRARY--DAY`, `INT. LIBRARY – DAY`, `INT. LIBRARY. DAY`,
`INT. LIBRARY, DAY`, `INT. CASA - NOCHE`, `INNEN. KÜCHE - TAG`, `INT。 病院-日` — and this module reads them all
the same way. Words are compared without case and accents ("DÍA" and "DIA" are one word).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# --- what makes a line a heading -------------------------------------------------------------------------------

# The Fountain spec's list, any case: INT, EXT, EST, INT./EXT, INT/EXT, I/E. (EXT/INT is not in it; Big Fish's
# reference count of 190 headings agrees: its two "EXT/INT." lines are action.) One extension: the German and
# Russian abbreviations, in capitals and with their full stop ("INNEN. KÜCHE - TAG", "НАТ. УЛИЦА - НОЧЬ"), which
# no English action line starts with; Spanish, French, Italian and Portuguese scripts use the spec's INT./EXT.
# (Italian EST. is esterno). 。 is the Japanese full stop.
HEADING = re.compile(
    r"^(?:(?i:INT\.?/EXT|I/E|INT|EXT|EST)(?:[.。]|\s|$)|(?:INNEN|AUSSEN|AUẞEN|ИНТ|НАТ)(?:\s?/\s?(?:AUSSEN|НАТ))?\.\s)"
    r"\s*(.*)$")
PREFIX = re.compile(
    r"^(INT\.?\s*/\s*EXT|EXT\.?\s*/\s*INT|I\.?\s*/\s*E|INT\.?\s*/\s*EST|INNEN\s*/\s*AUS?SEN|ИНТ\.?\s*/\s*НАТ|"
    r"INTERIOR|EXTERIOR|INTÉRIEUR|EXTÉRIEUR|INTERIEUR|EXTERIEUR|INTERNO|ESTERNO|INNEN|AUSSEN|AUẞEN|AUßEN|"
    r"ИНТЕРЬЕР|НАТУРА|ИНТ|НАТ|INT|EXT|EST)(?:[.。:]|\s|$)\s*(.*)$",
    re.IGNORECASE)
"""Reading the fields of a line already known to be a heading (a forced one, an FDX Scene Heading) is more
lenient than deciding that a Fountain line is one: EXT./INT, I./E., INTERIOR and the other languages' words count."""

_INT_EXT = {"INT": "INT", "EXT": "EXT", "EST": "EST", "INTERIOR": "INT", "EXTERIOR": "EXT", "INTERIEUR": "INT",
            "EXTERIEUR": "EXT", "INTERNO": "INT", "ESTERNO": "EXT", "INNEN": "INT", "AUSSEN": "EXT",
            "ИНТЕРЬЕР": "INT", "НАТУРА": "EXT", "ИНТ": "INT", "НАТ": "EXT"}
"""Every single prefix, accents folded, to INT, EXT or EST; a prefix naming two places is INT/EXT."""

# --- separators between location and time ----------------------------------------------------------------------

STRONG_SPLIT = re.compile(r"(?<!\s)\s*(?:-{2,}|[–—―−]+)\s*|(?<!\s)\s+-\s+")
"""Dashes that always separate: ' - ', '--' (spaced or not), an en or em dash (spaced or not). The look-behind: a
match starts only at the first space of a run, so a long run of spaces with no dash is one try, not one per
space (quadratic)."""
_WEAK_SEPARATORS = re.compile(r"\.\s+|。\s*|,\s*|、\s*|(?<=\S)-(?=\S)|\s+/\s+|\s+")
"""Full stops, commas, an unspaced hyphen, a slash or a space separate only a time of day that follows them."""
_BRACKETED = re.compile(r"^(.*?\S)\s*[(（\[［]([^()（）\[\]［］]+)[)）\]］]$")


def fold(text: str) -> str:
    """Upper case without accents, for comparing words: 'Día' → 'DIA', 'Dämmerung' → 'DAMMERUNG', 'ẞ' → 'SS',
    full-width '：' → ':'; kana keep their voicing marks ('ド' stays 'ド') and Hangul stays whole."""
    text = unicodedata.normalize("NFKD", text.upper().replace("ß", "SS").replace("ẞ", "SS"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch) or ch in "\u3099\u309a")
    return unicodedata.normalize("NFC", text)


# --- times of day ----------------------------------------------------------------------------------------------

DAY, NIGHT, DUSK, DAWN = "DAY", "NIGHT", "DUSK", "DAWN"
CONTINUITY = ""
"""A time that says when relative to the scene before ('CONTINUOUS', 'LATER'): it keeps the light it had."""

_TIMES: dict[str, tuple[str, ...]] = {
    DAY: (
        # English
        "DAY", "DAYTIME", "DAYLIGHT", "NOON", "MIDDAY", "AFTERNOON", "LATE MORNING", "BROAD DAYLIGHT", "NEXT DAY",
        "ANOTHER DAY", "SAME DAY", "PRESENT DAY",
        # Spanish, Portuguese, Italian, French, German
        "DIA", "DE DIA", "MEDIODIA", "TARDE", "MEIO DIA", "MEIO-DIA", "GIORNO", "POMERIGGIO", "MEZZOGIORNO", "JOUR",
        "MIDI", "APRES MIDI", "APRES-MIDI", "JOURNEE", "TAG", "TAGS", "MITTAG", "NACHMITTAG", "VORMITTAG",
        # Russian, Polish, Dutch
        "ДЕНЬ", "ДНЁМ", "ДНЕМ", "ПОЛДЕНЬ", "DZIEN", "DAG", "MIDDAG",
        # Japanese, Chinese, Korean
        "日", "昼", "日中", "昼間", "午後", "白天", "白日", "中午", "下午", "낮", "오후", "정오",
    ),
    NIGHT: (
        "NIGHT", "NIGHTTIME", "MIDNIGHT", "LATE NIGHT", "LATER THAT NIGHT", "SAME NIGHT",
        "NOCHE", "DE NOCHE", "MEDIANOCHE", "MADRUGADA", "NOITE", "MEIA NOITE", "MEIA-NOITE", "NOTTE", "MEZZANOTTE",
        "NUIT", "MINUIT", "NACHT", "NACHTS", "MITTERNACHT",
        "НОЧЬ", "НОЧЬЮ", "ПОЛНОЧЬ", "NOC",
        "夜", "深夜", "夜中", "真夜中", "夜晚", "晚上", "凌晨", "밤", "심야", "한밤",
    ),
    DUSK: (
        "DUSK", "SUNSET", "TWILIGHT", "EVENING", "LATE AFTERNOON", "MAGIC HOUR", "GOLDEN HOUR", "BLUE HOUR",
        "NIGHTFALL", "SUNDOWN",
        "ATARDECER", "ANOCHECER", "OCASO", "CREPUSCULO", "ENTARDECER", "ANOITECER", "POR DO SOL", "POR-DO-SOL",
        "SERA", "TRAMONTO", "CREPUSCOLO", "IMBRUNIRE", "SOIR", "SOIREE", "CREPUSCULE", "COUCHER DU SOLEIL",
        "COUCHER DE SOLEIL", "FIN DE JOURNEE", "ABEND", "ABENDS", "DAMMERUNG", "ABENDDAMMERUNG", "SONNENUNTERGANG",
        "ВЕЧЕР", "ВЕЧЕРОМ", "ЗАКАТ", "СУМЕРКИ", "WIECZOR", "AVOND", "SCHEMERING",
        "夕", "夕方", "夕暮れ", "黄昏", "夕刻", "日没", "傍晚", "黄昏时", "저녁", "황혼", "해질녘", "일몰",
    ),
    DAWN: (
        "DAWN", "SUNRISE", "DAYBREAK", "FIRST LIGHT", "MORNING", "EARLY MORNING", "PRE DAWN", "PRE-DAWN",
        "NEXT MORNING", "THE NEXT MORNING", "SAME MORNING",
        "AMANECER", "ALBA", "MANANA", "AMANHECER", "MANHA", "NASCER DO SOL", "AURORA",
        "MATTINA", "MATTINO", "ALL'ALBA", "AUBE", "AURORE", "MATIN", "MATINEE", "PETIT MATIN", "LEVER DU SOLEIL",
        "LEVER DE SOLEIL", "MORGEN", "MORGENS", "FRUHMORGENS", "MORGENDAMMERUNG", "MORGENGRAUEN", "SONNENAUFGANG",
        "УТРО", "УТРОМ", "РАССВЕТ", "RANO", "SWIT", "OCHTEND", "DAGERAAD",
        "朝", "早朝", "明け方", "夜明け", "翌朝", "早晨", "清晨", "黎明", "拂晓", "아침", "새벽", "일출",
    ),
    CONTINUITY: (
        "CONTINUOUS", "CONTINUING", "CONT", "LATER", "MOMENTS LATER", "MOMENT LATER", "A MOMENT LATER",
        "SECONDS LATER", "MINUTES LATER", "HOURS LATER", "A BIT LATER", "A LITTLE LATER", "SOON AFTER", "SAME",
        "SAME TIME", "SIMULTANEOUS", "SIMULTANEOUSLY", "MEANWHILE",
        "CONTINUO", "CONTINUA", "CONTINUACION", "MAS TARDE", "MOMENTOS DESPUES", "MOMENTOS MAS TARDE",
        "MISMO MOMENTO", "AL MISMO TIEMPO", "CONTINUACAO", "MAIS TARDE", "MOMENTOS DEPOIS", "MESMO MOMENTO",
        "PIU TARDI", "POCO DOPO", "STESSO MOMENTO", "CONTINU", "CONTINUE", "CONTINUITE", "PLUS TARD",
        "PEU APRES", "MEME MOMENT", "SPATER", "KURZ DARAUF", "KURZ SPATER", "DURCHGEHEND", "FORTLAUFEND",
        "KONTINUIERLICH", "GLEICHZEITIG", "ПОЗЖЕ", "ПРОДОЛЖЕНИЕ", "ТОГДА ЖЕ", "POZNIEJ",
        "同時刻", "続き", "その後", "稍后", "同时", "잠시 후", "동시", "계속",
    ),
}
_NUMBERS = re.compile(r"\b(?:\d+|[IVX]+)\b")   # years and numerals do not count as words of a time: "(1944)"
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=1)
def _time_phrases() -> dict[tuple[str, ...], str]:
    """Folded phrase (as words) → light; CJK words are kept whole (they have no spaces to split on)."""
    out: dict[tuple[str, ...], str] = {}
    for light, words in _TIMES.items():
        for w in words:
            out.setdefault(tuple(_words(w)), light)
    return out


def _words(text: str) -> list[str]:
    """Folded words of a time phrase: punctuation, brackets and hyphens are spaces; CJK runs stay one word."""
    return re.sub(r"[^\w']+", " ", fold(text).replace("_", " ")).split()


def _match(text: str) -> tuple[str, str, bool] | None:
    """(light, the words that said it, whether they end the text) for the time phrase in `text`.

    The words are read left to right, longest phrase first ('LATE AFTERNOON' is dusk, 'MAS TARDE' is later, not
    afternoon); a lighting phrase wins over a continuity one ('NIGHT / LATER' is night). A CJK word matches when
    it is, or ends with, a time word ('翌朝', '公園の夜')."""
    words = _words(text)
    phrases = _time_phrases()
    found: list[tuple[str, str, bool]] = []
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            light = phrases.get(tuple(words[i:i + n]))
            if light is None and n == 1 and _CJK.search(words[i]):
                w = words[i]
                light = next((phrases.get((w[-k:],)) for k in range(min(len(w), 4), 0, -1)
                              if phrases.get((w[-k:],)) is not None and len(w) <= k + 3), None)
            if light is not None:
                found.append((light, " ".join(words[i:i + n]), i + n == len(words)))
                i += n
                break
        else:
            i += 1
    if not found:
        return None
    return next((f for f in found if f[0] != CONTINUITY), found[-1])


def lighting(time_of_day: str | None) -> str | None:
    """The light a scene's time of day asks for: DAY, NIGHT, DUSK or DAWN; '' (CONTINUITY) for a time that only
    says 'later' or 'continuous'; None when it names no time at all ('KITCHEN', empty)."""
    if not time_of_day:
        return None
    m = _match(time_of_day)
    return m[0] if m else None


def lighting_words(time_of_day: str | None) -> str | None:
    """The words of `time_of_day` that decide its light, as written in the script's language ('NOCHE')."""
    m = _match(time_of_day or "")
    return m[1] if m and m[0] != CONTINUITY else None


def time_words(time_of_day: str | None) -> str:
    """The time of day in English words for a prompt: 'night' for 'NOCHE' or 'CONTINUOUS (NIGHT)'; '' for a bare
    'LATER'; unknown words ('KITCHEN') lowercased as written."""
    light = lighting(time_of_day)
    if light is None:
        return (time_of_day or "").lower()
    return light.lower()


def is_time(segment: str) -> bool:
    """A heading segment that says when: a time phrase and a few words at most ('TWO DAYS LATER', '(PRESENT) DAY')."""
    words = _words(_NUMBERS.sub(" ", segment))
    m = _match(segment) if 0 < len(words) <= 5 else None
    # a lighting word anywhere ('(PRESENT) DAY', 'DAY [STORY VERSION]'); 'later' words only at the end
    # ('TWO DAYS LATER', but not 'SAME ROOM')
    return m is not None and (m[0] != CONTINUITY or m[2])


# --- splitting a heading -----------------------------------------------------------------------------------------

def split_heading(heading: str) -> tuple[str | None, str | None, str | None]:
    """'INT. HOUSE - KITCHEN - NIGHT' → ('INT', 'HOUSE - KITCHEN', 'NIGHT'); INT./EXT, INT/EXT, I/E (and
    EXT./INT, I./E., INNEN/AUSSEN) → 'INT/EXT'.

    Dashes (' - ', '--', '–', '—', spaced or not) split the heading into parts: the time of day runs from the first
    part after the location that names a time ('NIGHT', 'NOCHE', 'MOMENTS LATER'; 'DAY - FLASHBACK (1944)'
    keeps what follows it); with no such part, what follows the last dash is the time, as in the spec's examples.
    Without dashes a time of day may follow a full stop, a comma, a hyphen, a bracket or a space ('LIBRARY. DAY',
    'APARTMENT, TWO DAYS LATER', '病院-日', '居間（夜）', 'HOUSE DAY'). A forced heading with no INT/EXT prefix
    keeps it all as the location (unless a time follows a dash).
    """
    int_ext = None
    rest = heading.strip()
    m = PREFIX.match(rest)
    if m:
        int_ext = _int_ext(m.group(1))
        rest = m.group(2).lstrip("-–—. ").strip()
    parts = [p.strip() for p in STRONG_SPLIT.split(rest)]
    parts = [p for p in parts if p] or [""]
    if int_ext is None and len(parts) > 1:
        # "KÜCHE - INNEN - TAG": German television writes INNEN/AUSSEN after the place
        for k, p in enumerate(parts[1:], 1):
            if fold(p).rstrip(".") in ("INNEN", "AUSSEN", "INT", "EXT"):
                int_ext = _int_ext(p.rstrip("."))
                del parts[k]
                break
    if len(parts) > 1:
        k = next((k for k, p in enumerate(parts[1:], 1) if is_time(p)), len(parts) - 1)
        return int_ext, " - ".join(parts[:k]) or None, " - ".join(parts[k:]) or None
    location, time = _weak_split(parts[0])
    return int_ext, location or None, time


def _weak_split(rest: str) -> tuple[str, str | None]:
    """(location, time) at the first weak separator that only a time of day follows; else (rest, None)."""
    m = _BRACKETED.match(rest)
    if m and is_time(m.group(2)):
        return m.group(1).strip(" -.,"), m.group(2).strip()
    for sep in _WEAK_SEPARATORS.finditer(rest):
        location, tail = rest[:sep.start()].strip(), rest[sep.end():].strip()
        if not location or not tail:
            continue
        if sep.group(0).strip() == "." or sep.group(0).startswith("。"):
            # "BOARDING HOUSE. NYC. DAY. 1868.": the time is the one sentence that says when
            first = re.split(r"(?<=\.)\s+|。", tail, maxsplit=1)[0].rstrip(".")
            if is_time(first) and not first.isdigit():
                return location.rstrip("."), first
            continue
        if sep.group(0).isspace():
            m = _match(tail)  # "HOUSE DAY": after a bare space only a lighting phrase, alone, counts
            if m and m[0] and m[1] == " ".join(_words(tail)):
                return location, tail
            continue
        if is_time(tail.rstrip(".")):
            return location.rstrip(".,"), tail.rstrip(".")
    return rest, None


def _int_ext(prefix: str) -> str:
    key = re.sub(r"[.\s]", "", fold(prefix))
    return "INT/EXT" if "/" in key else _INT_EXT.get(key, "INT/EXT")


# --- transitions and end marks ----------------------------------------------------------------------------------

FADE_IN, FADE_OUT, CUT_TO_BLACK = "fade_in", "fade_out", "cut_to_black"
"""Besides the plan's transition types (cut, dissolve, fade, wipe, dip_to_white): how a film opens and closes."""

_TRANSITIONS: tuple[tuple[str, str], ...] = (
    # (folded pattern over the whole line without its final ':' or '.', kind); first match wins
    (r"FADE (?:IN|UP)(?: FROM BLACK)?|OPEN(?:ING)? (?:ON|FROM) BLACK|FROM BLACK|IRIS IN|"
     r"FUNDIDO (?:DE|DESDE) NEGRO|FUNDIDO DE ENTRADA|ABRE (?:DE|DESDE|EN) (?:NEGRO|FUNDIDO)|ENTRA EN FUNDIDO|"
     r"OUVERTURE (?:EN FONDU|AU NOIR|EN NOIR)|FONDU D'OUVERTURE|FONDU (?:AU|DU) NOIR D'OUVERTURE|"
     r"AUFBLENDE|AUFBLENDEN|AUFBLENDUNG|DISSOLVENZA (?:IN APERTURA|DAL NERO)|APERTURA IN DISSOLVENZA|"
     r"ABRE EM FADE|CLAREIA|FADE IN DO PRETO|ИЗ ЗАТЕМНЕНИЯ|ВЫХОД ИЗ ЗАТЕМНЕНИЯ|"
     r"フェードイン|フェード イン|溶明|F\.? ?I|淡入|페이드 ?인", FADE_IN),
    (r"(?:SMASH )?CUT(?: TO)? (?:TO )?BLACK|SMASH TO BLACK|BLACKOUT|BLACK OUT|CORTE A NEGRO|CORTE AL NEGRO|"
     r"COUPE (?:AU|SUR LE) NOIR|NOIR|SCHNITT (?:AUF|INS) SCHWARZ?E?|STACCO (?:SUL |AL )?NERO|"
     r"CORTA PARA (?:O )?PRETO|CORTE PARA (?:O )?PRETO|ЧЁРНЫЙ ЭКРАН|ЧЕРНЫЙ ЭКРАН|暗転|黑场|黑屏|암전", CUT_TO_BLACK),
    (r"FADE OUT|FADE TO BLACK|FADES? TO BLACK|FADE AWAY|IRIS OUT|FUNDIDO A NEGRO|FUNDIDO EN NEGRO|"
     r"FUNDIDO DE SALIDA|FUNDE A NEGRO|FUNDIDO FINAL|FERMETURE (?:EN FONDU|AU NOIR)|FONDU (?:AU|EN) NOIR|"
     r"FONDU DE FERMETURE|FONDU FINAL|ABBLENDE|ABBLENDEN|ABBLENDUNG|AUSBLENDE|AUSBLENDEN|SCHWARZBLENDE|"
     r"BLENDE (?:AUF|ZU|INS) SCHWARZ|DISSOLVENZA (?:IN NERO|IN CHIUSURA|AL NERO)|CHIUSURA IN DISSOLVENZA|"
     r"ESCURECE|ESCURECIMENTO|FADE PARA (?:O )?PRETO|FECHA EM FADE|ЗАТЕМНЕНИЕ|ВХОД В ЗАТЕМНЕНИЕ|"
     r"フェードアウト|フェード アウト|溶暗|F\.? ?O|淡出|페이드 ?아웃", FADE_OUT),
    (r".*(?:TO|TO THE|A|AL|AU|EN|IN) WHITE|.*(?:BLANCO|BLANC|WEISS|BIANCO|BRANCO)|BURN.*|WEISSBLENDE|"
     r"FUNDIDO A BLANCO|FONDU AU BLANC", "dip_to_white"),
    (r".*DISSOLVE.*|.*CROSS ?FADE.*|FUNDIDO ENCADENADO.*|ENCADENADO.*|DISOLVENCIA.*|DISOLUCION.*|"
     r"FONDU ENCHAINE.*|ENCHAINE.*|UBERBLENDUNG.*|UBERBLENDEN.*|UBERBLENDE.*|DISSOLVENZA.*|FUSAO.*|"
     r"НАПЛЫВ.*|オーバーラップ|O\.? ?L|ディゾルブ|叠化|化入|溶入|디졸브", "dissolve"),
    (r".*WIPE.*|CORTINILLA.*|VOLET.*|TENDINA.*|WISCHBLENDE.*|ШТОРКА.*|ワイプ|划像|와이프", "wipe"),
    (r".*FADE.*|FUNDIDO.*|FUNDE.*|FONDU.*|BLENDE.*|DISSOLVENZA.*|ЗАТЕМНЕНИЕ.*", "fade"),
    (r"(?:SMASH |MATCH |JUMP |HARD |QUICK |TIME )?CUT(?: TO| BACK TO)?(?: .*)?|.* TO|"
     r"CORTE(?: DIRECTO| BRUSCO| RAPIDO)?(?: A| AL| PARA)?(?: .*)?|CORTA(?: PARA| A)?(?: .*)?|"
     r"COUPE(?: FRANCHE| SECHE)?(?: A| SUR| SUR LE| AU)?(?: .*)?|CUT SUR|RACCORD.*|"
     r"(?:HARTER )?SCHNITT(?: AUF| ZU| NACH)?(?: .*)?|STACCO(?: SU| A| SUL| SULLA)?(?: .*)?|TAGLIO(?: SU| A)?(?: .*)?|"
     r"СКЛЕЙКА|(?:РЕЗКИЙ )?ПЕРЕХОД(?: НА| К| В)?(?: .*)?|カット|カットイン|カットバック|切至|切到|切换到|切|컷", "cut"),
)
_TRANSITION_RE = [(re.compile(rf"(?:{fold(p)})"), kind) for p, kind in _TRANSITIONS]

END_MARKS = frozenset({"THE END", "END", "FIN", "FINE", "ENDE", "FIM", "EINDE", "KONIEC", "КОНЕЦ", "THE END?",
                       "END OF FILM", "END OF SCREENPLAY", "END CREDITS", "ROLL CREDITS", "FIN DEL FILM",
                       "終", "終わり", "おわり", "完", "劇終", "剧终", "全剧终", "끝"})


def _line_key(text: str) -> str:
    t = fold(text.strip()).rstrip(" :.!：。").strip()
    return re.sub(r"\s+", " ", t)


def transition_kind(text: str) -> str | None:
    """What a one-line transition means, in any of the vocabulary's languages: 'fade_in' (the film opens from
    black), 'fade_out' (to black), 'cut_to_black', or a plan transition type ('cut', 'dissolve', 'fade', 'wipe',
    'dip_to_white'); None when the line is not a transition ('CORTE A:' is a cut, 'Il court.' is not).

    Only short capitalised lines qualify: a transition is a direction, never a sentence of action."""
    raw = text.strip()
    if not raw or "\n" in raw or len(raw) > 48 or raw.upper() != raw:
        return None
    key = _line_key(raw)
    if not key or len(key.split()) > 6 or key in END_MARKS:
        return None
    for pattern, kind in _TRANSITION_RE:
        if pattern.fullmatch(key):
            if kind == "cut" and not _cut_shaped(raw, key):
                continue
            return kind
    return None


def _cut_shaped(raw: str, key: str) -> bool:
    """'CUT TO:', 'CORTE A:', 'SCHNITT.', 'カット' are cuts; 'CUT' in a longer capitalised line of action is not,
    unless the line ends the way transitions do (a colon, or a 'TO' that the spec's transitions end with)."""
    words = key.split()
    return (raw.rstrip().endswith((":", "：")) or len(words) <= 2 or words[-1] == "TO" or bool(_CJK.search(key)))


def is_end_mark(text: str) -> bool:
    """'THE END', 'FIN', 'ENDE', 'КОНЕЦ', '終': the script's last words, not a shot."""
    return _line_key(text) in END_MARKS


# --- character cues ----------------------------------------------------------------------------------------------

CUE = re.compile(r"^(?P<name>[^()^]*)(?P<ext>(?:\([^)]*\)\s*)*)(?P<dual>\^)?$")
"""A cue: a name, extensions in parentheses, an optional ^. The name is greedy (it keeps its trailing spaces,
stripped by the callers) so the pattern never backtracks over a run of spaces: 'A' + 1,500 spaces + 'B' is
one linear match, where a lazy name followed by optional spaces took quadratic time."""
EXTENSION = re.compile(r"\(([^)]*)\)")


def split_cue(cue: str) -> tuple[str, str | None, bool]:
    """'STEEL (V.O.) (CONT'D) ^' → ('STEEL', "V.O., CONT'D", True). Extensions are joined with ', '."""
    cue = cue.strip()
    m = CUE.match(cue)
    if not m:  # odd parentheses in a forced cue: keep it whole
        dual = cue.endswith("^")
        return cue.rstrip("^").strip(), None, dual
    extensions = [e.strip() for e in EXTENSION.findall(m.group("ext"))]
    return m.group("name").strip(), ", ".join(extensions) or None, bool(m.group("dual"))


__all__ = ["CONTINUITY", "CUE", "CUT_TO_BLACK", "END_MARKS", "FADE_IN", "FADE_OUT", "HEADING", "PREFIX",
           "fold", "is_end_mark", "is_time", "lighting", "lighting_words", "split_cue", "split_heading",
           "time_words", "transition_kind"]
