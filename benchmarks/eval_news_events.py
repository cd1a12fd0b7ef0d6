"""Evaluate event coding on real news sentences annotated by the team (country level).

``benchmarks/data/news_events_gold.jsonl`` holds, per sentence, only a pointer into the
corpus in ../shared/data/corpus (file, article id, character offsets) and our gold events as
(source country, target country, CAMEO root) triples -- never the text. Each article is
coded whole with the built-in lexicon; the events whose trigger lies in the sentence give
the predicted triples (the article is coded paragraph by paragraph around the annotated
sentence, which keeps the run short on long transcripts): asserted, historical or future (announced intents and threats)
events with a country on both sides (the first three letters of the CAMEO actor code, when
they are a country code: sector-only codes such as "GOV" or "CVL" and IGO codes are no
country-level claim),
domestic events (same country on both sides) left out, as in the gold. Micro P/R/F1 over
the sets of triples per sentence.

    .venv/bin/python benchmarks/eval_news_events.py [--errors]

Splits: "dev" (annotated first, looked at while building the lexicon), "fresh" (annotated
after it, then looked at), "dev2" (used to find and fix general causes of misses) and
"blind" (scored before the fixes and once after them, never looked at in between). dev2 and
blind were drawn by :func:`sample` in two draws (the ``draw`` field): seed 2026 with the
default quotas (60 dev2 + 40 blind), then, as that draw held few events, seed 2027 with
``pairs_only=True`` and quotas statedept 25, wikinews 15, demo_venezuela 10 (30 + 20).
"blind2" (40 sentences: seed 2028, ``pairs_only=True``, statedept 15, wikinews 10, whitehouse
8, demo_venezuela 7, all to this split) was drawn and annotated after the first round of fixes
and scored with the coder before and after them, without being looked at.

"dev3" (60 sentences: seed 2029, ``pairs_only=True``, statedept 20, wikinews 15, whitehouse 15,
demo_venezuela 10, all to this split) was drawn and annotated by hand in the third round, scored
once with the coder as found (F1 0.444: P 0.778, R 0.311), then used to find general causes of
misses (with dev2); blind and blind2 were scored before and after that round only.

Four sentences read while annotating blind/blind2 prompted general rules ("on behalf of X,
I congratulate", "grieving with"); they were moved to dev2 (field ``moved_from``).

Measured F1 (built-in lexicon; "before" = the coder of commit 1d22ff6 with the rest of the
tree as of the fixes, "after" = the coder of the final commit of that session):

    split    sentences  gold  before  after
    dev             56    83   0.857  0.906
    fresh           16    22   0.789  0.850   (0.872 before reading hard-wrapped text unwrapped)
    dev2            94    41   0.226  0.677
    blind           59    25   0.194  0.410   (scored before and once after; never looked at)
    blind2          37    16   0.286  0.615   (idem)
    blind+blind2    96    41   0.231  0.492   (P 0.667, R 0.390)
    all            262   187          0.772   (strict: 0.747)

Third round (same tree for "before" and "after" except the coder and lexicon; dev and dev2 rose
from 0.919/0.754 to 0.944/0.771 through the actor stage's own changes before this round):

    split    sentences  gold  before  after
    dev3            60    45   0.444  0.737   (scored as found, then used for the fixes)
    blind           59    25   0.476  0.545   (scores only, never looked at)
    blind2          37    16   0.667  0.667   (idem)
    blind+blind2    96    41   0.551  0.592   (P 0.700, R 0.512)
    all            322   232   0.765  0.814

Held-out misses of the second round (looked at once, after the last fix, to report them): a trigger the lexicon
lacks (9 of 25 missed triples: "the largest donor of assistance in Iraq", "cherishes its
relationship with France", "joins the calls for"), an actor without its country (7: "the
Secretary and Foreign Minister Hayashi", "will travel to London and Vienna"), a side the
sentence leaves implicit (6: "Russian aggression" with no victim named), wrong root (2),
modality (1).

Session 3: the held-out splits of session 2 became development material ("blind" was renamed
"dev4", "blind2" "dev5"; field ``moved_from``), their errors were read, and a new held-out split
"blind3" was drawn and annotated before any code change of the session (see below). During the
session three more samples were drawn (``pairs_only=True``; seeds 2041, 2043, 2047: 38, 32 and 33
sentences), annotated by hand, each scored once with the coder of that moment before its errors
were read, then used for fixes: they are "dev6", "dev7", "dev8" (scores below).

Session 3, round 5: "dev9" (32 sentences: seed 2053, ``pairs_only=True``, statedept 12, wikinews 10,
whitehouse 10, demo_venezuela 8 -- the Venezuela file had no article left with a pair) was drawn and
annotated by hand before any code change of the round and scored before and after it (HEAD trees):
F1 0.512 (P 0.733, R 0.393) -> 0.545 (P 0.750, R 0.429), 28 gold triples; its errors were read only after.
The whole gain came from other work committed meanwhile: the round's own lexicon rules ("views X as a
partner", name-calling, "convenes" read as a noun) left dev9 at 0.545 on the same tree. Rules written
after reading its errors (conjoined armed acts share author and victim; "We, the leaders of A, B and C"
acts as A, B, C; an aid noun's recipient hung on its verb; a preposition of time completes no pattern)
then gave dev9 0.745 (P 0.826, R 0.679) -- a development figure, not a held-out one. End of round 5:
dev..dev5 0.905 (P 0.957, R 0.858), dev6 0.593, dev7 0.778, dev8 0.868, dev6-dev9 0.742.

Session 3 in one table (built-in lexicon; "start" = the coder of commit 826eff6, "end" = the
session's last commit; dev6-dev9 were scored "as found" with the coder of the moment they were drawn):

    split    sentences  gold  start (as found)   end
    dev..dev5      322   232  0.820              0.905   (dev4+dev5, session 2's held-out: 0.592 -> 0.831)
    dev6            38    34  0.408              0.593
    dev7            32    20  0.541              0.778
    dev8            33    27  0.723              0.868
    dev9            32    28  0.512              0.745
    blind3          80    60  0.465 (P 0.769, R 0.333)  0.581 (P 0.818, R 0.450)   held out
    blind3, Phoenix dictionaries: 0.214 -> 0.286

"blind3" (seed 2030, ``pairs_only=True``, statedept 25, wikinews 20, whitehouse 20,
demo_venezuela 15; 80 sentences, 60 triples, 45 without an event) was annotated before any code
change of session 3 and scored twice (start, end); its errors were read once after the last fix to
report them (so it is development material from session 4 on: draw and annotate a new held-out
split before changing code). Its 33 missed triples at the end: diplomatic stance and intent
phrasing the lexicon lacks or reads as no act (about 10: "will continue to closely coordinate
with", "remains firmly committed to ... and will continue to work with", "celebrate alongside",
"stand together", "rallied to support", "welcomed the anniversary of relations between"); joint
acts of three or more parties in a list (4 of 6 pairs missed); officials whose country the text
gives only elsewhere (Landerholm, "Dr. Gordon"); nominal events with a possessive or implicit side
("Zelenskyy's planned visit to Washington", "her meetings in Kyiv and Moscow", "seizure ... by
Iran's IRGC", "Russia's further invasion"); and a few annotation judgements. Wrong triples: a
pronoun resolved across sentences (the convention gives none) and a place of an airstrike taken
as its target.

Session 3, round 6 (after blind3's errors were read): rules from blind3's misses took it to 0.680
(P 0.850, R 0.567). A new held-out split "blind4" (seed 2061, ``pairs_only=True``, statedept 25,
wikinews 25, whitehouse 25, demo_venezuela 5 -- wikinews gave 7 and the Venezuela file 0: no
article with a pair left; 57 sentences, 37 triples, 31 without an event) was annotated before round
6 and scored with the coder of commit 72b7f4c and after the round, errors never printed: 0.124 both
times, because one sentence listing 18 countries that met (annotated as a multilateral forum: no
pairs) drew 306 predicted dyads; without that sentence 0.719 (P 0.852, R 0.622) both times -- round
6 gained nothing on unseen text. A joint act of more than five parties is now each member's act
with no counterpart (``MAX_JOINT_SIDES`` in events/coder.py; learnt from that score, so disclosed):
blind4 0.719 with the sentence. Held-out figure of the session: blind3 (end of the main rounds)
and blind4 without the multilateral sentence pooled, 0.637 (P 0.833, R 0.515). The blind4
annotator's decisions: a meeting of more than about five parties is a forum with no pairs;
"reaffirmed the commitment/partnership" 03 (as in dev3); "stands with" 05, "stands in solidarity
with" 01; "looks forward to" continuing or welcoming 03, an invitation 03; "underscored the
importance of" nothing; Hamas counts as PSE; citizens count for their country when the detainer is
named ("the PRC has detained Canadian citizens" CHN CAN 17); suspending an embassy's operations 16;
"was very clear with Putin about what the US would do if" 13.

Decisions the blind3 annotator wrote down (now part of the conventions): purpose clauses are
left out even in readouts ("spoke with X to condemn Y" gives the call, 04, only); a named official
counts for the country the context states ("Mr. Landerholm" of Sweden); the Taliban count as AFG;
ISIS and cartels give nothing; "security cooperation with X" is 06, "the collaboration between"
(a quality of a relationship) nothing; "celebrate alongside" 01 like "grieving with";
congratulate, welcome, thank 05; "stand together" 05 both ways; allegations are reported speech;
a statement about a country's history is no event; "planned visit to" 03; meetings "in Kyiv and
Moscow" are 04 with each capital's country; support for refugees 07; an agentless passive nothing.

Session 4: blind3 and blind4 became development material (blind4's errors were read for the first
time). A new held-out split "blind5" was drawn and annotated before any code change of the session:
seed 2071 (``pairs_only=True``, statedept 35, whitehouse 35; the Wikinews and Venezuela files have no
article with a country pair left) plus seed 2072 (``pairs_only=False``, wikinews 10): 80 sentences,
57 triples, 53 without an event. Two of its sentences hold 15 of the 57 triples (a partnership with
nine named countries; a three-party commitment). It was scored with the coder of commit 49f85d3 and
at the session's end, its errors never printed:

    split          sentences  gold  start (49f85d3)               end
    dev..dev5            322   232  0.905                         0.917
    dev6-dev9            135   109  0.742                         0.778
    blind3+blind4        137    97  0.695 (blind3 0.680, blind4 0.719)  0.851 (read this session)
    dev10                 60    41  0.571 (P 0.818, R 0.439)      0.771 (P 0.931, R 0.659)   as found, then fixed on
    blind5                80    57  0.549 (P 0.735, R 0.439)      0.611 (P 0.763, R 0.509)   held out
    blind5 without its two list sentences   0.622             0.692
    blind5, Phoenix dictionaries            0.161             0.164

The session's work: trigger phrasings mined by frequency from two-country sentences of real news
(``benchmarks/mine_triggers.py``; the share of such sentences with an event between the pair rose
only 0.355 -> 0.363 and 0.364 -> 0.372 on two samples never mined), argument structure (nominal
events with a possessive, "by" or implicit side, catenative heads, reduced passives, comma lists,
wars under way), actor titles and countries. Once more the development splits rose (+0.01 to
+0.15; most where errors were read this session) and held-out text by less (+0.06).

"dev10" (seed 2081, ``pairs_only=True``, statedept 30, whitehouse 30; 60 sentences, 41 triples, 33
without an event) was drawn and annotated late in session 4, scored once as found (0.571, the same
as blind5's figure for unseen text), then used for a last round of rules (0.771 after it). blind5
read 0.611 before and after that round: it gained nothing on held-out text. The dev10 annotator's
decisions: "values its cooperation with" 05 (as "values our partnership"); a delegation led to
several countries is a planned visit, 03 with each; a nominal war whose author and victim are named
counts even inside a purpose clause; "Saudi support for a ceasefire in Yemen" SAU YEM 05 (nominal
support with a named author); "will welcome newly arrived Afghans" USA AFG 03 (as blind5's foreign
students); "has been clear that the coup in Burma is inconsistent with" 11; "A and B celebrate our
shared heritage" 01 both ways (as "celebrate alongside"); "during an official visit to Thailand" 04;
"announced an agreement with Mexico" 05 one way; "support for strong sanctions on Russia" is an
endorsement of a policy, nothing; "condemns the reported attack on the Cuban embassy" with no named
attacker, nothing; a 17-country signing is a forum, no pairs.

The blind5 annotator's decisions: "moving forward in the spirit of partnership with A, B, ..." is
announced cooperation, 03 with each named partner (the actor acts with each: no forum rule, no
pairs among the partners); foreign students a minister "will meet with" count for their country
(03); a public-schedule line ("X participates in Biden's bilateral meeting with Merkel") is the
meeting, 04, A -> B only; an initiative "announced by the Presidents of A, B, C and D" gives
nothing (a joint announcement without a target); "measures the United States announced" with no
named target and a violation with no named victim give nothing; a joint "committed to AUKUS"
(historical) is 03 in every direction among the three; state media ("mouthpieces of the Kremlin")
count as RUS, and "claiming Ukrainians are the aggressors" is RUS UKR 11; "secured the return of X
from the DPRK" is PRK USA 08; "focus is on maintaining our close relationships with A, B, C" is 03
with each; an interviewer's question drops the facts it cites, but a declarative sentence keeps
a presupposed past event ("the comments by the French President after he visited China" FRA CHN
04); an act in a purpose infinitive inside a national-emergency formula gives nothing; "emphasized
to X that the US would continue to provide support" is 03 only (no separate 01), a joint statement
that condemns is 11 only; laureates and NGOs congratulated count for their countries (05).

Session 5: blind5 became development material (its errors were read for the first time). A new
held-out split "blind6" (seed 2091, ``pairs_only=True``, statedept 50, whitehouse 50; 100 sentences,
82 triples, 50 without an event) was annotated before any code change of the session and scored with
the coder of commit 113a124, its errors never printed: 0.662 (P 0.863, R 0.537; strict 0.615), 0.727
without its two three-party sentences (12 triples); Phoenix dictionaries 0.395. The blind6
annotator's decisions: "noted X's support for" is a comment, 01 (weaker than welcomed/commended,
05); three named countries that "participated in" one meeting met, 04 in every direction (the forum
rule is for more than about five parties); "A, B and C announced a new partnership" is 03 in every
direction, as AUKUS (unlike an initiative with no act between its announcers); "reaffirmed readiness
to help A and B find peace" is 03 with each named country; "will take all necessary measures to
ensure the security of ROK and Japanese allies" is 03 with each; "is in Qatar, where he will
discuss ..." is 04 (a visit under way) plus 03 (the announced talks); "returned from travel to" is a
past visit, 04; "underscored the strong partnership between A and B" describes the relationship,
nothing, but a named "unwavering support for Israel's security" is 05; "deeply troubled
by"/"remains concerned about" a country's act is 01 toward that country (a joint act of two
countries gives 01 toward each); an indictment unsealed by the Department of Justice is 11 (CAMEO
112) and "will impose consequences on PRC actors" 13; sanctions by named states "to target Burmese
actors" are 16 toward Burma; aid to Afghan immigrants "with assistance from" a U.S. programme is
USA AFG 07, and Americans welcoming and thanking Afghan neighbours 05; a treaty "between the
Government of A and the Government of B, signed at Tirana" is a past signing, 05 both ways (blind4's
transmittal without "signed" gave nothing); "reports of Eritrean troops re-entering Ethiopia" inside
"to discuss concerns over" is ERI ETH 19 (a named military act kept inside a purpose clause); a
speaker label ("FOREIGN MINISTER KULEBA:") does not resolve the "we" of the sentence, and "today we
add nine Nicaraguans to the United States' list" gives nothing (the release's "we"); a U.S.
representative "working to rally the world in support of Ukraine" is USA UKR 05; a trip to Germany
to meet U.S. commands is no act toward Germany.

The session's work (lists in an actor slot, sides through clauses and pronouns, a round on dev11,
and audits of unlabeled articles: ``benchmarks/audit_events.py`` judges what the coder outputs,
``benchmarks/audit_misses.py`` samples two-country sentences where it outputs nothing), measured at
the session's end against the coder of 113a124:

    split          sentences  gold  start (113a124)               end
    dev..dev5            322   232  0.917                         0.934
    dev6-dev9            135   109  0.778                         0.782
    dev10                 60    41  0.771                         0.783
    blind3+blind4        137    97  0.851                         0.856
    blind5                80    57  0.611 (read this session)     0.772 (P 0.886, R 0.684)
    dev11                100    68  0.548 (as found)              0.748 (P 0.836, R 0.676)
    blind6               100    82  0.662 (P 0.863, R 0.537)      0.667 (P 0.880, R 0.537)   held out
    blind6, Phoenix dictionaries            0.395                         0.384

Held-out recall did not move at all (44 of 82 triples before and after). The audits say why: of 230
two-country sentences with no event, 16% held one the annotators would code, and in two thirds of
those the trigger was in the lexicon but the sides were not found, each in a construction of its own;
rules written from them fired on fewer than 1 in 80 unseen articles.

"dev11" (seed 2101, ``pairs_only=True``, statedept 50, whitehouse 50; 100 sentences, 68 triples, 53
without an event) was drawn and annotated in session 5 after blind6, committed before the coder was run on
it, and scored once as found: 0.548 (P 0.607, R 0.500) with the session-start coder (113a124), 0.571 (P
0.621, R 0.529) with main at 90f387a. The dev11 annotator's decisions: a foreign minister named only by
role ("The Foreign Minister welcomed", "The Secretary and Foreign Minister discussed") gets no country
(as dev3/dev8); "I" of a presidential message or proclamation without an antecedent in the sentence gives
nothing even for a clear act ("I have imposed tariffs on China"), as dev10; "will travel to Bali,
Indonesia, to attend the G20" is a planned visit to the host (03), the forum no pairs; "is on travel to
Israel, the West Bank, and Saudi Arabia" 04 with each (the West Bank PSE); "we're gratified to have
Thailand here in Washington" a presupposed visit THA USA 04; on-behalf national-day wishes and regards
05 (as "best wishes"); "has Israel's back" 05; "the value the US places on its relationship with Jordan"
05; "Germany is the number-one supporter of Ukraine economically" DEU UKR 07 (economic aid); "Russia has
destroyed Ukraine's agricultural infrastructure" 19 (force in a war, not 1712); hostages "held by Hamas"
PSE USA 18 (as blind4); "Gaza-based militants" no country, so a ceasefire between Israel and them gives
no pair, "brokered by the Egyptian Government" EGY ISR 04, and the US welcome of it USA ISR 05;
"Russia's ongoing occupation and repression in Crimea" RUS UKR 19; "America's longest war" with
Afghanistan in the sentence USA AFG 19; "committed to do everything possible to stop the war in
Ukraine" nothing (a war's place is no target); a private citizen's travel and training nothing; support
"for humanitarian relief" for the people "in El Salvador, Guatemala, and Honduras" USA 07 with each;
"the importance of" and "the need for" nothing; an agentless release ("held hostage in Belarus has been
released") nothing.

Session 6: blind6 became development material (its errors were read first). Before any code change a
new held-out split "blind7" (seed 2111, ``pairs_only=True``, statedept 75, whitehouse 75; 150 sentences,
136 triples, 68 without an event; no sentence with more than 6 triples) was annotated and scored with the
coder of commit c96207c, its errors never printed: 0.726 (P 0.867, R 0.625; strict 0.717; Phoenix
dictionaries 0.333). Then six development splits were drawn after it from articles disjoint from it
(seeds 2121-2171, statedept 50 + whitehouse 50 each), committed before the coder was run on them, and
scored once as found with the same coder: dev12 0.530 (78 triples; two list sentences hold 21), dev13
0.678 (70), dev14 0.725 (80), dev15 0.765 (76), dev16 0.732 (65), dev17 0.730 (68). Their annotators
marked labels another annotator might set differently as SOFT in their working files (kept out of the
repository), and one dev13 label is inconsistent with its own split's rule ("imposing costs on Russia
and those who support Russia's war effort", with "help Ukraine" in the sentence, is empty where the
split's other "Russian aggression" sentences with Ukraine named are RUS UKR 19); it is left as annotated.

The blind7 annotator's decisions: a call with four named foreign counterparts is A -> each, 04 (not a
forum); raising detained citizens' cases with a rebuke ("people are not bargaining chips") is 11;
"continue to strengthen bilateral cooperation" and "have partnered on" are 06 both ways, "a
relationship which includes cooperation" nothing; a pronoun whose antecedent is in the same sentence is
resolved ("our shared commitment to Ukraine", "our" = the two discussants: 03 from each); "will welcome
X to the White House" is 03 host -> guest only; "will travel to Brussels" to meet NATO/EU is a planned
visit to the host (03); "reiterates its call for the release of ... in Nicaragua" 02; endorsing a UNSC
candidacy 05; "conveyed the deep concerns of the United States regarding Beijing's ... activity toward
Taiwan" USA CHN 01 and CHN TWN 13; "a growing military threat from Russia" with Ukraine named RUS UKR 13;
a conditional threat ("If Russia were to take aggressive action against Ukraine, our response would be
swift") USA RUS 13, as blind4; Hamas rockets at Israeli civilians PSE ISR 19, Hamas terrorist attacks 18,
rapes by Russian forces in occupied Ukraine RUS UKR 18; "proposed ... we issue $50 billion in loans to
Ukraine" 03; a welcome given to refugees 07; an executive order's "shall commence diplomatic outreach to
the governments of Canada and Mexico" 03 with each; presence "at the invitation of the Government of
Iraq" IRQ USA 03; "Key terms of the Agreement between A and B will include:" nothing; "supply the regime
with weapons" nothing (unnamed party); a State Secretary or Foreign Minister named only by role gets no
country (as dev11); speaker labels do not resolve "I"/"we".

The dev12-dev17 annotators' decisions: "A spoke with" the heads of nine named countries is 04 from A to
each (one actor with a list is no forum); countries that "form the Quad" or "launched the X Partnership"
cooperate, 05 in every direction (an announced partnership stays 03, blind6); the Houthis count as Yemen,
Hizballah as Lebanon, the IRGC as Iran, Wagner as Russia; "The President" of a White House readout and
"The Senator" of a State Department release are USA, a "Prime Minister"/"the Amir" named only by role no
country; "called for Russia to be expelled" 02; "stress Russia's obligation" 02; "mourn alongside" 01;
hosting visitors virtually 04 from the host; "Ukraine has been able to stop Russia" 19; the nominal
"Russian occupation of Crimea" 19 even in a purpose clause, areas "controlled by Russia-led forces"
nothing; signatories named only inside "cooperation between A and B" 05 both ways; "taking action to
<act>" is a light verb ("to promote accountability for" X 13); a pledge of aid 03, aid given 07, a
government's "decision to provide" aid 03; nominal acts with a named author count inside topics and
purposes and under an unresolved pronoun subject ("She noted U.S. concerns about the PRC's support for
Russia's aggression" USA CHN 01, CHN RUS 05, RUS UKR 19); designations of entities "located in" named
countries 16 toward each; a welcome of a visit 05 toward the visitors plus 04 visitors -> host; a
reporter's declarative preface keeps its past events; "will not abandon our commitment" 03; "The two",
"the leaders", "They", "He" with the antecedent in an earlier sentence give nothing; "briefed"/"updated"
a counterpart 04; "the US and Peru marked 15 years of" 01 both ways; "In collaboration with the UK, the
US launched" USA GBR 05; withdrawal of forces from a country 08; a place of detention is no detainer;
"acknowledges"/"noted" 01; "actions to raise the costs on Russia" 16; "participating with the United
States" for defence 06; "Israel's military campaign in Gaza" ISR PSE 19; "Russia's aggression" with no
victim named nothing; lists of more than five countries stay forums.

The session's work, measured at its end against the coder of c96207c: two learned components and two
rounds of rules, each round with a transfer test inside the session. The learned side finder
(``events/learned.py``, ``benchmarks/train_sides.py``; a logistic model over a lexicon trigger and an
ordered pair of its sentence's countries, for the triggers whose sides the rules miss) and a learned
country-pair relation classifier (every ordered country pair of a sentence x CAMEO root, with the rules'
output as features; removed again, commits c3258e2..8117f45) were judged by leave-one-annotation-round-out
cross-validation: pooled F1 0.787 -> 0.791 and 0.7875 -> 0.7888, below the +0.01 bar set before they
were built, so neither is on by default. Of the 325 gold triples the rules miss in development
sentences, 222 are in sentences where the rules code nothing at all, and only 144 have a lexicon trigger
of the right root with both countries as actors. The first rule round read dev12+dev13 (0.604 -> 0.661)
and was validated on dev14+dev15 (0.745 -> 0.756) and dev16+dev17 (0.731 -> 0.742), scored only; the
second read dev14+dev15 (0.756 -> 0.770) and left dev16+dev17, scored only, at 0.742.

    split          sentences  gold  start (c96207c)               end
    dev..dev5            322   232  0.934                         0.936
    dev6-dev9            135   109  0.782                         0.782
    dev10                 60    41  0.783                         0.783
    blind3+blind4        137    97  0.856                         0.862
    blind5                80    57  0.772                         0.772
    dev11                100    68  0.748                         0.748
    blind6               100    82  0.667 (read this session)     0.667
    dev12                100    78  0.530 (as found)              0.662 (read)
    dev13                100    70  0.678 (as found)              0.797 (read)
    dev14                100    80  0.725 (as found)              0.743 (read)
    dev15                100    76  0.765 (as found)              0.797 (read)
    dev16                100    65  0.732 (as found)              0.732 (scored only)
    dev17                100    68  0.730 (as found)              0.752 (scored only)
    all development     1534  1123  --                            0.800 (P 0.894, R 0.724)
    blind7               150   136  0.726 (P 0.867, R 0.625)      0.732 (P 0.869, R 0.632)   held out
    blind7, learned side finder on          --                            0.744 (P 0.849, R 0.662)   held out
    blind7, Phoenix dictionaries            0.333                         0.333

Held-out blind7 gained one triple (85/98 -> 86/99), in line with the splits scored only. The learned
side finder, switched on once for this measurement after its default had been decided by
cross-validation, adds four right and three wrong triples on blind7; on unseen articles judged by hand
42 of the 65 events it adds were right (0.65, against about 0.82 for the rules), which is why it stays off.

Annotation conventions (by hand, without looking at the coder's output):

* Triples (source country, target country, CAMEO root) for every event the sentence asserts,
  reports as past (historical), or announces (future); not for negated, hypothetical,
  conditional or purpose-clause events, nor questions. Events in reported speech count.
* Announced future acts are coded as intents, as CAMEO does: a cooperative act the actor
  says it will do is 03 ("will co-host with Palau", "will continue to stand with Ukraine"),
  a conflictual one 13.
* Actors count at country level: governments, officials (by name or by role: "the Deputy
  Secretary" of a State Department release is USA), forces, peoples ("the people of Ukraine"
  is UKR), metonyms ("the Kremlin", "Washington"). International bodies (UN, EU, NATO, G7),
  unnamed parties ("the parties", "the regime") and pronouns whose antecedent is not in
  the sentence ("we" of a press release) give no triple. Domestic events are left out.
* Nominal events with a named author count ("Russia's invasion of Ukraine" is RUS UKR 19,
  "U.S. military assistance to Ukraine" USA UKR 07); a compound subject of a joint act
  ("A and B discussed", "signed") gives both directions, "A met with B" only A -> B.
* Roots by CAMEO: statements/comments 01 (expressed concern, solidarity), appeals 02 (urge,
  call on), intents 03, meetings and talks 04, praise/support/agreements 05, aid 07,
  yielding 08, demands 10, criticism/accusation 11, rejection 12, threats 13, sanctions and
  expulsions 16, coercion/arrests/harassment 17, assaults 18, military force/war/invasion 19.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from newsgraph.pipeline import Pipeline
from newsgraph.places import gazetteer
from newsgraph.readers.wrapping import is_hard_wrapped
from newsgraph.records import Article, Extraction

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "news_events_gold.jsonl"
CORPUS = ROOT / ".." / "shared" / "data" / "corpus"
COUNTED = ("asserted", "historical", "future")
HELD_OUT = "blind7"  # annotated before session 6's code changes; scored, never read

Triple = tuple[str, str, str]


def load_articles(wanted: dict[str, set[str]], corpus: Path = CORPUS) -> dict[str, dict[str, str]]:
    """The articles named in the gold, by id, read from their corpus files (``wanted``:
    file name -> article ids); a file is read only until all its articles are found."""
    found: dict[str, dict[str, str]] = {}
    for name, ids in sorted(wanted.items()):
        opener = gzip.open if name.endswith(".gz") else open
        with opener(corpus / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in ids and rec["id"] not in found:
                    found[rec["id"]] = rec
                    if ids <= found.keys():
                        break
    return found


# -- sampling new gold sentences (the procedure that drew splits "dev2" and "blind") ----------
# Stems of candidate political verbs and event nouns, written for sampling only (NOT the coder's
# lexicon, so that sentences the lexicon misses are drawn as often as those it knows): the
# CAMEO root category names and their commonest synonyms.
_CANDIDATE_STEMS = """
urg call appeal ask request demand pledge promis vow agree offer propos meet met talk negotiat consult visit host
discuss sign welcom prais support endors back recogni cooperat partner ally allied aid assist provid deliver send sent
donat fund invest help grant release withdr evacuat ceasefire truce mediat condemn criticiz criticis accus blam denounc
reject refus deny denied veto oppos protest threaten warn sanction embargo expel expuls suspend cut sever halt ban block
restrict boycott arrest detain seiz captur deport attack strike struck bomb shell invad invasion kill fire fired launch
occup assault clash fight fought war militar troop missile raid shot
"""
_CANDIDATE = re.compile(r"\b(?:" + "|".join(_CANDIDATE_STEMS.split()) + r")\w*", re.IGNORECASE)
_BOUNDARY = re.compile(r"[.!?]+[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|\n\s*\n")
# Words after which a full stop ends no sentence ("Mr. Smith", "U.S. forces", "7:30 a.m. on").
_ABBREVIATION = re.compile(
    r"(?:\b[A-Za-z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jr|Sr|No|Mt|Ft|vs|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|p\.m|a\.m|U\.S|U\.N|D\.C)\.$"
)
_NAME_RUN = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'.-]*)*")
_MARKUP = ("](", "http", "**", "|", "\\(", "   ")
SAMPLE_QUOTAS = {
    "statedept_pr_2021_2022.jsonl.gz": 30,
    "wikinews_2019_2020.jsonl": 30,
    "whitehouse_2021_2026.jsonl.gz": 25,
    "demo_venezuela_latam.jsonl": 15,
}


def flat(text: str) -> str:
    """Length-preserving unwrap: a single line break inside a paragraph is a space (the
    hard-wrapped exports), so offsets into the corpus text stay valid."""
    return re.sub(r"(?<!\n)\n(?!\n)", " ", text)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``[start, end)`` of the sentences of ``text`` (a full stop after an abbreviation or an
    initial ends none; a blank line ends one)."""
    start = 0
    for m in _BOUNDARY.finditer(text):
        if _ABBREVIATION.search(text[max(0, m.start() - 5) : m.start() + 1]) and "\n" not in m.group(0):
            continue
        end = m.end() if not m.group(0).startswith("\n") else m.start()
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        if text[start + lead : end].strip():
            yield start + lead, end
        start = m.end()
    if text[start:].strip():
        yield start + len(text[start:]) - len(text[start:].lstrip()), len(text.rstrip())


def countries_in(sentence: str, names: dict[str, str]) -> set[str]:
    """The country codes of the capitalised names, demonyms and capitals in ``sentence``."""
    found: set[str] = set()
    for m in _NAME_RUN.finditer(sentence):
        words = m.group(0).split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                key = re.sub(r"[’']s$", "", " ".join(words[i:j]).strip(".,’'")).lower()
                if key in names:
                    found.add(names[key])
                    break
    return found


def sample(
    seed: int = 2026, quotas: dict[str, int] | None = None, corpus: Path = CORPUS, *, pairs_only: bool = False
) -> Iterator[dict[str, object]]:
    """Draw candidate sentences for annotation, reproducibly: per corpus file, the articles not
    yet in the gold in a seeded random order; from each article at most one sentence, chosen at
    random (seeded) among its candidates: sentences of 60 to 400 characters without markup that
    name two different countries (names, demonyms, capitals), or, when the article has none
    of those, one country and a candidate political verb/noun stem (``_CANDIDATE``). The n-th
    drawn sentence goes to split "dev2" when n % 5 < 3, else to "blind" (60/40). Articles of
    the splits annotated before ("dev", "fresh") are skipped. Annotation is by hand, without
    looking at the coder's output; a sentence whose answer is "no event" keeps an empty list."""
    names = gazetteer()
    used = {
        item["article"]
        for item in map(json.loads, filter(str.strip, GOLD.read_text("utf-8").splitlines()))
        if item.get("split", "dev") in ("dev", "fresh") or item.get("draw", seed) < seed
    }
    n = 0
    for name, quota in (quotas or SAMPLE_QUOTAS).items():
        rng = random.Random(f"{seed}:{name}")
        opener = gzip.open if name.endswith(".gz") else open
        with opener(corpus / name, "rt", encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh]
        records = [r for r in records if r["id"] not in used]
        rng.shuffle(records)
        taken = 0
        for rec in records:
            if taken >= quota:
                break
            text = flat(rec["text"])
            pairs: list[tuple[int, int]] = []  # sentences naming two countries
            singles: list[tuple[int, int]] = []  # one country and a candidate verb
            for start, end in sentences(text):
                s = text[start:end]
                if not 60 <= len(s) <= 400 or any(mark in s for mark in _MARKUP):
                    continue
                found = countries_in(s, names)
                if len(found) >= 2:
                    pairs.append((start, end))
                elif found and _CANDIDATE.search(s):
                    singles.append((start, end))
            candidates = pairs or ([] if pairs_only else singles)
            if not candidates:
                continue
            start, end = rng.choice(candidates)
            used.add(rec["id"])
            yield {
                "corpus": name,
                "article": rec["id"],
                "start": start,
                "end": end,
                "split": "dev2" if n % 5 < 3 else "blind",
                "draw": seed,
                "events": [],
                "text": text[start:end],
            }
            taken += 1
            n += 1


def paragraph(text: str, start: int, end: int, *, reach: int = 1500) -> tuple[int, int]:
    """The paragraph around ``[start, end)`` (at most ``reach`` characters either side)."""
    lo = text.rfind("\n", max(0, start - reach), start) + 1 or max(0, start - reach)
    hi = text.find("\n", end, end + reach)
    return lo, (hi if hi != -1 else min(len(text), end + reach))


def predicted_triples(ex: Extraction, start: int, end: int, *, strict: bool = False) -> set[Triple]:
    """``strict`` also counts events whose actor code starts with no country (a stricter
    precision: "USA -> GOV" is then a wrong country-level triple)."""
    countries = set(gazetteer().values())
    out: set[Triple] = set()
    for ev in ex.events:
        if not (start <= ev.trigger.start < end) or ev.modality not in COUNTED:
            continue
        if not ev.source_code or not ev.target_code:
            continue
        src, tgt = ev.source_code[:3], ev.target_code[:3]
        if src != tgt and (strict or (src in countries and tgt in countries)):
            out.add((src, tgt, ev.cameo_root))
    return out


def evaluate(
    gold_path: Path = GOLD,
    corpus: Path = CORPUS,
    *,
    errors: bool = False,
    split: str | tuple[str, ...] | None = None,
    strict: bool = False,
    pipeline: Pipeline | None = None,
) -> dict[str, float]:
    """Micro P/R/F1 over the gold sentences (of one ``split``: "dev", annotated first and
    looked at while building the lexicon, or "fresh", annotated afterwards and not tuned on)."""
    items = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line.strip()]
    wanted_splits = (split,) if isinstance(split, str) else split
    items = [it for it in items if wanted_splits is None or it.get("split", "dev") in wanted_splits]
    wanted: dict[str, set[str]] = {}
    for it in items:
        wanted.setdefault(it["corpus"], set()).add(it["article"])
    articles = load_articles(wanted, corpus)
    pipeline = pipeline or Pipeline()  # the built-in lexicon unless a caller brings its own coder
    tp = n_pred = n_gold = 0
    for it in items:
        rec = articles[it["article"]]
        text = rec["text"]
        if is_hard_wrapped(text):  # as `newsgraph extract` reads it, with the offsets kept
            text = flat(text)
        lo, hi = paragraph(text, it["start"], it["end"])
        # as the readers build it: the publisher (``source``) gives a government's own staff their country
        art = Article(
            id=rec["id"], text=text[lo:hi], published=(rec.get("published") or None), source=(rec.get("source") or None)
        )
        ex = pipeline.extract(art)
        gold = {(e["source"], e["target"], e["root"]) for e in it["events"]}
        pred = predicted_triples(ex, it["start"] - lo, it["end"] - lo, strict=strict)
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
        if errors and gold != pred:
            print(f"  gold {sorted(gold)}\n  pred {sorted(pred)}\n  {text[it['start'] : it['end']][:200]}\n")
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "sentences": len(items),
        "gold": n_gold,
        "predicted": n_pred,
        "correct": tp,
        "precision": p,
        "recall": r,
        "f1": f,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument(
        "--blind", action="store_true", help='also score the held-out "blind4" split (only before and after fixes)'
    )
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus folder {args.corpus} is missing", file=sys.stderr)
        return 2
    print(f"data: {args.gold} over {args.corpus.resolve()}")
    print("root-level (source country, target country, CAMEO root), built-in lexicon:")
    splits = (
        "dev",
        "fresh",
        "dev2",
        "dev3",
        "dev4",
        "dev5",
        "dev6",
        "dev7",
        "dev8",
        "dev9",
        "dev10",  # drawn late in session 4, scored as found (0.571), then fixed on
        "blind3",  # held out until the end of session 3, read since
        "blind4",  # held out until session 4, read since
        "blind5",  # held out until session 5, read since
        "dev11",  # drawn in session 5 after blind6, scored as found (0.548), then fixed on
        "blind6",  # held out until session 6, read since
        "dev12",  # drawn in session 6 after blind7, scored as found (0.530)
        "dev13",  # drawn in session 6 after blind7, scored as found (0.678)
        "dev14",  # drawn in session 6 after blind7, scored as found (0.725)
        "dev15",  # drawn in session 6 after blind7, scored as found (0.765)
        "dev16",  # drawn in session 6 after blind7, scored as found (0.732)
        "dev17",  # drawn in session 6 after blind7, scored as found (0.730)
        *((HELD_OUT, None) if args.blind else ()),
    )
    for split, strict in [(s, False) for s in splits] + ([(None, True)] if args.blind else []):
        t0 = time.perf_counter()
        shown = args.errors and split not in (HELD_OUT, None)  # the held-out split's errors are never printed
        s = evaluate(args.gold, args.corpus, errors=shown, split=split, strict=strict)
        name = (split or "all") + (" (strict)" if strict else "")
        print(
            f"  {name:<12} {s['sentences']:>3} sentences {s['gold']:>3} gold triples  "
            f"P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
            f"({s['correct']} correct, {s['predicted']} predicted; {time.perf_counter() - t0:.1f}s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
