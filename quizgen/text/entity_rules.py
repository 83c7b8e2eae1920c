"""Word lists, cues and patterns of the rule-based entity recogniser (settings, no algorithm).

The algorithm is in :mod:`quizgen.text.entities`; the names learnt from WordNet are in
the built ``gazetteer.json.gz``. What is here is what a person tunes by reading errors,
kept apart so a change of wording never hides in control flow.

Annotation conventions (the full guidelines, with examples, are in
``tests/data/NER_GUIDELINES.md``; the recogniser and the gold set follow the same ones):

* Spans are whole tokens. Titles and roles are outside PERSON ("Foreign Minister
  [Dmytro Kuleba]"), prepositions and approximators outside every span ("in [May]",
  "about [100] delegations", "more than [£8.5 billion]").
* LOCATION: countries, cities, regions, continents, islands, rivers, mountains, also
  when they stand for a government ("[Beijing] denies ..."). The finer kind (country /
  city / region) comes from :func:`quizgen.text.entities.location_kind`.
* ORGANIZATION: the whole capitalised name, with a nationality or country word that
  is part of it ("[Ukrainian Ministry of Foreign Affairs]", "[US Department of Justice]").
* DATE: calendar expressions ("[Tuesday]", "[February 2022]", "[22 August 1485]",
  "[the 1990s]") and anchored relative ones ("[Last year]", "[the past five years]",
  "[60 years ago]"); not "today", not durations ("for [two] days" is a NUMBER).
* TIME: clock times ("[8.50pm]", "[10:30]", "[noon]").
* NUMBER: the number itself with its magnitude word ("[1.5 million]", "[hundreds]");
  not ordinals, not numbers inside hyphenated words ("240-page"), and not the bare
  word "one" (mostly a pronoun or determiner).
* MONEY and PERCENT include symbol, magnitude and unit ("[£2.8 million]", "[40 per cent]").
* NATIONALITY: demonyms of countries, regions and cities ("[Ukrainian]", "[Kenyans]",
  "[South African]"); not "Western", not religions, parties or languages.
"""

from __future__ import annotations

LABELS: tuple[str, ...] = (
    "PERSON",
    "LOCATION",
    "ORGANIZATION",
    "DATE",
    "TIME",
    "NUMBER",
    "MONEY",
    "PERCENT",
    "NATIONALITY",
)

# ---------------------------------------------------------------- dates and times

MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Jan.": 1, "Feb": 2, "Feb.": 2, "Mar.": 3, "Apr": 4, "Apr.": 4, "Jun.": 6,
    "Jul.": 7, "Aug": 8, "Aug.": 8, "Sep.": 9, "Sept": 9, "Sept.": 9, "Oct": 10, "Oct.": 10,
    "Nov": 11, "Nov.": 11, "Dec": 12, "Dec.": 12,
}  # fmt: skip
#: Month names that are also ordinary words or names; they need a date context.
AMBIGUOUS_MONTHS = frozenset({"May", "March", "Jan", "Sept", "Aug", "Dec", "Oct", "Nov", "Apr", "Feb"})
WEEKDAYS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays".split()
)
#: Single-token (or fixed multi-token) holidays, labelled DATE.
HOLIDAYS = frozenset(
    {"Christmas", "Easter", "Ramadan", "Thanksgiving", "Halloween", "Diwali", "Hanukkah", "Passover",
     "Christmas Day", "Christmas Eve", "New Year's Day", "New Year's Eve", "Boxing Day", "Easter Sunday",
     "Valentine's Day", "Independence Day", "Eid al-Fitr", "Eid"}
)  # fmt: skip
#: Words before a bare month or year that make it a date ("in May", "since 2014").
DATE_PREPOSITIONS = frozenset(
    "in on since by until till from to between during before after around circa of "
    "early late mid end beginning throughout through and or since".split()
)
#: Modifiers of a calendar unit that anchor it to the time of writing ("last year").
RELATIVE_MODIFIERS = frozenset("last next this previous past coming following".split())
DATE_UNITS = frozenset(
    "day days week weeks weekend weekends month months year years decade decades century centuries "
    "summer winter spring autumn fall season quarter".split()
)
AGO_WORDS = frozenset({"ago"})
DECADE_MODIFIERS = frozenset({"early", "mid", "late", "mid-"})
AM_PM = frozenset({"am", "pm", "a.m.", "p.m.", "AM", "PM", "A.M.", "P.M."})
TIME_WORDS = frozenset({"noon", "midnight", "midday"})
#: Deictic day words: never entities themselves, but not nouns a time word modifies ("noon tomorrow").
DEICTIC_DAYS = frozenset({"today", "tomorrow", "yesterday", "tonight"})
OCLOCK = frozenset({"o'clock", "oclock"})

# ---------------------------------------------------------------- numbers, money, percent

NUMBER_WORDS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
NUMBER_WORDS.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})
#: Magnitude words that continue a number ("1.5 million", "two thousand").
MAGNITUDES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "dozen"})
#: Plural magnitudes that are numbers on their own ("hundreds of people").
PLURAL_MAGNITUDES = frozenset({"dozens", "hundreds", "thousands", "millions", "billions", "trillions", "tens"})
#: Magnitude abbreviations allowed only after a currency symbol ("£30m", "$5k").
MONEY_MAGNITUDES = frozenset({"m", "bn", "k", "mn", "million", "billion", "trillion", "thousand", "tn"})
CURRENCY_SYMBOLS = frozenset({"$", "£", "€", "¥", "US$", "A$", "C$", "HK$", "Rs", "Rs."})
CURRENCY_WORDS = frozenset(
    "dollar dollars pound pounds euro euros yen yuan renminbi rupee rupees pence penny cent cents "
    "franc francs rouble roubles ruble rubles peso pesos krona kronor krone kroner shilling shillings "
    "naira rand dinar dinars dirham dirhams riyal riyals baht ringgit hryvnia hryvnias sterling".split()
)
PERCENT_WORDS = frozenset({"%", "percent", "pc"})

# ---------------------------------------------------------------- people

#: Capitalised titles before a name; not part of the PERSON span.
PERSON_TITLES = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Sir Dame Lady Lord Queen King Prince "
    "Princess Pope President Premier Chancellor Senator Sen. Governor Gov. Mayor Judge Justice General "
    "Gen. Colonel Col. Captain Capt. Lieutenant Lt. Sergeant Sgt. Admiral Commander Major Archbishop "
    "Bishop Cardinal Monsignor Reverend Rev. Rev Father Rabbi Imam Sheikh Ayatollah Emperor Empress "
    "Sultan Duke Duchess Earl Baroness Baron Minister Secretary Ambassador Speaker Chairman Chairwoman "
    "Director Inspector Detective Coach Representative Rep. Congressman Congresswoman Councillor "
    "Chief Spokesman Spokeswoman Superintendent Constable Officer Private Corporal Marshal".split()
)
#: Title heads that can be preceded by modifiers ("Foreign Minister", "Attorney General").
TITLE_HEADS = frozenset(
    "President Minister Secretary General Chancellor Speaker Governor Mayor Senator Director Chairman "
    "Chairwoman Ambassador Commissioner Spokesman Spokeswoman Spokesperson Leader Chief Officer "
    "Executive Attorney Judge Justice Prosecutor Envoy Premier Representative Treasurer Whip".split()
)
TITLE_MODIFIERS = frozenset(
    "Foreign Prime Vice Deputy Home Defence Defense Finance Health Education Interior Attorney Chief "
    "Former Acting Executive State Energy Trade Culture Environment Justice Economy Agriculture "
    "Transport Labour Labor Security Interior Opposition Party Shadow First Lord Lady Supreme Senior "
    "Junior Assistant Principal Managing House Majority Minority Commanding Police Press Army "
    "Secretary Under Permanent Special Culture Sports Science Digital Business Industry".split()
)
#: Lower-case role nouns that introduce a name ("spokeswoman Mao Ning", "his partner, Oliver Tambo").
PERSON_ROLES = frozenset(
    "president minister spokeswoman spokesman spokesperson chancellor secretary senator governor mayor "
    "leader chief boss director chairman chairwoman founder co-founder cofounder ceo executive manager "
    "coach player striker captain singer actor actress artist author writer novelist poet journalist "
    "reporter photographer designer architect scientist researcher professor doctor economist analyst "
    "lawyer judge climber mountaineer explorer astronaut pilot chef cook businessman businesswoman "
    "entrepreneur billionaire millionaire campaigner activist student teacher headteacher wife husband "
    "son daughter brother sister mother father grandmother grandfather partner friend colleague "
    "girlfriend boyfriend predecessor successor cardinal envoy ambassador official boxer champion "
    "owner star presenter comedian geographer environmentalist archaeologist historian prince princess "
    "king queen pope secretary-general prosecutor detective officer inspector commissioner musician "
    "composer director-general superintendent researcher psychologist sociologist professor head "
    "candidate politician premier dictator monarch spokesman priest bishop nun rabbi imam editor "
    "footballer cricketer athlete runner swimmer skier cyclist driver winner founder inventor engineer "
    "physicist chemist biologist philosopher painter sculptor filmmaker producer broadcaster blogger "
    "niece nephew cousin uncle aunt grandson granddaughter fiancé fiancée widow widower "
    "man woman boy girl gentleman lady teenager person".split()
)
#: Relationship nouns after "X's" that make X a person ("Steck's climbing partner").
RELATION_ROLES = frozenset(
    "partner wife husband son daughter mother father brother sister friend boyfriend girlfriend "
    "colleague lawyer spokesman spokeswoman agent coach manager biographer successor predecessor "
    "deputy fiancé fiancée widow widower children parents family niece nephew cousin".split()
)
#: Verbs after a name that make an untyped two- or three-word name a person.
SPEECH_VERBS = frozenset(
    "said says say told tells added adds explained explains wrote writes asked asks replied replies "
    "claimed claims admitted admits insisted insists warned warns argued argues recalled recalls "
    "believes believed thinks thought hopes hoped".split()
)
#: Lower-case particles inside person names ("FW de Klerk", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset("de da di du del della der den van von la le al el bin ibn dos das ter ten y".split())
ROMAN_NUMERALS = frozenset("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split())
NAME_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "Snr", "Jnr"})

#: Common given names absent from WordNet's person names (WordNet supplies ~1,300 more).
GIVEN_NAMES = frozenset(
    """
    Aaron Abigail Adam Adrian Ahmed Aidan Aisha Alan Albert Alejandro Alex Alexander Alexandra Alexei
    Alfredo Ali Alice Alison Amanda Amelia Amy Ana Andrea Andrew Andrei Andy Angela Angelo Ann Anna Anne
    Anthony Antonio Ashley Barbara Ben Benjamin Beth Bill Bob Boris Brandon Brian Bruce Carl Carlos
    Carol Caroline Catherine Charles Charlie Charlotte Chloe Chris Christian Christina Christine Claire
    Colin Craig Dan Daniel Danielle Dave David Deborah Dennis Diana Diane Dmitry Dominic Donald Doug
    Douglas Dylan Ed Eddie Edward Elena Elizabeth Ella Emily Emma Eric Erik Ethan Eva Fatima Fernando
    Fiona Francesca Francisco Frank Fred Gary Gavin Geoff Geoffrey George Gemma Graham Greg Gregory
    Hannah Hans Harriet Hassan Heather Helen Henry Hugh Hugo Ian Igor Isabel Isabella Ivan Jack Jake
    James Jamie Jan Jane Janet Jason Javier Jean Jeff Jeffrey Jennifer Jenny Jeremy Jessica Jim Jimmy
    Joan Joanna Joe Johann John Jonathan Jorge Jose Joseph Josh Joshua Juan Julia Julian Julie Justin
    Karen Kate Katherine Kathryn Katie Keith Kelly Kevin Kim Kirsty Laura Lauren Lee Leo Liam Linda Lisa
    Louise Lucy Luis Luke Manuel Marco Margaret Maria Marie Mark Martin Mary Matt Matthew Max Megan
    Melissa Michael Michelle Miguel Mike Mohamed Mohammed Muhammad Nancy Natalia Natalie Nathan Neil
    Nicholas Nick Nicola Nicole Nigel Nikolai Olga Oliver Olivia Omar Pablo Pamela Patricia Patrick Paul
    Paula Pedro Peter Philip Phil Rachel Rebecca Richard Rob Robert Robin Roger Ruth Ryan Sally Sam
    Samantha Samuel Sandra Sarah Scott Sean Sebastian Sergei Sergey Sharon Simon Sophie Stephen Steve
    Steven Stuart Susan Suzanne Tanya Thomas Tim Timothy Tom Tony Tracy Valentina Vanessa Victor
    Victoria Viktor Vladimir Wei William Xavier Yuri Zoe
    Dmytro Volodymyr Oleksandr Oleksiy Olena Andriy Mykola Serhiy Yulia Petro Taras Oksana Iryna Mykhailo
    Yevgeny Alexey Dmitri Mikhail Svetlana Tatiana Xi Li Wang Zhang Hiroshi Kenji Yuki Akira Narendra Rahul
    Priya Amit Sanjay Recep Emmanuel Angela Olaf Justin Jacinda Kwame Nelson Desmond Malala Barack Hillary
    """.split()
)

# ---------------------------------------------------------------- organisations

#: Head words that make a capitalised name an organisation ("Leicester University").
ORG_CUES = frozenset(
    "Ministry Department University College Institute Institution Inc Inc. Ltd Ltd. Corporation Corp "
    "Corp. Company Co. Plc plc PLC LLC Council Agency Bank Party Committee Commission Association "
    "Organisation Organization Union Foundation Federation Confederation Court Authority Bureau Board "
    "Service Society Trust Fund Assembly Senate Congress Parliament Police Army Navy Corps Club League "
    "Alliance Coalition Network Airlines Airways Registry Group Holdings Academy Charity Council "
    "Tribunal Secretariat Directorate Administration Institutes Broadcasting Laboratory Laboratories "
    # rooms and halls named after people: "the Sam Houston Room" is no person (review round 76)
    "Room Ballroom Auditorium "
    "Observatory Cooperative Co-operative Consortium Brigade Regiment Guards "
    # football clubs: "Manchester United", "Bolton Wanderers"
    "United FC Rovers Athletic Wanderers Albion Hotspur "
    # news media: "Fox News", "The Washington Post"
    "News Times Post Journal Herald Gazette Tribune Chronicle".split()
)
#: Organisation heads that stand alone as a one-word name ("the Senate said").
SINGLE_WORD_ORGS = frozenset({"Senate", "Congress", "Parliament", "Pentagon", "Kremlin", "Vatican", "Interpol"})
#: "Office" names an organisation only in these phrases ("Foreign Office", "Office for ...").
OFFICE_MODIFIERS = frozenset({"Foreign", "Home", "Cabinet", "Post", "Patent", "Colonial", "War", "Met", "Scottish", "Serious", "Press"})
#: Heads that make a capitalised run a building, event, award or work: left untyped.
NON_ENTITY_HEADS = frozenset(
    "Cathedral Church Chapel Abbey Mosque Temple Palace Castle Tower Bridge Airport Station Street "
    "Road Avenue Lane Square Stadium Arena Museum Gallery Hotel Hall Theatre Theater Building Prison "
    "Zoo Prize Award Awards Cup Championship Championships Olympics Games Festival Day Week War Battle "
    "Act Convention Treaty Agreement Declaration Revolution Programme Program Project Show Row Place "
    "Centre Center Hospital Library Gardens Garden Market Mall Court's Rebellion Crisis Summit Conference "
    "Index Report Survey Award Medal Trophy Opera Ballet Symphony Album Book Bible Quran Koran Movement "
    "Era Age Empire Dynasty Syndrome Disease Virus Flu Law Bill Code Theory Effect Test "
    "Cups Leagues Prizes Trophies Medals Titles Olympic Paralympics Aquarium Reserve Sanctuary".split()
)
#: Heads that make a capitalised run a place ("Robben Island", "Hampstead Heath", "Lake Victoria").
LOCATION_SUFFIXES = frozenset(
    "River Lake Sea Ocean Bay Gulf Island Islands Isles Mountain Mountains Hills Valley Desert Forest "
    "Peninsula Coast Canyon Falls Glacier Strait Straits Channel Heath Plain Plains Delta Basin Reef "
    "Highlands Lowlands Province County Region Estuary Fjord Volcano Rainforest Steppe Moor Moors".split()
)
LOCATION_PREFIXES = frozenset({"Lake", "Mount", "Mt", "Mt.", "River", "Cape", "Isle", "Gulf", "Port", "Fort", "Lake"})
#: Lower-case nouns that introduce a place name ("the capital Reykjavik", "the town of X").
LOCATION_CUE_NOUNS = frozenset(
    "capital city town village state province region country island county district port suburb "
    "neighbourhood neighborhood hometown resort".split()
)
#: Lower-case nouns that introduce an organisation name ("cinema chain Cineworld").
ORG_CUE_NOUNS = frozenset(
    "company firm retailer group bank brand website chain network broadcaster newspaper magazine "
    "airline charity organisation organization agency union party club team carmaker manufacturer "
    "startup start-up giant supermarket publisher insurer operator studio label app".split()
)
#: Words that may continue an organisation or place name inside a capitalised run.
OF_WORDS = frozenset({"of", "for", "on", "&"})
#: Heads after which "of"/"for" continues the name ("Bank of England", "Isle of Man").
OF_HEADS = ORG_CUES | NON_ENTITY_HEADS | frozenset(
    "Office Republic Kingdom Isle Isles Gulf Bay Cape Duke Duchess Earl Prince Princess Sea Lake Strait "
    "Straits City Province State States Emirates Islands University Museum Mount House Houses Chamber "
    "Order Friends Sisters Brothers Knights Daughters Sons People Peoples Coast".split()
)
#: Well-known organisations WordNet 3.0 (2006) lacks: companies, media, bodies, armed groups.
EXTRA_ORGANIZATIONS = frozenset(
    """
    Google Facebook Twitter YouTube Instagram WhatsApp Snapchat LinkedIn TikTok Microsoft Apple Netflix
    Spotify Uber Airbnb eBay PayPal Tesla Samsung Sony Nokia Toyota Honda Volkswagen BMW Nissan Intel
    Huawei Alibaba Tencent Baidu IBM Starbucks McDonald's Walmart Tesco Sainsbury's Ikea IKEA Nike
    Adidas Gazprom Boeing Airbus Reuters AFP BBC CNN ITV FIFA UEFA IOC NHS NATO UN EU WHO IMF OPEC
    UNESCO Unesco UNICEF Unicef WTO OECD ASEAN ICANN Greenpeace Oxfam Taliban al-Qaeda Al-Qaeda
    al-Qaida Hamas Hezbollah ISIS ISIL Kremlin Pentagon Interpol Europol Eurostat WikiLeaks Wikileaks
    Kickstarter Deliveroo Ryanair easyJet EasyJet Lufthansa Qantas BlackBerry
    """.split()
) | frozenset(
    {"Channel 4", "Al Jazeera", "Getty Images", "Associated Press", "Amnesty International",
     "Human Rights Watch", "Red Cross", "Red Crescent", "Save the Children", "Boko Haram", "Islamic State",
     "Downing Street", "White House", "Scotland Yard", "Met Office", "Apple Inc."}
)  # fmt: skip
#: All-caps words that are not organisations.
ACRONYM_STOPLIST = frozenset(
    "TV DNA RNA HIV AIDS GDP CEO CFO CTO OK PC UFO LED SMS ID IT PIN ATM USB GPS PhD MP MPs AM PM BC AD "
    "CCTV DVD CD IQ PE IVF ICT STEM LGBT LGBTQ VIP FAQ PDF HTML URL WWW GCSE GCSEs MBA BA MA MSc BSc API "
    "AI VR AR CO2 UV ER ICU HQ PR HR CV RIP NB PS SARS MRSA ADHD OCD PTSD BMI DIY GMO GM NGO NGOs SUV EV "
    "HD US UK USA UAE OMG LOL FYI ASAP RSVP AKA TBC DJ MC CPU RAM SIM SOS MRI CT ECG IVF IED ICBM WMD "
    "KGB JFK MLK RIP ISBN BBQ ETA GMT BST EST PST UTC NYC LA DC EU UN".split()
)
#: Nationality words that are also language names: alone after a verb or preposition
#: ("speaks English", "lessons in French") they name the language and are not labelled.
LANGUAGES = frozenset(
    "English French Spanish German Chinese Japanese Italian Portuguese Russian Dutch Greek Polish Swedish "
    "Norwegian Danish Finnish Icelandic Hungarian Czech Turkish Arabic Hebrew Hindi Urdu Bengali Korean "
    "Vietnamese Thai Persian Swahili Welsh Irish Latin Catalan Ukrainian Romanian Bulgarian Serbian".split()
)
#: Words before a language name ("in English", "fluent French").
LANGUAGE_CUES = frozenset("in into from fluent native basic good perfect broken conversational some little any".split())
#: Capitalised words that never start a name even mid-sentence.
NEVER_NAMES = frozenset(
    {"I", "I'm", "I've", "I'd", "I'll", "OK", "Mum", "Dad", "Mom", "God", "Sir", "Madam"}
)
#: Place names missing from WordNet 3.0 (modern spellings and states), with their kind.
EXTRA_LOCATIONS: dict[str, str] = {
    "Kyiv": "city", "Kharkiv": "city", "Odesa": "city", "Lviv": "city", "Dnipro": "city",
    "Zaporizhzhia": "city", "Mariupol": "city", "Donetsk": "city", "Luhansk": "city", "Bakhmut": "city",
    "Donbas": "region", "Donbass": "region", "Crimea": "region", "Myanmar": "country",
    "South Sudan": "country", "Kosovo": "country", "Montenegro": "country", "Serbia": "country",
    "East Timor": "country", "Timor-Leste": "country", "Eswatini": "country", "North Macedonia": "country",
    "Czechia": "country", "Czech Republic": "country", "Slovakia": "country", "Chennai": "city",
    "Kolkata": "city", "Bengaluru": "city", "Astana": "city", "Yangon": "city", "Naypyidaw": "city",
    "Dubai": "city", "Gaza": "region", "Gaza Strip": "region", "West Bank": "region",
    "Silicon Valley": "region", "Scotland": "country", "Wales": "country", "England": "country",
    "Northern Ireland": "country", "Britain": "country", "Great Britain": "country",
}  # fmt: skip

# ---------------------------------------------------------------- sentence structure

#: Tokens after which a capitalised word is as good as sentence-initial.
SENTENCE_OPENERS = frozenset({'"', "'", "(", "[", ":", ";", "-", "--", "–", "—", "“", "‘", ".", "!", "?", "..."})
#: Tokens that end an appositive ("X, the UN secretary-general, said").
APPOSITIVE_ENDS = frozenset({",", ".", ";", ")", "–", "—", "-", "--", "who", "of", "at", "for", "and", ":", "\""})
APPOSITIVE_STARTS = frozenset({",", "–", "—", "-", "--", "("})
