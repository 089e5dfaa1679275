"""The words the rules planner understands: nouns with their kind and real-world size, adjectives, numbers.

Sizes are (width, height) relative to a standing adult (height 1.0), so one camera scale places every kind of
thing consistently: a cat beside a man is a quarter of his height in every shot size.
"""
from __future__ import annotations

# noun -> (kind, width, height, airborne)
_N = {}


def _add(kind: str, words: str, w: float, h: float, air: bool = False) -> None:
    for word in words.split():
        _N[word] = (kind, w, h, air)


_add("person", "man woman boy girl child kid person guy lady gentleman baby teenager teen stranger doctor nurse "
     "soldier officer cop policeman detective driver pilot waiter waitress king queen prince princess knight "
     "farmer student teacher worker dancer singer clown giant witch wizard robot astronaut cowboy sheriff thief "
     "priest nun chef cook mother father mom dad son daughter brother sister husband wife grandmother grandfather "
     "friend crowd guard agent reporter salesman bartender customer player runner fisherman sailor captain "
     "patron guest passenger visitor tourist shopper villager spectator onlooker fan employee clerk diner "
     "traveller traveler commuter pedestrian neighbour neighbor musician drummer actor actress audience "
     "mourner worshipper sailor pirate monk nurse surgeon janitor cashier manager boss secretary lawyer judge "
     "servant maid butler miner hunter rider skater swimmer hiker climber camper vendor beggar refugee "
     "prisoner inmate survivor villain hero people folk kid adult elder teenager "
     "partygoer reveller dancer performer crew staff officer gunman bandit rebel ranger scout "
     "protester demonstrator journalist photographer principal professor emcee stewardess steward attendant "
     "courier mailman postman landlord landlady paramedic bodyguard butcher baker barber dentist "
     "librarian mechanic plumber janitor priest rabbi preacher sheriff deputy cadet sergeant "
     "lieutenant colonel mayor senator governor president queen duke duchess lord lady maid nanny "
     "babysitter toddler infant biker trucker cyclist jogger surfer lifeguard referee umpire fisherwoman "
     "businessman businesswoman assistant receptionist doorman bellhop concierge chauffeur "
     "tenant resident uncle aunt cousin nephew niece grandson granddaughter grandma grandpa granny fiance fiancee "
     "boyfriend girlfriend bride groom widow widower partner colleague roommate classmate stepmother stepfather "
     "stepson stepdaughter godmother godfather twin mum mama papa spouse sibling parent grandparent grandchild "
     "coworker lover companion passerby bystander couple patient intern orderly medic novice apprentice pupil "
     "schoolchild schoolboy schoolgirl monarch emperor empress chief inspector constable commissioner "
     "superintendent admiral chancellor minister reverend pastor bishop local regular native elder", 0.36, 1.0)
# Nouns that name many people at once ('the crowd', 'an audience'): a crowd of figures.
COLLECTIVE = {"crowd", "audience", "mob", "throng", "congregation", "horde", "choir", "gang", "crew", "staff",
              "class", "jury", "squad", "platoon", "orchestra", "committee", "delegation", "regiment", "battalion",
              "troop", "entourage", "faculty", "workforce", "brigade", "militia"}
_add("animal", "cat kitten", 0.35, 0.25)
_add("animal", "dog puppy", 0.5, 0.4)
_add("animal", "horse cow elephant bear camel deer", 1.3, 1.0)
_add("animal", "lion tiger wolf fox goat sheep pig", 0.8, 0.5)
_add("animal", "rabbit mouse rat squirrel frog duck chicken turtle snake", 0.22, 0.15)
_add("animal", "bird crow owl eagle parrot pigeon butterfly bee dragonfly bat fly", 0.2, 0.15, True)
_add("animal", "fish catfish shark whale dolphin", 0.4, 0.2)
_add("animal", "dragon griffin griffon wyvern phoenix", 2.0, 1.4, True)
_add("animal", "unicorn pony donkey mule zebra giraffe", 1.3, 1.0)
_add("animal", "monkey ape gorilla chimpanzee", 0.5, 0.8)
_add("animal", "goose swan hen rooster seagull gull hawk falcon", 0.3, 0.3)
# More creatures, by size (the TEAM contract's bodies below): small and tiny ground animals, dogs by breed,
# middling and large beasts, small birds that fly, birds that stand, fish, serpents, creatures of legend.
_add("animal", "raccoon badger otter beaver skunk porcupine ferret weasel possum opossum meerkat chipmunk lizard "
     "iguana tortoise hare armadillo", 0.3, 0.2)
_add("animal", "hedgehog hamster gecko chameleon toad newt salamander crab spider scorpion beetle cockroach "
     "caterpillar snail ant lobster", 0.08, 0.05)
_add("animal", "hound terrier poodle retriever bulldog spaniel collie dachshund labrador sheepdog pup mutt cub "
     "lamb calf foal piglet koala beagle husky greyhound pug corgi chihuahua dalmatian rottweiler mastiff doberman "
     "whippet schnauzer pitbull tabby", 0.5, 0.4)
_add("animal", "leopard cheetah panther cougar puma lynx hyena jackal coyote boar llama alpaca kangaroo panda "
     "reindeer antelope gazelle", 0.9, 0.7)
_add("animal", "moose elk buffalo bison ox bull mare stallion colt hippo hippopotamus rhino rhinoceros cattle "
     "yak", 1.5, 1.2)
_add("animal", "crocodile alligator", 1.6, 0.35)
_add("animal", "sparrow robin finch wren magpie raven jay vulture kingfisher woodpecker hummingbird canary "
     "cockatoo dove moth wasp hornet ladybug mosquito albatross", 0.2, 0.15, True)
_add("animal", "penguin heron stork flamingo pelican peacock puffin chick duckling gosling", 0.35, 0.5)
_add("animal", "ostrich emu", 0.6, 1.5)
_add("animal", "salmon trout tuna cod goldfish carp piranha octopus jellyfish stingray seahorse orca", 0.4, 0.2)
_add("animal", "python cobra viper rattlesnake serpent eel boa anaconda", 0.7, 0.1)
_add("animal", "pegasus hippogriff", 2.0, 1.4, True)
_add("animal", "chimp orangutan baboon", 0.5, 0.8)
_add("animal", "yeti bigfoot ogre troll", 1.0, 1.8)
_add("vehicle", "car truck van taxi jeep bus ambulance tractor", 2.4, 0.9)
_add("vehicle", "pickup lorry limousine limo sedan minivan hearse", 2.4, 0.9)
_add("vehicle", "bike bicycle motorcycle scooter", 1.1, 0.6)
_add("vehicle", "boat ship canoe", 2.6, 1.0)
_add("vehicle", "train", 3.5, 1.2)
_add("vehicle", "plane airplane helicopter ufo", 2.6, 1.0, True)
_add("object", "balloon", 0.5, 0.7, True)
_add("object", "ball apple orange banana cup mug glass bottle beer can phone book letter card key gun knife "
     "pen envelope photo photograph watch ring coin wallet hat egg flower candle remote plate bowl jar mask "
     "notebook newspaper map folder file glove scarf bell brush spoon fork", 0.14, 0.14)
_add("object", "tray blanket rope shovel broom parcel package sack", 0.4, 0.3)
_add("object", "box suitcase bag backpack basket bucket lamp vase radio television tv computer laptop "
     "guitar drum pot pillow toy", 0.35, 0.35)
_add("object", "table desk bench counter bed sofa couch piano", 0.9, 0.45)
_add("object", "chair stool", 0.45, 0.55)
_add("object", "tree", 1.2, 2.6)
_add("object", "house building tower cabin barn church lighthouse windmill castle", 3.0, 2.6)
_add("object", "door window mirror painting sign", 0.6, 1.1)
_add("object", "fence wall", 2.4, 0.8)
_add("object", "rock stone log barrel crate", 0.6, 0.45)
_add("object", "cloud kite", 0.9, 0.4, True)
_add("object", "sun moon star", 0.4, 0.4, True)
_add("object", "umbrella", 0.7, 0.8)
_add("object", "snowman scarecrow", 0.7, 1.6)   # figures, not people ('snow'+'man' is no man)
# Things most often named as a measure ('no bigger than a button', 'the size of a mountain').
_add("object", "button thumb pebble grape peanut acorn", 0.05, 0.05)
_add("object", "teacup shoe", 0.14, 0.12)
_add("object", "mountain hill skyscraper", 6.0, 4.0)

NOUNS = _N

IRREGULAR_PLURALS = {
    "men": "man", "women": "woman", "children": "child", "people": "person", "mice": "mouse", "geese": "goose", "oxen": "ox",
    "feet": "foot", "teeth": "tooth", "sheep": "sheep", "fish": "fish", "deer": "deer", "kids": "kid",
    "knives": "knife", "wolves": "wolf", "leaves": "leaf", "shelves": "shelf", "buses": "bus", "boxes": "box",
    "glasses": "glass", "benches": "bench", "couches": "couch", "witches": "witch", "butterflies": "butterfly",
    "puppies": "puppy", "ladies": "lady", "babies": "baby", "cherries": "cherry", "policemen": "policeman",
    "bodies": "body", "fishermen": "fisherman", "gentlemen": "gentleman", "salesmen": "salesman",
    "passers-by": "passerby", "passersby": "passerby", "passer-by": "passerby",
}

COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "both": 2, "several": 3, "some": 2, "few": 3, "pair": 2, "couple": 2}
# number words past twelve (seventh session): 'fifteen pebbles' are fifteen, up to MOST_INSTANCES drawn
COUNTS |= {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
           "nineteen": 19, "twenty": 20}
# scrA9: the tens ('forty or so commuters', 'thirty pilgrims'): a crowd of that many figures in a screenplay
COUNTS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
MOST_INSTANCES = 20
"""The most instances of one thing a phrase draws ('twenty stars' are twenty; 'a hundred stars' twenty too)."""
DETERMINERS = {"the", "this", "that", "these", "those", "his", "her", "their", "its", "my", "our", "your",
               "another", "each", "every"}

COLOURS = {"red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "grey", "gray",
           "golden", "silver", "violet", "beige", "tan", "crimson", "navy", "teal", "turquoise", "ginger", "dark",
           "pale"}
# Colour words beyond the basic ones (each one the animatic can paint, director.colours): 'a maroon van'.
COLOURS |= {"maroon", "burgundy", "vermilion", "coral", "scarlet", "ruby", "amber", "rust", "copper", "bronze",
            "gold", "mustard", "ochre", "saffron", "lime", "olive", "emerald", "jade", "mint", "khaki", "aqua",
            "cyan", "azure", "cobalt", "indigo", "sapphire", "lavender", "lilac", "plum", "magenta", "fuchsia",
            "mauve", "cream", "ivory", "chestnut", "taupe", "charcoal", "slate", "auburn", "tawny", "blond",
            "blonde", "tabby", "peach"}
# more shades of general English, each one director.colours paints ('a cerulean kite', 'a russet fox')
COLOURS |= {"cerulean", "periwinkle", "chartreuse", "cerise", "sepia", "umber", "sienna", "russet", "ultramarine",
            "aquamarine", "graphite", "gunmetal", "eggshell", "ecru", "mocha", "cinnamon", "tangerine", "apricot",
            "sandy", "ebony", "mahogany", "turquoise", "vermilion"}
# Things English names a colour by, said as one ('honey-coloured', 'the colour of sand'; attr7): each colour
# director.colours paints that is no colour word above, with '-coloured' after it, is a colour word too.
from director.colours import NAMED as _PAINTED      # noqa: E402

HUE_NOUNS = {w for w in _PAINTED if w.isalpha() and w not in COLOURS}
COLOURS |= {f"{w}-{c}" for w in HUE_NOUNS for c in ("coloured", "colored")}


def hue(word: str) -> str:
    """The colour a colour word names: 'honey-coloured' is honey."""
    return word.rsplit("-", 1)[0] if word.endswith(("-coloured", "-colored")) else word


# What things are made of, as an adjective or a noun before the head ('a wooden chair', 'a paper lantern'): kept as
# the thing's material. Words that are colours too ('copper', 'bronze') are colours only when said as one.
MATERIALS = {"wooden", "wood", "metal", "metallic", "plastic", "glass", "paper", "cardboard", "stone", "leather",
             "wicker", "ceramic", "steel", "iron", "brass", "bronze", "copper", "tin", "rubber", "cotton", "wool",
             "woollen", "woolen", "straw", "clay", "marble", "bamboo", "concrete", "velvet", "silk", "denim", "felt",
             "porcelain", "crystal", "canvas", "brick", "aluminium", "aluminum", "wax", "linen", "suede", "plush",
             "wire", "foam", "granite", "oak", "pine", "chrome", "pewter", "cast-iron", "stainless", "fabric",
             "terracotta", "bone", "ivory", "golden", "silver", "gold"}
# more of what things are made of, from general English (woods, stones, metals, cloths, other stuff)
MATERIALS |= {"walnut", "mahogany", "cedar", "birch", "maple", "teak", "ebony", "willow", "rattan", "driftwood",
              "plywood", "cork", "jute", "burlap", "nylon", "polyester", "vinyl", "acrylic", "resin", "fiberglass",
              "fibreglass", "titanium", "zinc", "nickel", "platinum", "jade", "obsidian", "quartz", "sandstone",
              "limestone", "slate", "plaster", "cement", "lego", "yarn", "lace", "tweed",
              "corduroy", "satin", "flannel", "fleece", "pottery", "stoneware", "earthenware", "papier-mache",
              "timber", "wrought-iron", "cast-iron", "cloth", "foil", "tinfoil", "hessian", "sackcloth", "gauze",
              "muslin", "chiffon", "cashmere", "mohair", "alabaster", "onyx", "soapstone", "stucco", "adobe"}
# Words that shade a colour rather than name one ('dark blue' is blue).
SHADES = {"dark", "pale", "light", "bright", "deep"}
SIZES = {"big": 1.45, "large": 1.45, "huge": 1.8, "giant": 2.0, "enormous": 2.0, "massive": 1.9, "tall": 1.35,
         "small": 0.6, "little": 0.65, "tiny": 0.4, "short": 0.75, "miniature": 0.4, "gigantic": 2.0,
         "colossal": 2.0, "immense": 1.9, "oversized": 1.7, "towering": 1.8, "mini": 0.45, "teeny": 0.4,
         "petite": 0.65, "minuscule": 0.35, "itty-bitty": 0.4}
ADJECTIVES = COLOURS | set(SIZES) | {
    "old", "young", "new", "wooden", "metal", "plastic", "glass", "striped", "spotted", "fluffy", "shiny", "rusty",
    "happy", "sad", "angry", "sleepy", "cold", "hot", "wet", "dry", "broken", "empty", "full", "round", "square",
    "fat", "thin", "skinny", "elderly", "beautiful", "ugly", "pretty", "handsome", "dirty", "clean", "bright",
    "heavy", "light", "long", "strange", "mysterious", "lonely", "friendly", "wild", "stray", "former", "fellow",
    "retired", "famous", "nervous", "furry", "bald", "bearded", "muddy", "dusty", "ancient", "modern", "soft",
    "quiet", "loud", "dumb", "ridiculous", "gorgeous", "smiling", "crying", "running", "sleeping", "flying",
}

# How a thing looks, said after a copula as well as before its noun ('the kitten is fluffy', 'a checkered flag'):
# patterns, coats and surfaces, ages and wear, from general English. Kept among its traits.
LOOKS = {"striped", "stripy", "spotted", "spotty", "dotted", "speckled", "freckled", "checkered", "chequered",
         "checked", "plaid", "tartan", "polka-dot", "polka-dotted", "dappled", "mottled", "patterned", "floral",
         "flowery", "paisley", "marbled", "banded", "ringed", "patched", "patchy", "fluffy", "furry", "hairy",
         "shaggy", "woolly", "wooly", "fuzzy", "feathery", "scaly", "spiky", "smooth", "rough", "bumpy", "wrinkled",
         "wrinkly", "glossy", "shiny", "matte", "sparkly", "glittery", "metallic", "transparent", "translucent",
         "muddy", "dusty", "rusty", "dirty", "clean", "wet", "soggy", "worn", "tattered", "battered", "dented",
         "cracked", "chipped", "broken", "shabby", "old", "young", "new", "elderly", "ancient", "aged", "brand-new",
         "antique", "vintage", "modern", "weathered", "faded", "bald", "bearded", "curly", "fat", "thin", "skinny",
         "plump", "chubby", "round", "square", "oval", "triangular", "rectangular", "hexagonal", "pointed",
         "wooden", "leathery", "bushy", "sleek", "silky", "knobbly", "gnarled", "frayed", "threadbare", "polished",
         "rusted", "scratched", "torn", "ragged", "lumpy", "knotted", "scruffy", "mangy", "spotless", "grimy"}
ADJECTIVES |= LOOKS

NUMBER_WORDS = {"first": 0, "second": 1, "third": 2, "last": -1}

# Verbs the clause reader recognises between a subject and the rest (a word not here can still be a verb).
VERBS = {
    "is", "are", "was", "were", "sits", "sit", "stands", "stand", "lies", "lie", "rests", "rest", "waits", "wait",
    "moves", "move", "runs", "run", "walks", "walk", "flies", "fly", "drives", "drive", "rolls", "roll",
    "jumps", "jump", "swims", "swim", "hops", "crawls", "crawl", "floats", "float", "glides", "rides", "ride",
    "goes", "go", "comes", "come", "travels", "heads", "races", "race", "dashes", "rushes", "wanders", "strolls",
    "enters", "enter", "exits", "exit", "leaves", "leave", "appears", "appear", "disappears", "disappear",
    "vanishes", "vanish", "falls", "fall", "drops", "drop", "rises", "rise", "climbs", "climb", "sinks", "sink",
    "descends", "ascends", "chases", "chase", "follows", "follow", "holds", "hold", "carries", "carry", "looks",
    "look", "watches", "watch", "sees", "hugs", "kisses", "pushes", "pulls", "throws", "catches", "kicks",
    "opens", "closes", "picks", "grabs", "takes", "gives", "hands", "reads", "eats", "drinks", "sleeps", "sleep",
    "dances", "dance", "waves", "wave", "points", "point", "kneels", "crouches", "hides", "hide", "stops",
    "turns", "faces", "approaches", "approach", "retreats", "emerges", "slides", "bounces", "bounce", "laughs",
    "smiles", "talks", "speaks", "says", "shouts", "steps", "crosses", "cross", "hovers", "hover", "perches",
    "lands", "swoops", "sprints", "marches", "paces", "circles", "stays", "remain", "remains", "shines", "sings",
    "plays", "play", "fights", "fight", "meet", "meets", "join", "joins", "drifts", "drift", "zooms", "scurries",
    "flees", "hurries", "has", "have", "wears", "wear", "stares", "glances",
}
# Verbs whose subject goes somewhere on its own (no direction given: across, in its facing direction).
LOCOMOTION = {"moves", "move", "runs", "run", "walks", "walk", "flies", "fly", "drives", "drive", "rolls", "roll",
              "swims", "swim", "hops", "crawls", "crawl", "floats", "float", "glides", "rides", "goes", "go",
              "travels", "heads", "races", "race", "dashes", "rushes", "wanders", "strolls", "sprints", "marches",
              "paces", "drifts", "drift", "zooms", "scurries", "flees", "hurries", "crosses", "cross", "bounces",
              "bounce", "comes", "come", "chases", "chase", "follows", "follow"}

PLACING_VERBS = {"puts", "put", "sets", "set", "places", "place", "lays", "lay", "drops", "drop", "leaves", "leave",
                 "hangs", "hang", "throws", "throw", "tosses", "toss", "slides", "slide", "rests", "rest", "stacks",
                 "stack", "props", "prop", "plants", "plant", "slams", "slam", "parks", "park"}
"""Verbs whose relation ("on the table") belongs to the thing placed, not to whoever places it."""

PRONOUNS = {"he": "sing", "she": "sing", "it": "sing", "him": "sing", "her": "sing", "they": "plural",
            "them": "plural", "we": "plural"}
FUNCTION_WORDS = {
    "and", "or", "but", "then", "while", "as", "with", "from", "to", "toward", "towards", "into", "onto", "on",
    "in", "at", "of", "by", "under", "over", "above", "below", "behind", "beside", "between", "near", "next",
    "across", "through", "around", "left", "right", "up", "down", "away", "out", "off", "only", "first", "after",
    "before", "when", "until", "is", "are", "was", "were", "be", "its", "their", "his", "her", "who", "which",
    "that", "there", "here", "slowly", "quickly", "also", "too", "again", "back", "beneath", "underneath", "upon",
    "along", "past", "for", "against", "inside", "outside", "top", "bottom", "front", "side", "corner", "middle",
    "center", "centre", "frame", "screen", "half", "end", "beginning", "start", "camera", "viewer", "while",
    "upper", "lower", "edge", "distance", "way", "time", "moment", "second", "third", "same", "other", "each",
}
# Places a thing is in, not things in the shot: "in the grass", "across the street", "into the sky".
SETTINGS = {
    "grass", "field", "park", "room", "street", "garden", "sky", "water", "sea", "ocean", "forest", "woods",
    "kitchen", "city", "snow", "sand", "beach", "meadow", "yard", "road", "air", "background", "foreground",
    "desert", "river", "lake", "rain", "fog", "darkness", "shadows", "shadow", "night", "day", "morning",
    "evening", "sunlight", "light", "floor", "ground", "hallway", "corridor", "stage", "scene", "shot", "picture",
    "image", "space", "world", "town", "village", "countryside", "hill", "hills", "mountain", "mountains",
    "horizon", "sunset", "sunrise", "dark", "mist", "smoke", "wind", "distance", "middle", "pond",
    "hall", "lawn", "square", "pool", "waves", "surface", "trail", "path", "sidewalk", "alley", "parking",
    "dirt", "mud", "gravel", "soil", "pavement",
    "driveway", "walkway", "pathway", "footpath", "boardwalk", "roadside", "hillside", "riverbank", "shoreline",
}

STOP_CAPS = {
    "INT", "EXT", "CUT", "FADE", "DISSOLVE", "TO", "CONT'D", "CONTD", "V.O.", "O.S.", "O.C.", "THE", "END", "A", "AN",
    "POV", "CLOSE", "ON", "ANGLE", "INSERT", "WIDE", "TRACKING", "PAN", "ZOOM", "BACK", "SMASH", "MATCH", "DAY",
    "NIGHT", "LATER", "CONTINUOUS", "FREEZE", "FRAME", "SUPER", "TITLE", "OF", "AND", "IN", "AT", "WE", "SEE",
    "I", "OK", "OKAY", "TV", "FBI", "CIA", "USA", "US", "MR", "MRS", "DR", "PULL", "PUSH", "HIGH", "LOW", "SLOW",
    "MOTION", "FLASHBACK", "MONTAGE", "SERIES", "SHOTS", "INTERCUT", "MORNING", "EVENING", "AFTERNOON", "DUSK",
    "DAWN", "SAME", "AKA", "A.K.A.", "SFX", "VFX", "CONT", "MOMENTS", "NO", "YES", "HE", "SHE", "IT", "BOOM", "BANG", "CRASH", "THUD", "SLAM", "RING",
}


_OE_NOUNS = {"shoe", "toe", "canoe", "hoe", "oboe", "foe", "floe", "sloe", "horseshoe", "tiptoe"}


def singular(word: str) -> str:
    """Best-effort singular of a lower-case noun: irregulars, then -ies, -es, -s."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word in NOUNS or len(word) <= 3:
        return word
    from .syntax import open_class      # English's own lemma where our lexicon lacks the word: 'thermos', 'canvas'

    known = open_class().get(word, {}).get("noun")
    if known and known.isalpha():
        return known
    if word.endswith("ies") and word[:-3] + "y" in NOUNS:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2] in NOUNS:
        return word[:-2]
    if word.endswith(("ches", "shes", "xes", "sses", "zzes")) or word.endswith("oes") and word[:-1] not in _OE_NOUNS:
        return word[:-2]           # nouns the lexicon lacks: 'wrenches', 'tomatoes' (but 'shoes', 'canoes')
    if word.endswith(("us", "is")) and _singular_already(word):
        return word                # 'walrus', 'cactus', 'iris': the lemma lexicon's own singular
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _singular_already(word: str) -> bool:
    """A word ending in -us/-is that English's lemma lexicon lists as its own noun lemma ('walrus', not 'emus')."""
    from .syntax import open_class      # the grammar's lexicon (loaded once, lazily; imported here to avoid a cycle)

    return open_class().get(word, {}).get("noun") == word

# Pronouns people are referred to by, from the nouns that name them ("the woman" is "she").
_FEMALE_NOUNS = {"woman", "girl", "lady", "mother", "mom", "daughter", "sister", "wife", "grandmother", "queen",
                 "princess", "nun", "waitress", "witch", "actress", "aunt", "niece", "bride", "girlfriend", "widow",
                 "mrs", "ms", "miss", "madam", "grandma", "mum"}
_MALE_NOUNS = {"man", "boy", "gentleman", "father", "dad", "son", "brother", "husband", "grandfather", "king",
               "prince", "priest", "waiter", "wizard", "policeman", "fisherman", "salesman", "uncle", "nephew",
               "groom", "boyfriend", "widower", "mr", "sir", "grandpa", "cowboy", "actor", "monk"}
# Common given names by the pronoun a script most likely uses (a prior only: the script's own "he"/"she"
# after a name wins).
FEMALE_NAMES = set("""mary anna ana anne ann sara sarah emma olivia ava sophia sofia isabella mia amelia harper
evelyn abigail emily elizabeth ella grace chloe victoria lily hannah zoe nora natalie leah hazel violet aurora
lucy audrey claire alice julia jane jennifer jessica susan linda patricia barbara margaret karen nancy lisa betty
helen sandra donna carol ruth sharon michelle laura kim deborah rachel amy rebecca kate katie catherine kathy
maria mara marta martha elena lucia laura carmen rosa isabel ines ines beatriz marie sophie camille chloe lea
manon julie nathalie monique heidi greta ingrid ursula petra sabine giulia francesca chiara paola valentina
aiko yuki hana sakura mei ling mei-ling priya aisha fatima layla nadia iris irene diana dora ellen eva eve
frances gloria joan judy june lena lola louise lydia mabel maggie marge molly nina olga pam peggy polly rita
rose sally stella tina vera wendy yvonne zelda sandra jenny tess tessa nell nellie amy beth meg jo""".split())
MALE_NAMES = set("""james john robert michael william david richard joseph thomas tomas charles christopher
daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter
kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold dylan arthur lawrence
jordan jesse bryan billy bruce gabriel joe logan albert willie alan eugene russell vincent victor bobby louis
philip johnny juan carlos luis miguel pedro pablo diego javier jorge antonio manuel marco luca giovanni paolo
pierre jean jacques louis hans klaus jurgen otto karl fritz kenji hiroshi takashi wei jun raj omar ali hassan
oscar jonah tom tim bob bill ben sam max leo hugo ivan igor boris sergei felix emil anton brick steel edward
will ed rex dick hank frank fred ted ned abe gus otis walt earl hal stan vic ray roy rick nick mike jim joe
dan dave don jon ron sid tony vince zack""".split())


def compound_head(word: str) -> str | None:
    """The known noun a closed compound ends in: English compounds are head-final ('schoolgirl' is a girl,
    'workbench' a bench, 'policewoman' a woman); None when the word is known or ends in no noun we know."""
    if word in NOUNS or not word.isalpha() or word.endswith("ing"):
        return None               # ('talking' is no kind of king)
    from .syntax import open_class

    known = open_class().get(word)
    if known and "noun" not in known:
        return None               # a word English knows, though not as a noun ('ottoman' is no kind of man)
    for i in range(3, len(word) - 2):
        tail, head = word[i:], word[:i]
        if tail in NOUNS and tail not in _NO_COMPOUND_TAILS and (head in NOUNS or open_class().get(head)):
            return tail           # both parts words: 'school'+'girl', 'tea'+'pot' (not 'pregn'+'ant')
    return None


# Ends of words that are seldom compound heads: 'unison', 'reason' (son), 'pregnant' (ant), 'pinwheel' (eel).
_NO_COMPOUND_TAILS = {"son", "king", "ant", "eel", "ion", "ram", "hen", "cat", "bat", "rat", "pig", "cow"}


def gender_of_noun(noun: str) -> str | None:
    if noun in _FEMALE_NOUNS:
        return "she"
    if noun in _MALE_NOUNS:
        return "he"
    head = compound_head(noun)
    return gender_of_noun(head) if head else None


def _scrA9_unaccented(word: str) -> str:
    """scrA9: a name without its accents, as the name lists spell it ('Sofía' → 'sofia', 'Inès' → 'ines')."""
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def gender_of_name(name: str) -> str | None:
    first = name.lower().split()[0] if name.split() else ""
    if first not in FEMALE_NAMES and first not in MALE_NAMES:
        first = _scrA9_unaccented(first)
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        return "she"
    if first in MALE_NAMES and first not in FEMALE_NAMES:
        return "he"
    return None


def gender_by_ending(name: str) -> str | None:
    """A weak prior for a given name no list knows, from how names end in many European languages: -a, -ia,
    -ette, -elle, -ine are mostly women's (Helga, Dagna, Nadine), -o, -os, -us, -ov mostly men's (Radko, Marius,
    Petrov). Only where nothing else says."""
    from .syntax import is_name_word

    first = name.lower().split()[0] if name.split() else ""
    if len(first) < 3 or not first.isalpha() or not is_name_word(first, True):
        return None               # ('VARIOUS TOWNFOLK' is no one's name)
    if first.endswith(("ette", "elle", "ine", "a")) and not first.endswith(("ua", "ca", "ka", "ah")):
        return "she"
    if first.endswith(("o", "os", "us", "ov", "ius")):
        return "he"
    return None


# How a creature's body is drawn (the TEAM contract: entity.attributes["body"]; persons have none).
_BODIES = {
    "quadruped": "cat kitten dog puppy horse cow elephant bear camel deer lion tiger wolf fox goat sheep pig rabbit "
                 "mouse rat squirrel frog turtle unicorn pony donkey mule zebra giraffe "
                 "raccoon badger otter beaver skunk porcupine ferret weasel possum opossum meerkat chipmunk lizard "
                 "iguana tortoise hare armadillo hedgehog hamster gecko chameleon toad newt salamander crab spider "
                 "scorpion beetle cockroach caterpillar snail ant lobster hound terrier poodle retriever bulldog "
                 "spaniel collie dachshund labrador sheepdog pup mutt cub lamb calf foal piglet koala leopard "
                 "beagle husky greyhound pug corgi chihuahua dalmatian rottweiler mastiff doberman whippet schnauzer "
                 "pitbull tabby "
                 "cheetah panther cougar puma lynx hyena jackal coyote boar llama alpaca kangaroo panda reindeer "
                 "antelope gazelle moose elk buffalo bison ox bull mare stallion colt hippo hippopotamus rhino "
                 "rhinoceros cattle yak crocodile alligator",
    "bird": "bird crow owl eagle parrot pigeon duck chicken goose swan hen rooster seagull gull hawk falcon "
            "butterfly bee dragonfly bat fly sparrow robin finch wren magpie raven jay vulture kingfisher "
            "woodpecker hummingbird canary cockatoo dove moth wasp hornet ladybug mosquito albatross penguin heron "
            "stork flamingo pelican peacock puffin chick duckling gosling ostrich emu",
    "fish": "fish catfish shark whale dolphin salmon trout tuna cod goldfish carp piranha octopus jellyfish "
            "stingray seahorse orca",
    "serpent": "snake python cobra viper rattlesnake serpent eel boa anaconda",
    "winged_quadruped": "dragon griffin griffon wyvern phoenix pegasus hippogriff",
    "biped_creature": "monkey ape gorilla chimpanzee chimp orangutan baboon yeti bigfoot ogre troll",
}
BODY = {noun: body for body, nouns in _BODIES.items() for noun in nouns.split()}
