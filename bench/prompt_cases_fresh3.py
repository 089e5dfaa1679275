"""The third fresh held-back set: prose prompts in LVD's six categories and short Fountain scenes.

Written by a third author ("fresh3") who never tuned the rules planner and never read its source, its tests, the
tuning or held-back families of `prompt_cases.py`, nor either earlier fresh set. Only the helper part of
`prompt_cases.py` (the Case and Fail types, plan access and check helpers) was read, and its word lists only to
avoid them: the nouns, verbs, colours, numbers, names, rooms and crowds below are this file's own, written per
family, with sentence frames that real users write (short and long, clauses, passives, inverted order, British
and American spellings, "Show ...", "Create a clip where ...").

Each family draws PER_FAMILY distinct prompts from a random generator seeded with the family's name, so the set
is the same in every process. Checks look things up by head noun (entity name) or by a character's name, and
judge boxes over time with the shared helpers' tolerances; a check asks only for what the words state.

Checks corrected after the first validation run (`--half fresh3 --show-fresh3-failures 400`, its failures read
only to find wrong checks; no prompt changed, no family dropped):

- visibility/stays_while_other_appears asked the landmark ("the pond", "the well") to be on screen throughout:
  "the whole time" says how long the animal stays, not that the place it stays by is a tracked thing (a pond is
  scenery). The check now asks the animal throughout and the second animal to appear, as the words say.
- screenplay/he_leaves_she_stays asked "He gets up and heads for the door" to end with him off screen: heading
  for the door is going toward it, not leaving. That variant now asks only that he is in the shot; "leaves" and
  "heads out" still ask for an exit.
- screenplay/hangs_it_on_the_hook looked "the coat rack" up by the whole compound; things are looked up by head
  noun, so it is now "rack" (as "hook" and "peg" already were).
- screenplay/sounds_not_props (found reading the family again, not from a failure) also forbade the roof, hills,
  stairs and town the sounds come over or from as props: those are places a camera may well show. Only the
  sound-makers (dishes, footsteps, rain, thunder, fireworks) are now forbidden as props.

Checks read and kept: size words in contrast ("a massive snail beside a wee giraffe") ask the first to be drawn
bigger, as LVD's attribution prompts do; "slams the door behind him" asks for an exit; "runs down the slope"
asks for a move down the frame; a creature passing someone's feet asks the two to share the shot, as
larger_than() does for one passing the person.
"""
from __future__ import annotations

import random
from typing import Callable

from prompt_cases import (Case, Fail, all_of, appears_before, at, bigger, both, cast_has, cast_named, colour,
                          colours_of, count, creature, crosses, crowd, enters_scene, every, everyone_enters,
                          exits_scene, absent_after, apart, larger_than, legs, moves, need, nears, no_props_from_sound,
                          on_screen, only, placed_at, placed_on, rel, route, seen_throughout, sits_between,
                          smaller_than, unseen, window)

PER_FAMILY = 8
HALF = "fresh3"
FAMILIES: list[tuple[str, str, Callable]] = []


def family(category: str, name: str):
    def deco(fn):
        FAMILIES.append((category, name, fn))
        return fn
    return deco


def an(word: str) -> str:
    return ("an " if word[0].lower() in "aeiou" else "a ") + word


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def hue(name: str, col: str):
    """colour(), with grey and gray taken as one colour."""
    def check(plan, shot):
        if col in ("grey", "gray"):
            try:
                colour(name, "grey")(plan, shot)
            except Fail:
                colour(name, "gray")(plan, shot)
        else:
            colour(name, col)(plan, shot)
    return check


def never_shown(name: str):
    """A voice off screen or over: that character is on screen in no shot of the passage."""
    def check(plan, shot=None):
        for s in plan.shots:
            need(name.lower() not in on_screen(s), f"{name} (heard only) on screen in {s.id}")
    return check


# ================================================================================================== numeracy
@family("numeracy", "grazers_in_a_place")
def _(r):
    sing, pl = r.choice([("zebra", "zebras"), ("llama", "llamas"), ("donkey", "donkeys"), ("pony", "ponies"),
                         ("ox", "oxen"), ("lamb", "lambs"), ("calf", "calves"), ("antelope", "antelopes")])
    word, n = r.choice([("seven", 7), ("4", 4), ("eight", 8), ("three", 3), ("7", 7)])
    place = r.choice(["paddock", "pasture", "valley", "clearing", "savannah", "savanna"])
    frame = r.choice(["{N} {pl} in a {place}.", "{N} {pl} graze in the {place}.",
                      "{N} {pl} grazing peacefully in a sunny {place}", "a {place} with {N} {pl} in it"])
    return cap(frame.format(N=word, pl=pl, place=place)), count(sing, n)


@family("numeracy", "lined_up_along")
def _(r):
    sing, pl = r.choice([("lantern", "lanterns"), ("pumpkin", "pumpkins"), ("candle", "candles"),
                         ("helmet", "helmets"), ("jar", "jars"), ("flowerpot", "flowerpots"), ("kettle", "kettles")])
    word, n = r.choice([("four", 4), ("seven", 7), ("eight", 8), ("6", 6), ("three", 3)])
    where = r.choice(["the pier", "the windowsill", "a low stone ledge", "the edge of the porch", "the riverbank"])
    frame = r.choice(["Show {N} {pl} lined up along {w}.", "{N} {pl} placed in a neat row along {w}.",
                      "Please generate {N} {pl} sitting in a line along {w}, evenly spaced."])
    return cap(frame.format(N=word, pl=pl, w=where)), count(sing, n)


@family("numeracy", "two_kinds_share")
def _(r):
    (s1, p1), (s2, p2) = r.sample([("penguin", "penguins"), ("seal", "seals"), ("crab", "crabs"),
                                   ("seagull", "seagulls"), ("pelican", "pelicans"), ("walrus", "walruses")], 2)
    (w1, n1), (w2, n2) = r.sample([("two", 2), ("three", 3), ("four", 4), ("one", 1)], 2)
    place = r.choice(["beach", "rocky shore", "ice floe", "sandbank"])
    frame = r.choice(["{a} {p1} and {b} {p2} share the {pl}.", "On the {pl} there are {a} {p1} and {b} {p2}.",
                      "{a} {p1} with {b} {p2} on a {pl}"])
    t1 = s1 if n1 == 1 else p1
    t2 = s2 if n2 == 1 else p2
    text = frame.format(a=w1, p1=t1, b=w2, p2=t2, pl=place)
    return cap(text), both(count(s1, n1), count(s2, n2))


@family("numeracy", "exactly_on_a_surface")
def _(r):
    sing, pl = r.choice([("mug", "mugs"), ("teacup", "teacups"), ("clock", "clocks"), ("figurine", "figurines"),
                         ("candlestick", "candlesticks"), ("jar", "jars")])
    word, n = r.choice([("three", 3), ("four", 4), ("5", 5), ("seven", 7)])
    surface = r.choice(["shelf", "mantelpiece", "sideboard", "dresser", "windowsill"])
    frame = r.choice(["There are exactly {N} {pl} on the {s}.", "Exactly {N} {pl} stand on the {s}.",
                      "{N} {pl} are arranged on a wooden {s}."])
    return cap(frame.format(N=word, pl=pl, s=surface)), both(count(sing, n), every(sing, "on", surface))


@family("numeracy", "watched_while_resting")
def _(r):
    sing, pl = r.choice([("kitten", "kittens"), ("piglet", "piglets"), ("duckling", "ducklings"),
                         ("cub", "cubs"), ("hamster", "hamsters"), ("chick", "chicks")])
    word, n = r.choice([("two", 2), ("three", 3), ("4", 4), ("five", 5)])
    watcher = r.choice(["hen", "badger", "raccoon", "hedgehog", "peacock"])
    rest = r.choice(["nap", "doze", "huddle together", "curl up"])
    frame = r.choice(["Create a clip where {N} {pl} {rest} quietly while {w} watches them.",
                      "{N} {pl} {rest} as {w} keeps an eye on them."])
    return cap(frame.format(N=word, pl=pl, rest=rest, w=an(watcher))), both(count(sing, n), count(watcher, 1))


@family("numeracy", "pair_trio_half_dozen")
def _(r):
    sing, pl = r.choice([("sailboat", "sailboats"), ("canoe", "canoes"), ("yacht", "yachts"),
                         ("rowboat", "rowboats"), ("kayak", "kayaks"), ("ferry", "ferries")])
    word, n = r.choice([("a pair of", 2), ("a trio of", 3), ("half a dozen", 6), ("a couple of", 2)])
    where = r.choice(["harbour", "harbor", "bay", "lagoon", "marina"])
    frame = r.choice(["{N} {pl} bobbing in the {w}.", "{N} {pl} float in a calm {w}.",
                      "Show {N} {pl} anchored in the {w}."])
    return cap(frame.format(N=word, pl=pl, w=where)), count(sing, n)


@family("numeracy", "number_with_colour")
def _(r):
    sing, pl = r.choice([("trophy", "trophies"), ("umbrella", "umbrellas"), ("teapot", "teapots"),
                         ("backpack", "backpacks"), ("lantern", "lanterns"), ("motorbike", "motorbikes")])
    word, n = r.choice([("eight", 8), ("four", 4), ("6", 6), ("three", 3), ("seven", 7)])
    col = r.choice(["silver", "teal", "turquoise", "maroon", "violet", "beige"])
    frame = r.choice(["I want {N} {c} {pl} in the frame.", "{N} {c} {pl}.", "A picture of {N} shiny {c} {pl}"])
    return cap(frame.format(N=word, c=col, pl=pl)), count(sing, n)


@family("numeracy", "just_these_nothing_else")
def _(r):
    sing, pl = r.choice([("pineapple", "pineapples"), ("watermelon", "watermelons"), ("coconut", "coconuts"),
                         ("pear", "pears"), ("lemon", "lemons"), ("cabbage", "cabbages")])
    word, n = r.choice([("4", 4), ("7", 7), ("8", 8), ("6", 6), ("3", 3)])
    frame = r.choice(["Exactly {N} {pl} and nothing else.", "Just {N} {pl}, no other objects.",
                      "Only {N} {pl} - nothing else in the scene."])
    return frame.format(N=word, pl=pl), both(count(sing, n), only(sing))


@family("numeracy", "inverted_there_sit")
def _(r):
    sing, pl = r.choice([("pigeon", "pigeons"), ("crow", "crows"), ("sparrow", "sparrows"),
                         ("parrot", "parrots"), ("magpie", "magpies")])
    word, n = r.choice([("four", 4), ("seven", 7), ("three", 3), ("eight", 8)])
    where = r.choice(["On the rooftop", "Along the railing", "On the old wire", "Beside the lighthouse",
                      "On the chimney"])
    verb = r.choice(["sit", "perch", "stand", "are"])
    return f"{where} {verb} {word} {pl}.", count(sing, n)


@family("numeracy", "one_among_many")
def _(r):
    person = r.choice(["shepherd", "farmer", "herder", "zookeeper", "ranger"])
    sing, pl = r.choice([("alpaca", "alpacas"), ("goose", "geese"), ("buffalo", "buffaloes"),
                         ("ostrich", "ostriches"), ("reindeer", "reindeer")])
    word, n = r.choice([("five", 5), ("seven", 7), ("4", 4), ("three", 3), ("eight", 8)])
    frame = r.choice(["A single {p} surrounded by {N} {pl}.", "One {p} and {N} {pl} on a hillside.",
                      "A lone {p} leads {N} {pl} home."])
    return frame.format(p=person, N=word, pl=pl), both(count(person, 1), count(sing, n))


# =============================================================================================== attribution
@family("attribution", "two_things_two_colours")
def _(r):
    o1, o2 = r.sample(["umbrella", "teapot", "kettle", "guitar", "lantern", "backpack", "clock", "skateboard",
                       "helmet", "mailbox"], 2)
    c1, c2 = r.sample(["teal", "silver", "maroon", "navy", "lime", "crimson", "beige", "violet"], 2)
    frame = r.choice(["{A} and {B}.", "{A} next to {B}", "There is {A} and also {B}."])
    text = frame.format(A=an(f"{c1} {o1}"), B=an(f"{c2} {o2}"))
    return cap(text), both(hue(o1, c1), hue(o2, c2))


@family("attribution", "same_thing_two_colours")
def _(r):
    sing, pl = r.choice([("mitten", "mittens"), ("scarf", "scarves"), ("jug", "jugs"), ("surfboard", "surfboards"),
                         ("parasol", "parasols"),
                         ("wheelbarrow", "wheelbarrows")])
    c1, c2 = r.sample(["turquoise", "magenta", "ivory", "olive", "scarlet", "grey", "indigo"], 2)
    frame = r.choice(["{A} beside {B2} one.", "Two {pl}: one {c1}, the other {c2}.",
                      "{A} and {B2} one lying side by side"])
    text = frame.format(A=an(f"{c1} {sing}"), B2=an(c2), pl=pl, c1=c1, c2=c2)

    def check(plan, shot):
        cols = [c1, c2]
        try:
            colours_of(sing, *cols)(plan, shot)
        except Fail:
            if "grey" not in cols:
                raise
            colours_of(sing, *["gray" if c == "grey" else c for c in cols])(plan, shot)
    return cap(text), check


@family("attribution", "enormous_and_teeny")
def _(r):
    a, b = r.sample(["hamster", "giraffe", "teapot", "lighthouse", "snail", "whale", "toaster", "tortoise"], 2)
    big = r.choice(["enormous", "massive", "gigantic", "colossal"])
    small = r.choice(["teeny", "wee", "pint-sized", "minuscule"])
    frame = r.choice(["{B} next to {S}.", "Show {B} and {S}.", "{B} standing beside {S}"])
    return cap(frame.format(B=an(f"{big} {a}"), S=an(f"{small} {b}"))), bigger(a, b)


@family("attribution", "relative_clause_colours")
def _(r):
    o1, o2 = r.sample(["armchair", "wardrobe", "bookcase", "cabinet", "piano", "ottoman", "rug"], 2)
    c1, c2 = r.sample(["navy", "cream", "maroon", "teal", "lavender", "gold"], 2)
    frame = r.choice(["The {o1} that is {c1} stands by the {o2}, which is {c2}.",
                      "In the room, the {o1} is {c1} while the {o2} is {c2}.",
                      "A room in which the {o1} is painted {c1} and the {o2} is {c2}."])
    return frame.format(o1=o1, o2=o2, c1=c1, c2=c2), both(hue(o1, c1), hue(o2, c2))


@family("attribution", "painted_a_colour")
def _(r):
    o = r.choice(["canoe", "mailbox", "wagon", "birdhouse", "rowboat", "motorcycle"])
    c = r.choice(["crimson", "turquoise", "silver", "lime", "indigo", "grey", "gray"])
    frame = r.choice(["Show {a} painted {c}.", "Show {a} that has been painted {c}.",
                      "{a}, freshly painted {c}, in the sun"])
    return cap(frame.format(a=an(o), c=c)), hue(o, c)


@family("attribution", "coloured_colored")
def _(r):
    o = r.choice(["hat", "raincoat", "jeep", "envelope", "tent", "kayak"])
    c = r.choice(["violet", "maroon", "beige", "teal", "olive", "scarlet"])
    frame = r.choice(["{a}", "Show me a {c}-colored {o}.", "A {c}-coloured {o} in the middle of nowhere.",
                      "A {o}, {c} in colour.", "A {o}, {c} in color"])
    text = frame.format(a=an(f"{c}-coloured {o}"), c=c, o=o)
    return cap(text), hue(o, c)


@family("attribution", "dwarfed_by")
def _(r):
    a = r.choice(["tugboat", "dinosaur", "rhinoceros", "windmill"])
    b = r.choice(["mushroom", "ladybird", "acorn", "snail"])
    frame = r.choice(["{b} dwarfed by {a}.", "{a} towering over {b}.",
                      "{b} that is much smaller than the {a2} next to it.", "{b} looks tiny beside {a}"])
    text = frame.format(a=an(a), b=an(b), a2=a)
    return cap(text), bigger(a, b)


@family("attribution", "size_and_colour_together")
def _(r):
    a, b = r.sample(["sailboat", "cactus", "bulldozer", "caterpillar", "parcel", "submarine", "pumpkin"], 2)
    c1, c2 = r.sample(["gold", "silver", "teal", "crimson", "ivory", "navy"], 2)
    big = r.choice(["massive", "enormous", "hulking", "gigantic"])
    small = r.choice(["teeny", "little-bitty", "pocket-sized", "wee"])
    text = f"{cap(an(big))} {c1} {a} and {an(small)} {c2} {b}."
    return text, both(hue(a, c1), hue(b, c2), bigger(a, b))


@family("attribution", "one_and_the_other")
def _(r):
    sing, pl = r.choice([("sled", "sleds"), ("sneaker", "sneakers"), ("typewriter", "typewriters"),
                         ("tricycle", "tricycles"), ("deckchair", "deckchairs")])
    c1, c2 = r.sample(["cyan", "magenta", "amber", "olive", "navy", "lavender"], 2)
    place = r.choice(["porch", "lawn", "sand", "pavement", "sidewalk"])
    frame = r.choice(["Two {pl}, one {c1} and one {c2}, on the {p}.",
                      "On the {p} are two {pl}, the first {c1} and the second {c2}."])
    return frame.format(pl=pl, c1=c1, c2=c2, p=place), both(count(sing, 2), colours_of(sing, c1, c2))


@family("attribution", "predicative_statements")
def _(r):
    v = r.choice(["limousine", "tram", "motorcycle", "caravan", "ambulance"])
    o = r.choice(["mailbox", "lamppost", "signpost", "kiosk"])
    c1, c2 = r.choice(["crimson", "silver", "cream", "navy", "teal"]), r.choice(["gold", "lime", "violet", "maroon"])
    frame = r.choice(["The {v} is {c1}; the {o} is {c2}.", "The {v} is {c1} and the {o} next to it is {c2}.",
                      "Make the {v} {c1} and the {o} {c2}."])
    return frame.format(v=v, o=o, c1=c1, c2=c2), both(hue(v, c1), hue(o, c2))


# ================================================================================================ visibility
@family("visibility", "appears_halfway")
def _(r):
    x = r.choice(["hedgehog", "raccoon", "peacock", "tortoise", "squirrel", "badger"])
    place = r.choice(["orchard", "allotment", "courtyard", "backyard", "vegetable patch"])
    frame = r.choice(["Halfway through the video, {a} appears in the {p}.",
                      "{a} appears in the {p} halfway through.",
                      "In the {p}, {a} shows up at the halfway point of the clip."])
    return cap(frame.format(a=an(x), p=place)), window(x, "appears_half")


@family("visibility", "suddenly_vanishes")
def _(r):
    o = r.choice(["teacup", "candle", "jar", "hourglass", "saltshaker"])
    surface = r.choice(["mantelpiece", "shelf", "windowsill", "sideboard"])
    frame = r.choice(["The {o} on the {s} suddenly vanishes.", "{a} sitting on a {s} disappears without a trace.",
                      "Show {a} on the {s} that vanishes into thin air."])
    return cap(frame.format(o=o, a=an(o), s=surface)), window(o, "disappears")


@family("visibility", "empty_then_arrives")
def _(r):
    v = r.choice(["ambulance", "tram", "jeep", "motorcycle", "limousine", "caravan", "minibus"])
    place = r.choice(["car park", "parking lot", "square", "driveway", "crossroads"])
    frame = r.choice(["The {p} is empty at first, and then {a} shows up.",
                      "At first nothing is in the {p}; then {a} arrives.",
                      "An empty {p}, until {a} pulls in."])
    return cap(frame.format(p=place, a=an(v))), window(v, "appears")


@family("visibility", "only_first_half")
def _(r):
    f = r.choice(["drone", "blimp", "seagull", "dragonfly", "airship", "hummingbird"])
    frame = r.choice(["{a} is visible only during the first half of the clip.",
                      "{a} can be seen in the first half of the video and not after.",
                      "Show {a} for the first half only."])
    return cap(frame.format(a=an(f))), window(f, "first_half")


@family("visibility", "only_second_half")
def _(r):
    p = r.choice(["nurse", "sailor", "chef", "firefighter", "astronaut", "mechanic", "cowboy"])
    frame = r.choice(["Only in the second half does {a} come into view.",
                      "{a} is absent for the first half of the clip and present for the second.",
                      "Create a clip where {a} is only seen in its second half."])
    return cap(frame.format(a=an(p))), window(p, "second_half")


@family("visibility", "gone_before_midpoint")
def _(r):
    o = r.choice(["snowman", "sandcastle", "scarecrow", "bonfire", "tent"])
    frame = r.choice(["The {o} fades away before the midpoint of the video.",
                      "{a} is there at the start but is gone by the middle of the clip.",
                      "{a} disappears before the clip is halfway done."])
    return cap(frame.format(o=o, a=an(o))), window(o, "disappears_half")


@family("visibility", "stays_while_other_appears")
def _(r):
    a1, a2 = r.sample(["tortoise", "heron", "badger", "lizard", "hedgehog", "otter"], 2)
    lm = r.choice(["pond", "well", "fountain", "statue", "signpost"])
    stay = r.choice(["stays", "remains", "lingers", "basks"])
    frame = r.choice(["{A} {st} by the {lm} the whole time, while {B} appears later on.",
                      "While {A} {st} next to the {lm} throughout, {B} turns up partway through."])
    text = frame.format(A=an(a1), B=an(a2), st=stay, lm=lm)
    return cap(text), both(seen_throughout(a1), window(a2, "appears"))


@family("visibility", "hidden_then_revealed")
def _(r):
    x = r.choice(["harp", "trophy", "violin", "globe", "skateboard", "statue"])
    frame = r.choice(["Create a video where {a} is hidden at the start and revealed at the end.",
                      "{a} that isn't there at first and is revealed by the end.",
                      "At the beginning we cannot see the {x}; by the end it is in plain view."])
    return cap(frame.format(a=an(x), x=x)), window(x, "appears")


@family("visibility", "one_leaves_other_stays")
def _(r):
    f1, f2 = r.sample(["pigeon", "kestrel", "drone", "parrot", "swallow", "crow"], 2)
    frame = r.choice(["{A} leaves the frame while {B} remains in view.",
                      "{A} flies off and out of view; {B} stays put the whole time.",
                      "Show {A} exiting the shot as {B} stays visible throughout."])
    return cap(frame.format(A=an(f1), B=an(f2))), both(window(f1, "disappears"), seen_throughout(f2))


@family("visibility", "there_throughout_but")
def _(r):
    a, b = r.sample(["windmill", "lighthouse", "scarecrow", "cottage", "haystack"], 2)
    frame = r.choice(["The {a} is there from start to finish, but the {b} only turns up in the last half.",
                      "We see the {a} throughout; the {b} is not visible until the second half.",
                      "Throughout the clip there is {A}, and {B} that only shows in the latter half"])
    return cap(frame.format(a=a, b=b, A=an(a), B=an(b))), both(seen_throughout(a), window(b, "appears_half"))


# ================================================================================================== dynamics
@family("dynamics", "left_to_right")
def _(r):
    a = r.choice(["squirrel", "hedgehog", "penguin", "kangaroo", "ostrich", "badger", "otter"])
    verb = r.choice(["dashes", "scampers", "waddles", "trudges", "sprints", "bounds"])
    place = r.choice(["beach", "snowfield", "lawn", "playground", "dunes"])
    frame = r.choice(["{A} {v} from left to right across the {p}.", "{A} {v} across the {p}, left to right.",
                      "From the left side to the right side of the frame, {a} {v}."])
    return cap(frame.format(A=an(a), a=an(a), v=verb, p=place)), moves(a, "right")


@family("dynamics", "heads_left")
def _(r):
    v = r.choice(["motorcycle", "ambulance", "tram", "jeep", "limousine", "minibus", "lorry"])
    frame = r.choice(["{A} drives toward the left edge of the frame.", "{A} heads off to the left.",
                      "{A} speeds leftwards down the road.", "{A} travelling right to left"])
    return cap(frame.format(A=an(v))), moves(v, "left")


@family("dynamics", "rises_up")
def _(r):
    f = r.choice(["drone", "blimp", "rocket", "seagull", "lantern", "parrot", "firework"])
    frame = r.choice(["{A} rises up into the sky.", "{A} climbs steadily upward.", "{A} soaring upwards",
                      "Show {a} lifting off and going straight up."])
    return cap(frame.format(A=an(f), a=an(f))), moves(f, "up")


@family("dynamics", "falls_down")
def _(r):
    o = r.choice(["pinecone", "coconut", "acorn", "feather", "leaf", "parachute"])
    frame = r.choice(["{A} tumbles down from the top of the frame.", "{A} falls to the ground.",
                      "{A} drifting downward slowly", "Show {a} dropping from the sky."])
    return cap(frame.format(A=an(o), a=an(o))), moves(o, "down")


@family("dynamics", "toward_camera")
def _(r):
    v = r.choice(["train", "motorcycle", "tram", "jeep", "ambulance", "racehorse"])
    frame = r.choice(["{A} comes straight toward the camera.", "{A} approaching the viewer head-on",
                      "Create a clip where {a} drives towards the camera, getting closer and closer."])
    return cap(frame.format(A=an(v), a=an(v))), moves(v, "closer")


@family("dynamics", "into_the_distance")
def _(r):
    p = r.choice(["hiker", "cowboy", "postman", "skier", "pilgrim"])
    frame = r.choice(["{A} walks away from the camera into the distance.",
                      "{A} gets smaller and smaller as they head off into the distance.",
                      "{A} trekking away from us toward the horizon"])
    return cap(frame.format(A=an(p))), moves(p, "away")


_CORNER_WORDS = {"upper left": ["top-left", "upper-left", "top left-hand"],
                 "upper right": ["top-right", "upper-right", "top right-hand"],
                 "lower left": ["bottom-left", "lower-left", "bottom left-hand"],
                 "lower right": ["bottom-right", "lower-right", "bottom right-hand"]}


@family("dynamics", "corner_to_corner")
def _(r):
    a = r.choice(["beetle", "ladybird", "tortoise", "lizard", "snail", "crab"])
    c1, c2 = r.sample(list(_CORNER_WORDS), 2)
    w1, w2 = r.choice(_CORNER_WORDS[c1]), r.choice(_CORNER_WORDS[c2])
    frame = r.choice(["{A} starts in the {w1} corner and makes its way to the {w2} corner.",
                      "{A} crawling from the {w1} corner of the frame to the {w2} corner"])
    return cap(frame.format(A=an(a), w1=w1, w2=w2)), route(a, c1, c2)


@family("dynamics", "goes_over_to")
def _(r):
    a = r.choice(["llama", "donkey", "zebra", "pony", "alpaca", "goose"])
    lm = r.choice(["well", "haystack", "gate", "trough", "windmill", "scarecrow"])
    frame = r.choice(["{A} trots over to the {lm}.", "{A} approaches the {lm}.",
                      "{A} makes its way up to the {lm} and stops beside it."])
    return cap(frame.format(A=an(a), lm=lm)), nears(a, lm)


@family("dynamics", "backs_away_from")
def _(r):
    p = r.choice(["toddler", "chef", "plumber", "knight", "pirate", "butler"])
    o = r.choice(["campfire", "fountain", "piano", "snowman", "statue", "oven"])
    frame = r.choice(["{A} backs away from the {o}.", "{A} slowly moves away from the {o}.",
                      "{A} retreating from {O}"])
    return cap(frame.format(A=an(p), o=o, O=an(o))), nears(p, o, closer=False)


@family("dynamics", "passes_in_front_or_behind")
def _(r):
    v = r.choice(["tram", "cyclist", "jeep", "ostrich", "motorcycle"])
    lm = r.choice(["lighthouse", "statue", "fountain", "kiosk", "obelisk"])
    where = r.choice(["in_front_of", "behind"])
    if where == "in_front_of":
        frame = r.choice(["{A} goes past the {lm}, passing in front of it.",
                          "{A} crosses in front of the {lm} from one side to the other."])
    else:
        frame = r.choice(["{A} goes past the {lm}, passing behind it.",
                          "{A} passes behind the {lm}, from one side of it to the other."])
    return cap(frame.format(A=an(v), lm=lm)), crosses(v, lm, where)


# ================================================================================================ sequential
@family("sequential", "right_then_back_left")
def _(r):
    a = r.choice(["meerkat", "poodle", "ferret", "lamb", "piglet", "gazelle"])
    verb = r.choice(["dashes", "scampers", "bounds", "paces"])
    frame = r.choice(["{A} {v} to the right and then back to the left.",
                      "{A} {v} rightward, turns round, and comes back to the left.",
                      "First {a} {v} to the right; afterwards it heads left again."])
    return cap(frame.format(A=an(a), a=an(a), v=verb)), legs(a, "right", "left")


@family("sequential", "first_then")
def _(r):
    x, y = r.sample(["fisherman", "heron", "rowboat", "kayak", "swan", "ferry"], 2)
    frame = r.choice(["First {x} appears, then {y} shows up.", "{x} appears first, followed by {y}.",
                      "Show {x} arriving, and after that {y}."])
    return cap(frame.format(x=an(x), y=an(y))), appears_before(x, y)


@family("sequential", "only_after_gone")
def _(r):
    x, y = r.sample(["tram", "jeep", "ambulance", "minibus", "motorcycle", "lorry"], 2)
    frame = r.choice(["{X} leaves, and only after it is gone does {y} arrive.",
                      "{X} drives off; once it has left the frame, {y} pulls in.",
                      "After {x} has gone completely, {y} comes into view."])
    return cap(frame.format(X=an(x), x=an(x), y=an(y))), appears_before(x, y, gone=True)


@family("sequential", "up_then_down")
def _(r):
    f = r.choice(["drone", "frisbee", "shuttlecock", "rocket"])
    frame = r.choice(["{A} goes up, then comes back down.", "{A} rises high and then falls back down.",
                      "Show {a} shooting upward before dropping down again."])
    return cap(frame.format(A=an(f), a=an(f))), legs(f, "up", "down")


@family("sequential", "three_corners")
def _(r):
    a = r.choice(["ladybird", "beetle", "gecko", "toad", "spider"])
    c1 = r.choice(list(_CORNER_WORDS))
    rest = [c for c in _CORNER_WORDS if c != c1]
    c2 = r.choice(rest)
    c3 = r.choice([c for c in rest if c != c2])
    w = [r.choice(_CORNER_WORDS[c]) for c in (c1, c2, c3)]
    frame = r.choice(["{A} moves from the {w0} corner to the {w1} corner, and then to the {w2} corner.",
                      "Starting in the {w0} corner, {a} goes to the {w1} corner and finally to the {w2} one."])
    return cap(frame.format(A=an(a), a=an(a), w0=w[0], w1=w[1], w2=w[2])), route(a, c1, c2, c3)


@family("sequential", "drives_left_then_reverses")
def _(r):
    v = r.choice(["forklift", "pickup", "hatchback", "jeep", "minibus"])
    frame = r.choice(["The {v} drives left, stops, and then reverses to the right.",
                      "{A} rolls to the left before backing up to the right.",
                      "{A} goes left and then right."])
    return cap(frame.format(v=v, A=an(v))), legs(v, "left", "right")


@family("sequential", "joins_after_arriving")
def _(r):
    x, y = r.sample(["flamingo", "stork", "crane", "pelican", "heron", "egret"], 2)
    frame = r.choice(["After the {x} has arrived, {y} joins it.",
                      "{X} arrives first, and a little later {y} joins it.",
                      "Once {x} is there, {y} comes along too."])
    return cap(frame.format(x=x, X=an(x), y=an(y))), appears_before(x, y)


@family("sequential", "down_then_right")
def _(r):
    a = r.choice(["marmot", "ibex", "chamois", "lynx"])
    frame = r.choice(["{A} runs down the slope and then off to the right.",
                      "{A} descends first, and then heads to the right.",
                      "{A} comes down the hill, then turns right."])
    return cap(frame.format(A=an(a))), legs(a, "down", "right")


_CLOCKWISE = ["upper left", "upper right", "lower right", "lower left"]


@family("sequential", "clockwise_round_corners")
def _(r):
    x = r.choice(["firefly", "wasp", "drone", "ladybug", "moth", "bumblebee"])
    start = r.randrange(4)
    order = [_CLOCKWISE[(start + i) % 4] for i in range(4)]
    word = r.choice(_CORNER_WORDS[order[0]])
    frame = r.choice(["Create a clip in which {a} visits all four corners clockwise, starting at the {w} corner.",
                      "{A} flies clockwise around the four corners of the frame, beginning in the {w} corner."])
    return cap(frame.format(a=an(x), A=an(x), w=word)), route(x, *order)


@family("sequential", "one_goes_other_comes")
def _(r):
    x, y = r.sample(["gondola", "barge", "canoe", "rowboat", "dinghy"], 2)
    frame = r.choice(["{X} is in the scene at the start; later {y} enters, and by the end the {x} has gone.",
                      "At the start we see {X}; later {y} comes in, and by the end the {x} is no longer there."])
    return cap(frame.format(X=an(x), x=x, y=an(y))), both(window(x, "disappears"), window(y, "appears"))


# =================================================================================================== spatial
@family("spatial", "on_the_left_on_the_right")
def _(r):
    a, b = r.sample(["giraffe", "cactus", "snowman", "scarecrow", "palm"], 2)
    frame = r.choice(["{A} on the left and {B} on the right.",
                      "Place {a} on the left of the frame and {b} on the right.",
                      "On the left is {a}; on the right, {b}."])
    return cap(frame.format(A=an(a), B=an(b), a=an(a), b=an(b))), both(at(a, "left"), at(b, "right"))


@family("spatial", "perched_on")
def _(r):
    x = r.choice(["parrot", "pigeon", "crow", "kitten", "mug", "candle", "frog"])
    y = r.choice(["boulder", "stump", "trunk", "piano", "wheelbarrow", "rock"])
    frame = r.choice(["{X} perched on {Y}.", "{X} sitting on top of {Y}.", "{X} balanced on {Y}",
                      "Show {x} placed on {y}."])
    return cap(frame.format(X=an(x), Y=an(y), x=an(x), y=an(y))), rel(x, "on", y)


@family("spatial", "far_above")
def _(r):
    f = r.choice(["blimp", "hawk", "airship", "drone", "paraglider"])
    lm = r.choice(["lighthouse", "castle", "cathedral", "windmill", "skyscraper", "pyramid"])
    frame = r.choice(["{F} in the sky far above {L}.", "{F} flying over {L}.", "{F} suspended high over {L}.",
                      "Above {L} there is {f}."])
    return cap(frame.format(F=an(f), f=an(f), L=an(lm))), rel(f, "above", lm)


@family("spatial", "sheltering_under")
def _(r):
    a = r.choice(["hedgehog", "frog", "squirrel", "duckling", "chipmunk"])
    o = r.choice(["umbrella", "mushroom", "parasol", "awning", "bridge"])
    frame = r.choice(["{A} sheltering under {O}.", "{A} hiding underneath {O}.",
                      "Under {O} sits {a}.", "{A} directly below {O}"])
    return cap(frame.format(A=an(a), a=an(a), O=an(o))), rel(a, "below", o)


@family("spatial", "side_by_side")
def _(r):
    a, b = r.sample(["zebra", "ostrich", "llama", "donkey", "kangaroo", "emu", "moose"], 2)
    frame = r.choice(["{A} side by side with {B}.", "{A} standing right next to {B}.",
                      "{A} and {B} standing side by side", "{A} at the side of {B}."])
    return cap(frame.format(A=an(a), B=an(b))), rel(a, "next_to", b)


@family("spatial", "standing_in_front_of")
def _(r):
    a = r.choice(["knight", "tourist", "monk", "mime", "juggler", "guard"])
    lm = r.choice(["lighthouse", "windmill", "castle", "cottage", "statue", "fountain"])
    frame = r.choice(["{A} standing in front of {L}.", "In the foreground, {a} stands in front of the {l}.",
                      "{A} posing in front of {L}"])
    return cap(frame.format(A=an(a), a=an(a), L=an(lm), l=lm)), rel(a, "in_front_of", lm)


@family("spatial", "partly_hidden_behind")
def _(r):
    a = r.choice(["raccoon", "tiger", "fawn", "peacock", "leopard", "hyena"])
    o = r.choice(["boulder", "hedge", "shed", "haystack", "bush"])
    frame = r.choice(["{A} partly hidden behind {O}.", "{A} peeking out from behind {O}.",
                      "{A} lurks behind {O}.", "Behind {O} crouches {a}."])
    return cap(frame.format(A=an(a), a=an(a), O=an(o))), rel(a, "behind", o)


@family("spatial", "in_between")
def _(r):
    a, b, c = r.sample(["lamppost", "mailbox", "signpost", "bin", "kiosk", "statue"], 3)
    frame = r.choice(["{A} between {B} and {C}.", "{A} sits in between {B} and {C}.",
                      "Show {a} with {b} on one side and {c} on the other."])
    return cap(frame.format(A=an(a), B=an(b), C=an(c), a=an(a), b=an(b), c=an(c))), rel(a, "between", b, c)


@family("spatial", "frame_regions")
def _(r):
    x = r.choice(["moon", "sun", "clock", "satellite", "lantern"])
    region, words = r.choice([("upper right", ["top-right corner", "upper right-hand corner"]),
                              ("upper left", ["top-left corner", "upper left-hand corner"]),
                              ("lower left", ["bottom-left corner"]), ("lower right", ["bottom-right corner"]),
                              ("center", ["centre", "center", "middle"])])
    w = r.choice(words)
    frame = r.choice(["Put {a} in the {w} of the frame.", "{A} in the {w} of the picture.",
                      "Show {a} right in the {w} of the screen."])
    return cap(frame.format(a=an(x), A=an(x), w=w)), at(x, region)


@family("spatial", "inverted_sides")
def _(r):
    a, b = r.sample(["samurai", "scarecrow", "snowman", "mailbox", "cactus", "bollard"], 2)
    side = r.choice(["right_of", "left_of"])
    word = "right" if side == "right_of" else "left"
    frame = r.choice(["To the {w} of the {b} stands {a}.", "To the {w} of the {b} there is {a}.",
                      "Over on the {w}-hand side of the {b} is {a}."])
    return frame.format(w=word, b=b, a=an(a)), rel(a, side, b)


# ================================================================================================ screenplays
NAMES = [("HANNAH", "she"), ("GREGOR", "he"), ("PRIYA", "she"), ("MATEO", "he"), ("YUKI", "she"),
         ("DESMOND", "he"), ("FATIMA", "she"), ("OWEN", "he"), ("BEATRIZ", "she"), ("LEON", "he"),
         ("AGNES", "she"), ("KOFI", "he"), ("GRETA", "she"), ("THEO", "he"), ("AMARA", "she"), ("LUKAS", "he"),
         ("NOOR", "she"), ("FELIX", "he"), ("ZARA", "she"), ("BRUNO", "he")]
ROOMS = ["GREENHOUSE", "LAUNDROMAT", "WORKSHOP", "BAKERY", "GARAGE", "ATTIC", "BOATHOUSE", "CLASSROOM",
         "PHARMACY", "BARBERSHOP", "POTTERY SHED", "SCHOOL GYM"]
TIMES = ["DAY", "NIGHT", "MORNING", "EVENING", "DUSK", "LATER", "CONTINUOUS"]


def people(r, n):
    return r.sample(NAMES, n)


def heading(r, rooms=ROOMS, ext=("INT.",), sep=" - "):
    return f"{r.choice(ext)} {r.choice(rooms)}{sep}{r.choice(TIMES)}"


def scene(*parts) -> str:
    return "\n\n".join(parts) + "\n"


def cue(name, *lines, ext=None, paren=None):
    head = name + (f" ({ext})" if ext else "")
    body = ([f"({paren})"] if paren else []) + list(lines)
    return "\n".join([head] + body)


def pro(p):
    return cap(p)


@family("screenplay", "walks_in_from_outside")
def _(r):
    (a, _pa), (b, _pb) = people(r, 2)
    line, marker = r.choice([("{b} walks in from the rain, dripping.", "walks in"),
                             ("{b} pushes through the door and comes in.", "comes in"),
                             ("The bell jingles. {b} enters, out of breath.", "enters"),
                             ("{b} wanders in from the street.", "wanders in")])
    text = scene(heading(r), f"{a} {r.choice(['wipes down the till', 'sorts a pile of receipts', 'counts coins'])}.",
                 line.format(b=b), cue(a, r.choice(["You're late.", "We're closed.", "Finally."])))
    return text, enters_scene(marker, b)


@family("screenplay", "storms_out")
def _(r):
    (a, pa), (b, _pb) = people(r, 2)
    verb, marker = r.choice([("storms out", "storms out"), ("hurries out", "hurries out"),
                             ("marches out the back", "marches out"),
                             ("slams the door behind " + ("her" if pa == "she" else "him"), "slams the door")])
    text = scene(heading(r), f"{a} and {b} argue by the window.", cue(b, r.choice(["Then go.", "Fine. Leave."])),
                 f"{a} grabs a coat and {verb}.", cue(b, "...", paren="to nobody"))
    return text, all_of(exits_scene(marker, a), absent_after(marker, a))


@family("screenplay", "arrive_together")
def _(r):
    (a, _), (b, _) = people(r, 2)
    line, m = r.choice([("{a} and {b} come in together, shaking off their umbrellas.", "come in"),
                        ("{a} and {b} enter side by side.", "enter side"),
                        ("In walk {a} and {b}, laughing.", "In walk")])
    text = scene(heading(r), line.format(a=a, b=b), cue(a, "Told you it would pour."))
    return text, everyone_enters(m, a, b)


@family("screenplay", "puts_thing_on_surface")
def _(r):
    (a, _), = people(r, 1)
    thing = r.choice(["teapot", "radio", "kettle", "jar", "parcel", "candle", "clock"])
    target = r.choice(["windowsill", "shelf", "piano", "dresser", "sideboard", "workbench"])
    verb = r.choice(["plonks", "stands", "balances", "deposits", "arranges", "positions"])
    text = scene(heading(r), f"{a} crosses the room with the {thing}.", f"{a} {verb} the {thing} on the {target}.",
                 cue(a, r.choice(["There.", "Perfect.", "That'll do."])))
    return text, placed_on(f"{verb} the {thing}", thing, target, a)


@family("screenplay", "pronoun_places_onto_it")
def _(r):
    (a, pa), = people(r, 1)
    thing = r.choice(["radio", "toolbox", "helmet", "lantern", "tray", "typewriter"])
    target = r.choice(["workbench", "trunk", "cabinet", "windowsill", "shelf"])
    verb = r.choice(["lowers", "heaves", "hoists", "eases"])
    text = scene(heading(r), f"{a} walks over to the {target}.",
                 f"{pro(pa)} {verb} the {thing} onto it and steps back.")
    return text, all_of(placed_on(f"{verb} the {thing}", thing, target, a), cast_has(f"{verb} the", a.lower()))


@family("screenplay", "he_leaves_she_stays")
def _(r):
    he = [n for n, p in NAMES if p == "he"]
    she = [n for n, p in NAMES if p == "she"]
    m, w = r.choice(he), r.choice(she)
    order = r.random() < 0.5
    first = f"{m} and {w} sit at the piano." if order else f"{w} and {m} sit at the piano."
    gone, mark = r.choice([("He gets up and heads for the door.", "heads for"), ("He gets up and leaves.", "leaves"),
                           ("He heads out without a word.", "heads out")])
    text = scene(heading(r), first, gone, "She keeps playing.", cue(w, "Typical.", paren="under her breath"))
    # "heads for the door" says he goes toward it, not that he is gone: there he is only asked to be in that shot
    went = cast_has(mark, m) if mark == "heads for" else exits_scene(mark, m)
    return text, all_of(went, cast_has("keeps playing", w))


@family("screenplay", "squeezes_in_between")
def _(r):
    (a, _), (b, _), (c, pc) = people(r, 3)
    seat = r.choice(["sofa", "sofa", "bench", "couch", "pew", "bleachers"])
    line, mark = r.choice([(f"{c} squeezes in between them.", "squeezes"),
                           (f"{c} sits down between them.", "sits down"),
                           (f"{c} wedges {'herself' if pc == 'she' else 'himself'} between them.", "wedges")])
    text = scene(heading(r), f"{a} and {b} are on the {seat}, watching the rain.", line,
                 cue(a, r.choice(["Comfortable?", "There's no room.", "Really?"])))
    return text, sits_between(mark, c, a, b)


@family("screenplay", "crowd_floods_in")
def _(r):
    who = r.choice(["commuters", "shoppers", "mourners", "tourists", "students", "fans", "villagers"])
    place = r.choice(["TRAIN STATION PLATFORM", "TOWN SQUARE", "HIGH STREET", "STADIUM GATES", "FERRY TERMINAL"])
    verb = r.choice(["floods", "pours onto", "fills", "spills across", "swarms"])
    head = f"EXT. {place} - {r.choice(TIMES)}"
    text = scene(head, f"A crowd of {who} {verb} the {place.split()[-1].lower()}.")
    return text, crowd(f"crowd of {who}", 2)


@family("screenplay", "group_around_someone")
def _(r):
    (a, _), = people(r, 1)
    word, n = r.choice([("Five", 5), ("Three", 3), ("Four", 4), ("Six", 6)])
    who = r.choice(["tourists", "students", "onlookers", "nurses", "sailors", "picnickers"])
    verb = r.choice(["gather around", "crowd round", "huddle around", "cluster around"])
    text = scene(heading(r, ext=("EXT.",), rooms=["HARBOUR WALL", "PARK BANDSTAND", "MUSEUM STEPS", "CLIFF PATH"]),
                 f"{word} {who} {verb} {a}.", cue(a, "Everyone stay together, please."))
    return text, crowd(f"{who} {verb}", n + 1)


@family("screenplay", "four_legged_visitor")
def _(r):
    (a, _), = people(r, 1)
    beast = r.choice(["donkey", "llama", "pony", "mule", "tiger", "zebra", "hound", "badger"])
    verb = r.choice(["wanders into", "trots into", "pads into", "noses into"])
    text = scene(heading(r, ext=("EXT.",), rooms=["FARMYARD", "VILLAGE GREEN", "ZOO ENCLOSURE", "ORCHARD"]),
                 f"{a} hangs laundry on a line.", f"A {beast} {verb} the yard.")
    return text, creature(f"{beast} {verb.split()[0]}", beast, "quadruped")


@family("screenplay", "bird_lands")
def _(r):
    (a, _), = people(r, 1)
    bird = r.choice(["crow", "seagull", "parrot", "pigeon", "magpie", "robin", "heron"])
    verb = r.choice(["lands on the railing", "flutters down beside", "swoops past"])
    line = f"A {bird} {verb}" + (f" {a}." if not verb.endswith("railing") else ".")
    text = scene(heading(r, ext=("EXT.",), rooms=["BALCONY", "PIER", "ROOFTOP", "BUS STOP"]),
                 f"{a} eats a sandwich alone.", line)
    return text, creature(f"{bird} {verb.split()[0]}", bird, "bird")


@family("screenplay", "serpent_in_the_room")
def _(r):
    (a, pa), = people(r, 1)
    snake = r.choice(["snake", "python", "cobra", "adder", "viper"])
    verb = r.choice(["coils", "uncoils", "slithers", "winds"])
    text = scene(heading(r), f"{a} opens a drawer.", f"A {snake} {verb} out of it onto the floor.",
                 f"{pro(pa)} freezes.", cue(a, "Nobody move."))
    return text, creature(f"{snake} {verb}", snake, "serpent")


@family("screenplay", "ape_or_gorilla")
def _(r):
    (a, _), = people(r, 1)
    ape = r.choice(["gorilla", "chimpanzee", "monkey", "ape"])
    verb = r.choice(["knuckle-walks", "swings", "clambers", "lopes"])
    text = scene(heading(r, rooms=["RESEARCH STATION", "JUNGLE CAMP", "ZOO KITCHEN", "SAFARI LODGE"]),
                 f"{a} scribbles in a notebook.", f"A {ape} {verb} across the room toward {a}.")
    return text, creature(f"{ape} {verb}", ape, "biped_creature")


@family("screenplay", "dragon_lands")
def _(r):
    (a, _), = people(r, 1)
    beast = r.choice(["dragon", "griffin", "wyvern"])
    verb = r.choice(["lands", "settles", "touches down"])
    text = scene(heading(r, ext=("EXT.",), rooms=["CASTLE COURTYARD", "MOUNTAIN PASS", "RUINED KEEP"]),
                 f"{a} sharpens a sword.", f"A {beast} {verb} in front of {a}, wings folding.")
    return text, all_of(creature(f"{beast} {verb}", beast, "winged_quadruped"),
                        larger_than(f"{beast} {verb}", beast, a))


@family("screenplay", "huge_beast_passes")
def _(r):
    (a, _), = people(r, 1)
    beast = r.choice(["rhinoceros", "hippopotamus", "bison", "moose", "giraffe", "buffalo"])
    verb = r.choice(["lumbers past", "plods past", "thunders past", "strolls by"])
    text = scene(heading(r, ext=("EXT.",), rooms=["SAVANNAH", "NATIONAL PARK ROAD", "RIVERBANK", "WATERHOLE"]),
                 f"{a} waits by the jeep with binoculars.", f"A {beast} {verb} {a}.")
    return text, all_of(creature(f"{beast} {verb.split()[0]}", beast, "quadruped"),
                        larger_than(f"{beast} {verb.split()[0]}", beast, a))


@family("screenplay", "tiny_creature_at_feet")
def _(r):
    (a, pa), = people(r, 1)
    beast = r.choice(["hedgehog", "hamster", "chipmunk", "frog", "lizard"])
    verb = r.choice(["snuffles", "creeps", "scuttles", "edges"])
    poss = "her" if pa == "she" else "his"
    text = scene(heading(r), f"{a} reads by the stove.", f"A {beast} {verb} past {poss} feet.")
    return text, all_of(creature(f"{beast} {verb}", beast, "quadruped"), smaller_than(f"{beast} {verb}", beast, a))


@family("screenplay", "siren_outside")
def _(r):
    (a, _), = people(r, 1)
    src = r.choice(["siren", "foghorn", "car alarm", "train whistle", "church organ"])
    verb = r.choice(["wails somewhere outside", "sounds in the distance", "goes off down the street"])
    text = scene(heading(r), f"{a} stirs a pot of soup.", f"A {src} {verb}.", f"{a} doesn't look up.")
    return text, unseen(f"{src} {verb.split()[0]}", src.split()[-1], a)


@family("screenplay", "we_hear_offscreen")
def _(r):
    (a, _), = people(r, 1)
    src, verb = r.choice([("baby", "crying"), ("rooster", "crowing"), ("doorbell", "ringing"),
                          ("telephone", "ringing"), ("kettle", "whistling"), ("lawnmower", "droning")])
    where = r.choice(["next door", "off-screen", "O.S.", "from the next room", "upstairs"])
    text = scene(heading(r), f"{a} ties {r.choice(['a shoelace', 'an apron', 'a scarf'])}.",
                 f"We hear a {src} {verb} {where}.", cue(a, "Not now..."))
    return text, unseen(f"{src} {verb}", src, a)


@family("screenplay", "sounds_not_props")
def _(r):
    (a, _), = people(r, 1)
    sound, nouns = r.choice([("The clatter of dishes comes from somewhere below.", ["dishes", "dish"]),
                             ("Footsteps creak on the stairs overhead.", ["footsteps", "footstep"]),
                             ("Rain drums on the tin roof.", ["rain"]),
                             ("The rumble of thunder rolls over the hills.", ["thunder"]),
                             ("Distant fireworks crackle over the town.", ["fireworks", "firework"])])
    mark = " ".join(sound.split()[:2])
    text = scene(heading(r), f"{a} sits alone at the window.", sound)
    return text, no_props_from_sound(mark.rstrip("."), nouns, a)


@family("screenplay", "voice_off_screen")
def _(r):
    (a, _), (b, _) = people(r, 2)
    ext = r.choice(["O.S.", "O.C.", "OFF"])
    text = scene(heading(r), f"{a} stacks chairs in the empty hall.",
                 cue(b, r.choice(["Are you still in there?", "Lock up when you're done!", "Who left the tap on?"]),
                     ext=ext), cue(a, "Nearly finished!"))
    return text, all_of(cast_has("stacks chairs", a), never_shown(b))


@family("screenplay", "narration_over")
def _(r):
    (a, _), (b, _) = people(r, 2)
    act = r.choice(["repairs a fishing net", "sweeps the steps", "kneads dough", "waters seedlings"])
    text = scene(heading(r), f"{a} {act} in silence.",
                 cue(b, r.choice(["That summer, nobody spoke about the flood.", "He always said the sea owed him.",
                                  "I never saw her so calm again."]), ext="V.O."))
    return text, all_of(cast_has(act.split()[0], a), never_shown(b))


@family("screenplay", "huddle_together")
def _(r):
    (a, _), (b, _) = people(r, 2)
    where = r.choice(["under the awning", "by the stove", "on the back step", "beneath one umbrella"])
    verb = r.choice(["huddle together", "sit close together", "stand shoulder to shoulder"])
    text = scene(heading(r), f"{a} and {b} {verb} {where}.", cue(a, "Cold?"), cue(b, "Freezing."))
    return text, cast_has(verb, a, b)


@family("screenplay", "walks_away_then_talk")
def _(r):
    (a, _), (b, pb) = people(r, 2)
    where = r.choice(["to the far end of the pier", "to the other side of the room", "across the car park",
                      "to the far window"])
    text = scene(heading(r), f"{a} and {b} stand at the railing.", f"{b} walks away from {a} {where}.",
                 cue(a, "You're not even listening."), cue(b, "I heard every word."),
                 cue(a, "Then say something."))
    return text, apart("walks away", a, b)


@family("screenplay", "double_dash_heading")
def _(r):
    (a, _), = people(r, 1)
    room = r.choice(["LAUNDROMAT", "NIGHT BUS", "BOWLING ALLEY", "TATTOO PARLOUR", "CAR WASH"])
    t = r.choice(["NIGHT", "3 A.M.", "LATE", "DAWN"])
    act = r.choice(["feeds quarters into a machine", "folds a stranger's shirts", "counts the lanes",
                    "scrubs the floor"])
    text = scene(f"INT. {room} -- {t}", f"{a} {act}.", cue(a, "Quiet night.", paren="to herself"
                                                             if dict(NAMES)[a] == "she" else "to himself"))
    return text, cast_has(act.split()[0], a)


@family("screenplay", "spanish_heading_and_names")
def _(r):
    who = r.choice(["JOSÉ", "MARÍA", "INÉS", "ÁLVARO", "NÚRIA"])
    place = r.choice(["PLAZA DEL MERCADO", "CAFETERÍA", "ESTACIÓN", "MUELLE"])
    t = r.choice(["NOCHE", "DÍA", "TARDE"])
    act = r.choice(["cruza la plaza con una guitarra", "espera junto a la fuente", "enciende un cigarrillo",
                    "lee el periódico"])
    ie = r.choice(["EXT.", "INT."])
    text = scene(f"{ie} {place} - {t}", f"{who} {act}.", cue(who, r.choice(["¿Dónde estabas?", "Ya es tarde."])))
    return text, cast_named(act.split()[0], who.capitalize())


@family("screenplay", "french_heading")
def _(r):
    who = r.choice(["RENÉE", "FRANÇOIS", "HÉLÈNE", "AURÉLIEN", "CÉLINE"])
    place = r.choice(["CUISINE", "GARE DU NORD", "BOULANGERIE", "APPARTEMENT DE " + "JULES"])
    t = r.choice(["JOUR", "NUIT", "SOIR"])
    act = r.choice(["entre en courant", "pose la théière sur l'étagère", "ouvre la fenêtre",
                    "s'assoit près du feu"])
    text = scene(f"INT. {place} - {t}", f"{who} {act}.", cue(who, r.choice(["Tu es là ?", "Enfin !"])))
    return text, cast_named(act.split()[0], who.capitalize())


@family("screenplay", "german_heading")
def _(r):
    who = r.choice(["JÜRGEN", "BJÖRN", "SÖREN", "MAREIKE", "GRÄFIN VOSS"])
    place = r.choice(["WERKSTATT", "KÜCHE", "BAHNHOF", "DACHBODEN"])
    t = r.choice(["TAG", "NACHT", "ABEND"])
    act = r.choice(["repariert ein Fahrrad", "schält Kartoffeln", "wartet am Gleis", "sucht eine alte Kiste"])
    ie = r.choice(["INT.", "EXT."])
    text = scene(f"{ie} {place} \u2013 {t}", f"{who} {act}.", cue(who, r.choice(["Endlich.", "Wo ist sie?"])))
    return text, cast_named(act.split()[0], who.title())


@family("screenplay", "leaves_and_is_talked_about")
def _(r):
    (a, _), (b, pb) = people(r, 2)
    way = r.choice(["leaves through the back door", "slips out the side exit", "exits without a word",
                    "heads out to the yard"])
    mark = way.split()[0]
    text = scene(heading(r), f"{a} and {b} finish the washing-up.", f"{b} {way}.",
                 cue(a, r.choice(["Good riddance.", "And don't come back.", "Always the same."])),
                 f"{a} dries the last plate.")
    return text, all_of(exits_scene(mark, b), absent_after(mark, b))


@family("screenplay", "hangs_it_on_the_hook")
def _(r):
    (a, pa), = people(r, 1)
    thing, target = r.choice([("coat", "hook"), ("hat", "peg"), ("apron", "hook"), ("jacket", "coat rack"),
                              ("scarf", "peg")])
    poss = "her" if pa == "she" else "his"
    text = scene(heading(r), f"{a} comes in from the cold.", f"{pro(pa)} hangs {poss} {thing} on the {target}.")
    return text, placed_at(f"hangs {poss} {thing}", thing, target.split()[-1], a)  # by head noun: "rack"


@family("screenplay", "leans_against")
def _(r):
    (a, pa), = people(r, 1)
    thing = r.choice(["shovel", "rake", "ladder", "surfboard", "broom", "oar"])
    target = r.choice(["shed", "doorframe", "gatepost", "lamppost", "railing"])
    text = scene(heading(r, ext=("EXT.",), rooms=["ALLOTMENT", "BEACH HUT", "FARMHOUSE", "BUILDING SITE"]),
                 f"{a} trudges up the path.", f"{a} leans the {thing} against the {target} and stretches.")
    return text, placed_at(f"leans the {thing}", thing, target, a)


@family("screenplay", "weaves_through_throng")
def _(r):
    (a, _), = people(r, 1)
    who = r.choice(["shoppers", "revellers", "commuters", "pilgrims", "protesters"])
    verb = r.choice(["weaves through a throng of", "pushes through a mob of", "slips past a knot of"])
    text = scene(heading(r, ext=("EXT.",), rooms=["NIGHT MARKET", "CARNIVAL", "TUBE STATION", "HIGH STREET"]),
                 f"{a} {verb} {who}.", cue(a, "Excuse me. Sorry. Excuse me."))
    return text, all_of(crowd(verb.split()[0], 3), cast_has(verb.split()[0], a))


# ====================================================================================================== build
def _make(category, name, fn):
    rng = random.Random(f"fresh3/{name}")
    seen: dict[str, Callable] = {}
    for _ in range(400):
        text, check = fn(rng)
        if text not in seen:
            seen[text] = check
        if len(seen) == PER_FAMILY:
            break
    if len(seen) < PER_FAMILY:
        raise ValueError(f"family {name} gave {len(seen)} distinct prompts")
    return [Case(category, HALF, name, text, check, screenplay=(category == "screenplay"))
            for text, check in seen.items()]


def cases(families=None) -> list[Case]:
    out: list[Case] = []
    for category, name, fn in (FAMILIES if families is None else families):
        out.extend(_make(category, name, fn))
    return out
