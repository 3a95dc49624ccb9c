"""Word lists of the question detector, all folded (lowercase, no diacritics; see language.text)."""

from __future__ import annotations

from copilot.language.text import word_set

# Discourse markers, fillers and thanks that may precede a question without starting a clause.
MARKERS = word_set(
    "so ok okay alright right now and but well great perfect cool good nice interesting um uh erm hmm "
    "mhm yeah yes then next also oh thanks awesome excellent fine sure lovely brilliant wonderful "
    "anyway actually basically also "
    "a i no to wiec dobra dobrze okej super swietnie dzieki dziekuje jasne tak aha rozumiem teraz "
    "yyy eee ee yy zatem fajnie ciekawe rewelacja czyli sluchaj dobrze"
)
SENTENCE_OPENERS = word_set("please just maybe briefly quickly first prosze moze krotko pokrotce")

EN_WH = word_set("what why how when where which who whom whose")
EN_WH_CONTRACTED = word_set("what's how's where's who's why's when's")
EN_AUX = word_set(
    "is are was were do does did have has had would will can could should shall might must "
    "isn't aren't don't doesn't didn't haven't wouldn't can't couldn't won't"
)
EN_INVERSION_AUX = word_set("do does did have has are were is was can could would will should")
EN_INVERSION_SUBJECT = word_set("you your there it anyone anything yourself")
EN_SUBJECT_PRONOUNS = word_set(
    "i we they he she it you one people i'm we're they're you're he's she's it's i'd we'd they'd you'd "
    "i've we've they've you've i'll we'll you'll they'll"
)
EN_PRONOUNS = EN_SUBJECT_PRONOUNS - {"one", "people"}
EN_YOU = word_set("you your you're you've you'd you'll yourself yours")
# Words after which a wh-word opens an embedded clause, not a question ("that's what we do").
EN_EMBEDDERS = word_set(
    "that's is was be know knew see saw sure matter matters exactly decide decided mean remember "
    "understand showed show care like love loved about on of why what's whatever regardless"
)
EN_DETERMINERS = word_set("a an")
EN_IRREGULAR_PAST = word_set("made got took brought led drew kept went gave caught put taught inspired")
EN_NAME_OBJECTS = word_set("a an one two three four five some few your the")
# Stance phrases that lead into a question and belong to it ("in your opinion, what ...").
LEAD_INS = [
    tuple(p.split())
    for p in (
        "in your opinion",
        "in your view",
        "in your experience",
        "from your experience",
        "from your perspective",
        "twoim zdaniem",
        "pana zdaniem",
        "pani zdaniem",
        "w twojej opinii",
        "wedlug ciebie",
        "z twojego doswiadczenia",
        "z twojej perspektywy",
    )
]
# Openers of a conditional clause that is part of the question that follows it.
CONDITIONAL_OPENERS = word_set("if gdybys gdyby gdybym gdybysmy jesli jezeli jakbys")
EN_EVALUATIVE = word_set("cool great awesome amazing nice crazy funny weird wild neat sweet")

EN_IMPERATIVES = word_set("describe explain elaborate summarise summarize outline define compare")
EN_THROUGH_VERBS = word_set("walk talk take run")
EN_EXAMPLE_OBJECTS = word_set("an a some one two three your examples example the more any us me")
EN_NOT_PROMPT_OBJECTS = word_set("sec second seconds minute minutes moment few screen my")

PL_WH = word_set(
    "co czego czemu czym dlaczego jak jaki jaka jakie jakiego jakiej jakim jakich jakimi jakiemu "
    "kiedy gdzie skad dokad ktory ktora ktore ktorego ktorej ktorym ktorych ktorymi ktoremu ile ilu "
    "kto kogo komu kim czyj czyja czyje jakbys"
)
PL_RELATIVE_WH = word_set(
    "ktory ktora ktore ktorego ktorej ktorym ktorych ktorymi ktoremu jaki jaka jakie jakiego jakiej "
    "jakim jakich jakimi co czego czym kiedy gdzie"
)
# Wh-words that also work as "when/if/as" conjunctions in a statement.
PL_CONJUNCTION_WH = word_set("kiedy jak gdzie")
PL_PREPOSITIONS = word_set("z ze w we na o do od za przez dla po przy nad pod u")
PL_EMBEDDERS = word_set(
    "tak niz tego tym temu wiem wiemy sprawdze zobaczymy zalezy niezaleznie wzgledu to ze"
)
PL_NON_QUESTION_AFTER_WH = {
    "jak": word_set("na najbardziej najszybciej najlepiej juz i ktos cos tylko widac"),
    "co": word_set("do prawda tydzien miesiac roku rok dzien chwile najmniej najwyzej wiecej"),
}
PL_YOU_WORDS = word_set(
    "ty ci cie ciebie tobie toba twoj twoja twoje twoim twojej twoich twoja twojego twoimi twojemu "
    "pan pani panu pana panem panstwo panstwa panstwu bys bys"
)
PL_ME_WORDS = word_set("nas nam nami my ja mnie mi nasz nasza nasze naszej naszym naszych naszego")
PL_FIRST_SINGULAR = word_set(
    "mam wiem pytam mysle mowie robie szukam widze sadze uwazam pamietam rozumiem chce moge musze "
    "jestem pracuje znam lubie proponuje zapytam opowiem podam przekaze zrobie"
)
PL_SECOND_NOT_QUESTION = word_set(
    "wiesz widzisz rozumiesz bedziesz dostaniesz zaczniesz poznasz zobaczysz dolaczysz przejdziesz "
    "musisz mozesz slyszysz otrzymasz skonczysz zrobisz napiszesz trafisz zostaniesz dostajesz"
)
# "wspomniałeś o kafce": the candidate's own words repeated back, a preamble rather than a question.
PL_REPORTING_VERBS = word_set(
    "wspomniales wspomnialas wspominales wspominalas mowiles mowilas powiedziales powiedzialas "
    "pisales pisalas napisales napisalas zaznaczyles zaznaczylas wymieniles wymienilas"
)
PL_ADVERB_SKIP = word_set("kiedys moze juz teraz obecnie czasem tez rowniez wczesniej aktualnie")
PL_NOUNS_IN_CIE = word_set("zycie bycie picie mycie szycie")
PL_IMPERATIVES = word_set(
    "opowiedz opowiedzcie opisz opiszcie wyjasnij wyjasnijcie wytlumacz podaj podajcie powiedz "
    "powiedzcie przybliz przedstaw wymien porownaj zdefiniuj scharakteryzuj omow przejdz rozwin "
    "wskaz nazwij strescz oprowadz sprzedaj przekonaj zaproponuj oszacuj policz zaprojektuj wyobraz"
)
PL_SPEECH_INFINITIVES = word_set(
    "opowiedziec powiedziec opisac wyjasnic podac przyblizyc przedstawic wymienic porownac "
    "wytlumaczyc scharakteryzowac omowic zdefiniowac rozwinac wskazac nazwac przejsc pokazac "
    "opowiadac"
)
PL_MODAL_YOU = word_set("mozesz moglbys moglabys moglby mogłaby moglaby moze mozecie moglibyscie")
PL_FUNCTION_WORDS = word_set(
    "ze zeby ale bo i a o w z na do dla przez jak czy prosze od u po dzien dobry dziekuje milo to tak "
    "nie czesc witam"
)
PL_WANT = word_set("chcialbym chcialabym chcielibysmy chcemy chce chcialem chcialam")
PL_WANT_TARGETS = word_set(
    "uslyszec wiedziec dowiedziec poznac zapytac spytac posluchac zebys abys bys zeby aby zrozumiec"
)
PL_SKIPPABLE_IN_PHRASE = word_set("sie teraz jeszcze bardzo troche tez")

# Whole clauses that are not questions to answer (check-ins, greetings, tags).
CHECK_INS = {
    tuple(p.split())
    for p in (
        "does that make sense",
        "does it make sense",
        "does this make sense",
        "is that clear",
        "is it clear",
        "is this clear",
        "is that ok",
        "is that okay",
        "can you hear me",
        "can you hear me ok",
        "can you hear me okay",
        "can you hear me well",
        "can you see my screen",
        "can you see me",
        "do you hear me",
        "are you there",
        "are you still there",
        "is my audio ok",
        "is my audio okay",
        "how are you",
        "how are you doing",
        "how are you doing today",
        "how are you today",
        "how's it going",
        "how is it going",
        "how are things",
        "how have you been",
        "you know",
        "right",
        "yeah",
        "ok",
        "okay",
        "czy to jasne",
        "czy wszystko jasne",
        "czy to zrozumiale",
        "czy mnie slychac",
        "czy mnie dobrze slychac",
        "czy mnie widac",
        "czy mnie slyszysz",
        "czy widzisz moj ekran",
        "widzisz moj ekran",
        "slychac mnie",
        "slyszysz mnie",
        "slyszymy sie",
        "rozumiesz",
        "jasne",
        "prawda",
        "wiesz",
        "jak sie masz",
        "jak sie czujesz",
        "co slychac",
        "jak leci",
        "czesc jak sie masz",
        "jak sie pan ma",
        "jak sie pani ma",
    )
}
TAGS = {("right",), ("yeah",), ("correct",), ("no",), ("prawda",), ("tak",), ("nie",), ("zgadza", "sie")}
TRAILING_FILLERS = [
    tuple(p.split())
    for p in (
        "take your time",
        "no rush",
        "thank you",
        "thanks",
        "you know",
        "nie spiesz sie",
        "dziekuje",
        "dzieki",
    )
]
_FILLER_PHRASE_LIST = [
    tuple(p.split())
    for p in (
        "jak widzisz",
        "jak wiesz",
        "jak pewnie wiesz",
        "jak zapewne wiesz",
        "jak juz wiesz",
        "jak sam wiesz",
        "jak to mowia",
        "as you know",
        "you know",
        "masz racje",
        "masz na mysli",
        "tak jak",
    )
]
# First word -> the fixed filler phrases starting with it.
FILLER_PHRASES: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _FILLER_PHRASE_LIST:
    FILLER_PHRASES.setdefault(_phrase[0], []).append(_phrase)
