"""Colour words to RGB: what colour "the orange cat", "a dark green jeep" or "MARA (yellow raincoat)" is.

The animatic paints each entity in the colour its description names, so a writer watching the previz sees the
orange cat orange. A phrase is an optional modifier (dark, deep, light, pale, bright, pastel, dull, faded…), a
colour word (about 120: basic colours, their shades, coat and hair colours such as ginger, tabby, chestnut,
palomino, blond; a few words of the main screenplay languages), an optional second colour ("blue-green",
"reddish brown"), and "-ish" forms ("greyish"). Deterministic tables, no model.
"""
from __future__ import annotations

import colorsys
import re
from functools import lru_cache

RGB = tuple[int, int, int]

NAMED: dict[str, RGB] = {
    # basic terms
    "red": (210, 40, 40), "orange": (245, 140, 30), "yellow": (245, 215, 50), "green": (60, 165, 70),
    "blue": (45, 95, 215), "purple": (130, 60, 170), "pink": (240, 130, 175), "brown": (130, 80, 45),
    "black": (28, 28, 30), "white": (240, 240, 236), "grey": (128, 128, 128), "gray": (128, 128, 128),
    # reds, oranges, yellows
    "crimson": (185, 20, 50), "scarlet": (230, 35, 25), "ruby": (175, 20, 60), "cherry": (200, 20, 50),
    "maroon": (120, 25, 35), "burgundy": (125, 20, 45), "wine": (115, 25, 45), "vermilion": (225, 65, 35),
    "coral": (250, 120, 90), "salmon": (245, 140, 115), "peach": (250, 190, 150), "apricot": (250, 175, 120),
    "amber": (250, 175, 20), "tangerine": (250, 130, 20), "rust": (180, 75, 35), "copper": (185, 105, 55),
    "bronze": (170, 120, 55), "gold": (220, 175, 40), "golden": (225, 180, 50), "mustard": (210, 170, 40),
    "lemon": (250, 235, 80), "ochre": (200, 140, 45), "saffron": (245, 180, 40), "honey": (225, 165, 60),
    # greens, blues
    "lime": (160, 220, 50), "olive": (120, 125, 45), "emerald": (30, 150, 90), "jade": (50, 160, 110),
    "mint": (150, 225, 180), "sage": (150, 170, 130), "khaki": (190, 175, 120), "forest": (35, 100, 45),
    "teal": (30, 130, 130), "turquoise": (60, 200, 195), "aqua": (80, 215, 215), "cyan": (40, 200, 225),
    "sky": (120, 180, 235), "azure": (50, 130, 230), "cobalt": (30, 70, 180), "navy": (25, 35, 95),
    "indigo": (70, 40, 140), "sapphire": (30, 60, 160), "denim": (70, 100, 150), "steel": (110, 125, 140),
    # purples, pinks
    "violet": (140, 70, 200), "lavender": (185, 160, 220), "lilac": (200, 165, 215), "plum": (120, 50, 100),
    "magenta": (210, 40, 160), "fuchsia": (220, 50, 170), "rose": (230, 100, 130), "mauve": (190, 140, 170),
    # browns, neutrals
    "tan": (205, 165, 115), "beige": (220, 200, 165), "cream": (245, 235, 205), "ivory": (245, 240, 220),
    "chocolate": (95, 55, 30), "coffee": (110, 75, 50), "caramel": (190, 125, 60), "chestnut": (140, 70, 40),
    "mahogany": (110, 45, 30), "walnut": (105, 75, 50), "sand": (215, 190, 140), "sandy": (215, 185, 135),
    "taupe": (140, 125, 110), "charcoal": (55, 58, 62), "slate": (100, 110, 120), "ash": (170, 168, 160),
    "silver": (190, 192, 196), "pearl": (235, 230, 220), "snow": (250, 250, 250), "ebony": (35, 30, 28),
    "jet": (20, 20, 22), "coal": (30, 30, 32), "milky": (240, 238, 228),
    # more shades of general English (sixth session)
    "cerulean": (40, 120, 190), "periwinkle": (150, 150, 230), "chartreuse": (180, 230, 40),
    "cerise": (220, 35, 100), "sepia": (112, 66, 20), "umber": (99, 81, 71), "sienna": (160, 82, 45),
    "russet": (128, 70, 27), "ultramarine": (18, 10, 143), "aquamarine": (110, 220, 190), "graphite": (65, 66, 70),
    "gunmetal": (42, 52, 57), "eggshell": (240, 234, 214), "ecru": (205, 190, 160), "mocha": (120, 85, 60),
    "cinnamon": (170, 90, 40),
    # coats and hair
    "ginger": (215, 110, 40), "tabby": (150, 110, 70), "tawny": (200, 140, 70), "fawn": (210, 170, 120),
    "buff": (220, 190, 140), "bay": (130, 65, 35), "sorrel": (165, 80, 40), "palomino": (225, 185, 110),
    "dun": (190, 160, 110), "roan": (150, 110, 100), "brindle": (120, 85, 55), "calico": (210, 150, 90),
    "blond": (235, 205, 120), "blonde": (235, 205, 120), "auburn": (155, 60, 35), "brunette": (95, 60, 35),
    "redhead": (190, 75, 40), "red-haired": (190, 75, 40), "grey-haired": (170, 170, 170),
    "white-haired": (235, 235, 235), "silver-haired": (195, 195, 200),
    # a few words of other screenplay languages (Spanish, French, German, Italian, Portuguese)
    "rojo": (210, 40, 40), "roja": (210, 40, 40), "naranja": (245, 140, 30), "amarillo": (245, 215, 50),
    "verde": (60, 165, 70), "azul": (45, 95, 215), "negro": (28, 28, 30), "negra": (28, 28, 30),
    "blanco": (240, 240, 236), "blanca": (240, 240, 236), "gris": (128, 128, 128), "marron": (130, 80, 45),
    "rouge": (210, 40, 40), "jaune": (245, 215, 50), "vert": (60, 165, 70), "bleu": (45, 95, 215),
    "noir": (28, 28, 30), "noire": (28, 28, 30), "blanc": (240, 240, 236), "rosso": (210, 40, 40),
    "giallo": (245, 215, 50), "nero": (28, 28, 30), "bianco": (240, 240, 236), "vermelho": (210, 40, 40),
    "amarelo": (245, 215, 50), "preto": (28, 28, 30), "branco": (240, 240, 236), "rot": (210, 40, 40),
    "gelb": (245, 215, 50), "grun": (60, 165, 70), "blau": (45, 95, 215), "schwarz": (28, 28, 30),
    "weiss": (240, 240, 236),
}
"""Colour words (lower case, accents folded) to RGB."""

MODIFIERS = {
    "dark": ("value", 0.55), "deep": ("value", 0.65), "darker": ("value", 0.6), "dim": ("value", 0.7),
    "light": ("white", 0.45), "pale": ("white", 0.55), "pastel": ("white", 0.5), "lighter": ("white", 0.35),
    "bright": ("vivid", 1.0), "vivid": ("vivid", 1.0), "brilliant": ("vivid", 1.0), "neon": ("vivid", 1.0),
    "hot": ("vivid", 0.8), "electric": ("vivid", 1.0),
    "dull": ("grey", 0.45), "muted": ("grey", 0.45), "faded": ("grey", 0.5), "dusty": ("grey", 0.4),
    "washed-out": ("grey", 0.6), "dirty": ("grey", 0.35), "rusty": ("grey", 0.2),
    "oscuro": ("value", 0.55), "claro": ("white", 0.45), "fonce": ("value", 0.55), "clair": ("white", 0.45),
    "dunkel": ("value", 0.55), "hell": ("white", 0.45), "scuro": ("value", 0.55), "chiaro": ("white", 0.45),
    "escuro": ("value", 0.55),
}
"""How a modifier changes the colour after it (or before it, in Romance languages: 'rojo oscuro')."""

_SHADES = {"sky blue": (120, 180, 235), "royal blue": (50, 80, 200), "baby blue": (160, 200, 240),
           "navy blue": (25, 35, 95), "midnight blue": (25, 30, 70), "powder blue": (170, 200, 225),
           "steel blue": (70, 120, 170), "blood red": (140, 10, 15), "fire red": (220, 40, 20),
           "brick red": (170, 60, 45), "forest green": (35, 100, 45), "olive green": (110, 120, 45),
           "sea green": (60, 160, 120), "bottle green": (20, 80, 50), "hunter green": (40, 90, 55),
           "lime green": (130, 210, 50), "hot pink": (240, 60, 150), "off white": (235, 230, 215),
           "off-white": (235, 230, 215)}
"""Two-word shades, 'sky blue' and 'blood red', whose first word alone means something else."""
BASIC = ("red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "grey", "gray")

_TOKEN = re.compile(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*")


def _fold(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _base(word: str) -> RGB | None:
    """A colour word alone: NAMED, its '-ish'/'-y' forms (reddish, greyish, yellowy), hyphen mixes (blue-green)."""
    if word in NAMED:
        return NAMED[word]
    for suffix in ("dish", "ish", "y"):      # reddish, bluish, greyish, yellowy
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            for cand in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
                if cand in NAMED:
                    return NAMED[cand]
    if "-" in word:
        parts = [_base(p) for p in word.split("-")]
        if all(parts):
            return mix(*parts)
    return None


def mix(*colours: RGB) -> RGB:
    n = len(colours)
    return tuple(round(sum(c[i] for c in colours) / n) for i in range(3))  # type: ignore[return-value]


def modify(colour: RGB, how: str, amount: float) -> RGB:
    """Apply one modifier: darker ('value'), toward white ('white'), more saturated ('vivid'), greyer ('grey')."""
    h, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in colour))
    if how == "value":
        v *= amount
    elif how == "white":
        r, g, b = (c + (255 - c) * amount for c in colour)
        return round(r), round(g), round(b)
    elif how == "vivid":
        s, v = min(1.0, s * 1.25 + 0.1 * amount), min(1.0, v * 1.1)
    elif how == "grey":
        s *= 1.0 - amount
    r, g, b = colorsys.hsv_to_rgb(h, s, v)
    return round(r * 255), round(g * 255), round(b * 255)


@lru_cache(maxsize=4096)
def colour_of(text: str) -> RGB | None:
    """The colour the first colour phrase in `text` names, or None: 'an orange cat' → orange,
    'dark green jeep' → dark green, 'pale blue-grey eyes' → a pale blue-grey, 'reddish brown' → between the two,
    'rojo oscuro' → dark red."""
    words = [_fold(w) for w in _TOKEN.findall(text.lower())]
    for i, w in enumerate(words):
        two = " ".join(words[i:i + 2])
        colour, used = (_SHADES[two], 2) if two in _SHADES else (_base(w), 1)
        if colour is None:
            continue
        k = i - 1
        while k >= 0 and words[k] in MODIFIERS:          # "very dark", "light pale": all that precede
            colour = modify(colour, *MODIFIERS[words[k]])
            k -= 1
        j = i + used
        if j < len(words) and words[j] in MODIFIERS and MODIFIERS[words[j]][0] in ("value", "white"):
            colour = modify(colour, *MODIFIERS[words[j]])  # "rojo oscuro", "bleu clair"
        elif j < len(words) and words[j] in BASIC:
            colour = mix(colour, NAMED[words[j]])           # "reddish brown", "blue green"
        return colour
    return None


__all__ = ["BASIC", "MODIFIERS", "NAMED", "colour_of", "mix", "modify"]
