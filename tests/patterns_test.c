/*
 * The shipped rules in patterns/: the law's hard cases, one message each.
 * These are sentences of our own, not the labelled corpus (make eval has
 * that); they pin down what the rule sets must always do, so that tuning
 * one rule cannot quietly break another.
 */
#include <string.h>

#include <criterion/criterion.h>
#include <glib.h>

#include "classify.h"
#include "harness.h"
#include "redact.h"
#include "rules.h"

#define RULES "patterns"

struct said {
	const char *text;
	const char *want;	/* a class, or a category; "" for none at all */
	const char *covers;	/* for a category: text a span must cover */
};

static int
keep(void *ctx, json_t *rec)
{
	json_decref(*(json_t **)ctx);	/* the last one kept is the one looked at */
	*(json_t **)ctx = json_incref(rec);
	return 0;
}

static json_t *
message(const char *text)
{
	return json_pack("{s:s,s:s,s:s}", "id", "m1", "kind", "email", "text", text);
}

static struct said classes[] = {
	{ "De Kamerbrief over de stikstofaanpak moet vrijdag naar de ministerraad.", "zakelijk", "" },
	{ "Gecondoleerd met het overlijden van je moeder. Veel sterkte de komende tijd.", "prive", "" },
	{ "Hartelijk gefeliciteerd met je verjaardag! Taart op zondag?", "prive", "" },
	{ "Kom je naar de ledenvergadering van de afdeling? De kandidatenlijst staat op de agenda.",
	  "partijpolitiek", "" },
	/* business beside private: zakelijk */
	{ "Gefeliciteerd! En wil je de beslisnota voor 12.00 uur paraferen?", "zakelijk", "" },
	{ "My condolences on the loss of your father.", "prive", "" },
	{ "Please send me the briefing for the cabinet meeting on Friday.", "zakelijk", "" },
	{ "We got engaged last night!", "prive", "" },
	{ "We're thinking of moving to Utrecht, the house is too small with the baby.", "prive", "" },
	{ "Could you canvass with us in Rotterdam next weekend?", "partijpolitiek", "" },
	{ "My wife is ill, so please send the briefing for the cabinet meeting by mail.", "zakelijk", "" },
	/* private life in general words: a hospital visit, a baby, warmth, a surprise */
	{ "Ik moet morgen naar het ziekenhuis, mijn vader gaat mee.", "prive", "" },
	{ "Wat was het gezellig gisteren! Volgende keer bij ons.", "prive", "" },
	{ "Niets tegen Sanne zeggen, het blijft een verrassing. Wie wil meedoen?", "prive", "" },
	/* cls11: a loved one came through (prive.goedgegaan); a project or debate that went well stays business */
	{ "De ingreep is gelukkig goed verlopen, hij slaapt nu.", "prive", "" },
	{ "Mijn moeder mag morgen weer naar huis, wat zijn we blij.", "prive", "" },
	{ "Ze is sinds gisteren thuis uit het ziekenhuis.", "prive", "" },
	{ "De operatie is goed verlopen, de politie hield drie verdachten aan.", "zakelijk", "" },
	{ "The surgery went well, she is already asking for coffee.", "prive", "" },
	{ "Ze mag over drie dagen het ziekenhuis uit.", "prive", "" },
	{ "De behandeling van het wetsvoorstel in de Kamer is goed verlopen.", "zakelijk", "" },
	{ "De minister mag na het debat naar huis, de Kamerbrief is verstuurd.", "zakelijk", "" },
	{ "The operation of the new benefits system went well, see the Kamerbrief.", "zakelijk", "" },
	/* cls11: one's own vote (prive.eigenstem); the party asking for votes or a vote in the Kamer is not */
	{ "Eerlijk gezegd stemmen we dit keer niet op jullie, sorry!", "prive", "" },
	{ "Die gaat toch weer BBB stemmen, zegt hij.", "prive", "" },
	{ "Ik ga dit keer voor JA21.", "prive", "" },
	{ "Haha, I'm not voting for your party, but good luck!", "prive", "" },
	{ "De Kamer gaat dinsdag over de motie stemmen, de Kamerbrief moet eerder weg.", "zakelijk", "" },
	/* cls11: a baby in English (prive.en.baby); a deadline due in April or a leave scheme stays business */
	{ "Thanks! She is due early June, so I will miss the summer meeting.", "prive", "" },
	{ "Great news: they welcomed a healthy baby boy last night.", "prive", "" },
	{ "I'm on maternity leave until March, but happy to catch up after.", "prive", "" },
	{ "The Kamerbrief on parental leave is due at the end of April.", "zakelijk", "" },
	/* cls11: campaign material as a chore (partij.flyers); a ministry's folders stay business */
	{ "De flyers liggen klaar in mijn garage, wie haalt ze zaterdag op?", "partijpolitiek", "" },
	{ "Wie neemt de stickers mee naar het station?", "partijpolitiek", "" },
	{ "Who can pick up the leaflets before Saturday?", "partijpolitiek", "" },
	{ "De folders over de WW-wijziging gaan naar het UWV, meld het in de Kamerbrief.", "zakelijk", "" },
	/* cls11: back after illness or leave (prive.terug); back from a trip with work to do stays business */
	{ "Welkom terug na je verlof! 🌷", "prive", "" },
	{ "Welkom terug! Ik heb de Kamerbrief gelezen.", "zakelijk", "" },
	{ "Ben er weer hoor, nog wat stijf maar het gaat.", "prive", "" },
	{ "Is ze al weer een beetje opgeknapt?", "prive", "" },
	{ "Welcome back from sick leave, take it slow.", "prive", "" },
	{ "Welkom terug uit Brussel, de Kamerbrief ligt op uw bureau.", "zakelijk", "" },
	/* work as logistics only is no business content */
	{ "Het debat loopt uit, eet maar zonder mij.", "zakelijk", "" },
	/* an absence with a stand-in: zakelijk, though the reason is private */
	{ "Onze zoon is geboren! Ik ben een week vrij, Pieter rijdt u vanaf morgen.", "zakelijk", "" },
	/* a hand-over of the work for an absence is business, whatever the absence */
	{ "Fijne vakantie! Sanne heeft de speeches van deze week, Joost blijft achterwacht.",
	  "zakelijk", "" },
	/* a condolence the office drafts is work; one's own condolences are private */
	{ "Kun je een condoleance opstellen voor de familie Jansen?", "zakelijk", "" },
	{ "Mijn oprechte condoleances, lieve Anna.", "prive", "" },
	/* handing a task to the staff beside a wish */
	{ "Ik laat Femke het morgen inplannen. Beterschap nog!", "zakelijk", "" },
	/* cls8: a stand-in named without an object: "X rijdt zolang" */
	{ "Ik ga eind januari onder het mes voor mijn schouder. Joris rijdt in de tussentijd.",
	  "zakelijk", "" },
	{ "Ik ben twee weken weg voor mijn rug. Karin rijdt zolang.", "zakelijk", "" },
	{ "Opa rijdt zolang het nog licht is, daarna nemen wij het stuur.", "prive", "" },
	/* cls8: who keeps the secretariat going while one works from home */
	{ "Mijn dochter heeft waterpokken, ik blijf thuis. Femke zit vandaag op het secretariaat.",
	  "zakelijk", "" },
	/* cls8: a case handled, a request passed on to the department */
	{ "Het bezwaar is toegewezen. Mevrouw De Vries is gebeld. Beterschap nog!", "zakelijk", "" },
	{ "Ik heb je vraag doorgezet naar de directeur Werk, hij belt je maandag. Liefs, A",
	  "zakelijk", "" },
	{ "Mevrouw is gebeld door de tandarts, kusjes", "prive", "" },
	/* cls8: a meeting of the office named by whom it is with */
	{ "Proficiat met de stemming! 🥂 Vrijdag de nabespreking met de staf?", "zakelijk", "" },
	{ "Gefeliciteerd met je diploma! 🎉 Morgen evaluatie met de juf?", "prive", "" },
	/* cls8: a friend asking the minister to have someone of the office step in */
	{ "Sorry voor het privéberichtje. Kun je iemand vragen om contact met onze teamleider op "
	  "te nemen? Het gaat om de kostendelersnorm. Groetjes en gefeliciteerd!",
	  "zakelijk", "" },
	{ "Zou jij iemand kunnen vragen om de taart op te halen? Groetjes en gefeliciteerd!",
	  "prive", "" },
	/* cls8: a wish for someone who is going under the knife */
	{ "Alle goeds voor morgen, Erik!", "prive", "" },
	/* nothing at all: zakelijk */
	{ "Kun je dat morgen even doorsturen?", "zakelijk", "" },
	/* private words as figures of speech in business talk */
	{ "Dit is een cadeau aan de werkgevers, zo gaat de oppositie het framen.", "zakelijk", "" },
	{ "Hoe verdelen we de taart tussen de sectoren? Graag een voorstel voor vrijdag.", "zakelijk", "" },
	{ "Albert Heijn wil praten over de zondagsopenstelling en het personeel.", "zakelijk", "" },
	{ "De aannemer van het nieuwe kantoor wil het contract openbreken.", "zakelijk", "" },
	{ "Het theater in Deventer is het decor van de Dag van de Arbeid, jij opent.", "zakelijk", "" },
	{ "Ik ga nog even naar de Albert Heijn, moet ik iets meenemen?", "prive", "" },
	{ "Onze aannemer komt pas in mei, dus de badkamer moet nog even wachten.", "prive", "" },
	/* a journalist's question and a citizen's request to act are business,
	 * whatever private matter they touch */
	{ "Hoi, ik ben journalist bij de Volkskrant. Klopt het dat u op vakantie was tijdens de stemming?",
	  "zakelijk", "" },
	{ "Dag minister, namens de familie bedanken we u voor uw komst naar de uitvaart van onze vader. "
	  "Wilt u ervoor zorgen dat het onderzoek naar het ongeluk doorgaat?", "zakelijk", "" },
	/* private life in words of its own: catching up, the season's wishes, a
	 * relationship, a relative's illness, fertility treatment, the house */
	{ "Hé, lang niet gesproken! We moeten echt weer eens afspreken.", "prive", "" },
	{ "Gelukkig nieuwjaar allemaal! 🎆", "prive", "" },
	{ "Ik woon sinds de zomer weer alleen, we zijn uit elkaar.", "prive", "" },
	{ "Onze vader had vorige week een hartaanval.", "prive", "" },
	{ "Dag Sanne, zijn moeder heeft vorige maand een hersenbloeding gehad.", "prive", "" },
	{ "Zij ligt sinds dinsdag in het Radboud, bezoek mag nog niet.", "prive", "" },
	{ "De tweede terugplaatsing is mislukt, we proberen het in maart opnieuw.", "prive", "" },
	{ "De IVF-vergoeding blijft in het basispakket, meldt VWS.", "zakelijk", "" },
	{ "De kozijnen zijn geplaatst, de rekening volgt.", "prive", "" },
	{ "Tom en ik gaan volgend jaar trouwen!", "prive", "" },
	{ "De uitvaartdienst is zaterdag om 14 uur, je hoeft echt niet te komen.", "prive", "" },
	{ "Succes met de operatie morgen, en doe daarna rustig aan!", "prive", "" },
	{ "Je tandarts belde: de controle van dinsdag moet verzet worden.", "prive", "" },
	{ "Voor jullie aangifte heb ik de jaaropgave van de hypotheek nog nodig.", "prive", "" },
	{ "Lang verhaal, ik vertel het je liever onder vier ogen.", "prive", "" },
	/* an invoice is no memo; a wish to the minister is no business; nor is the police at the door */
	{ "De nota's van de tandarts voor Ruben zitten in de map, kun je ze betalen?", "prive", "" },
	{ "Veel sterkte, minister!", "prive", "" },
	{ "Mijn broer zit vast, de politie stond gisteren bij zijn huis. Ik vertel het je in het echt.",
	  "prive", "" },
	{ "Wat een prachtig nieuws, ik ben zo trots op haar!", "prive", "" },
	{ "Mijn schoonvader moet weer aan de chemo, de kanker is uitgezaaid.", "prive", "" },
	{ "Ik reserveer voor vier, bij de Italiaan om de hoek.", "prive", "" },
	/* the diary of the office and keeping a matter out of it are not its business */
	{ "Zaterdag padel? Ik kan pas om elf, als het debat niet uitloopt.", "prive", "" },
	{ "Prima, stuur het naar mijn privémail, niet via het ministerie. Het is voor het "
	  "verkiezingsprogramma.", "partijpolitiek", "" },
	{ "Ik hou me daar als minister buiten, maar de leden moeten kunnen kiezen bij de "
	  "kandidaatstelling.", "partijpolitiek", "" },
	{ "Sorry schat, het wordt weer laat vanavond.", "prive", "" },
	{ "Kun je je BSN even sturen? De notaris vraagt erom.", "prive", "" },
	{ "De Belastingdienst belde over de aangifte, ze willen jouw BSN nog een keer.", "prive", "" },
	{ "Geachte minister, de Belastingdienst belde over mijn aangifte en nu is mijn toeslag weg.",
	  "zakelijk", "" },
	/* a citizen's own number in a letter to the minister is no private matter of hers */
	{ "Geachte minister, mijn uitkering is gestopt. Mijn BSN is 111222333.", "zakelijk", "" },
	{ "Hij slaapt eindelijk door, wat een verschil!", "prive", "" },
	{ "Lekker gegeten bij jullie, en proost op het nieuwe huis!", "prive", "" },
	{ "De auto moet morgen naar de garage, kun jij me ophalen?", "prive", "" },
	{ "Dank voor de gastvrijheid tijdens het werkbezoek, de verslaglegging volgt.", "zakelijk", "" },
	/* the household in its own words; the same words as policy or a figure of speech */
	{ "Daan heeft een 8 voor zijn wiskundetoets!", "prive", "" },
	{ "Wie haalt Sophie op van hockey?", "prive", "" },
	{ "Ik voel me niet zo lekker, ik blijf vandaag in bed.", "prive", "" },
	{ "De verwarming doet het niet, ik heb de monteur gebeld.", "prive", "" },
	{ "We hebben een bod gedaan op dat huis in Zeist.", "prive", "" },
	{ "Veel ouders brengen hun kinderen naar de opvang en werken daardoor meer uren.", "zakelijk", "" },
	{ "We hebben huiswerk meegekregen van de Kamer over de WW.", "zakelijk", "" },
	/* visits, gifts, a garden, money, a confidence, love among family and friends */
	{ "Komen jullie tweede kerstdag bij ons? Ik maak stoofvlees.", "prive", "" },
	{ "Kom je zaterdag eten? Ik neem wel een taart mee.", "prive", "" },
	{ "Ik maak het bedrag morgen over, dank voor het regelen!", "prive", "" },
	{ "De tulpen staan er prachtig bij dit jaar.", "prive", "" },
	{ "Ben je nog wakker? Ik wil je iets vertellen.", "prive", "" },
	{ "Hij heeft sinds maart iets met Tamara, ze zijn heel gelukkig.", "prive", "" },
	{ "Oom Kees moet volgende week het ziekenhuis in voor zijn knie.", "prive", "" },
	{ "Ik wil je iets vertellen over de nota voor de ministerraad.", "zakelijk", "" },
	{ "Eerste courgettes uit de moestuin!", "prive", "" },
	{ "Ik kan het eindelijk vertellen! 14 weken 🤰", "prive", "" },
	/* a citizen's own illness or family beside a plea to the minister: business */
	{ "Mijn vader had vorige maand een beroerte en nu stopt zijn uitkering. Ik hoop dat u als "
	  "minister naar ons kijkt.", "zakelijk", "" },
	/* the party's members; a neighbour's own poster is no party work */
	{ "Mooi nieuws: 30 nieuwe leden sinds de uitslag.", "partijpolitiek", "" },
	{ "Hij is trouwens lid geworden van de SP, niet boos worden.", "zakelijk", "" },
	{ "Kieskompas ingevuld, ik kwam uit op de SP en daarna GroenLinks. Haha, sorry schat!", "prive", "" },
	{ "Stemwijzer gedaan: ik kwam uit op D66. Ik denk dat ik dit keer toch D66 stem, sorry schat!",
	  "prive", "" },
	{ "Ik zet trouwens een PVV-poster voor het raam voor de verkiezingen, hoop dat jullie het niet "
	  "erg vinden.", "zakelijk", "" },
	/* asked to use the office for someone, even by family, and the answer */
	{ "Mijn neef wacht al maanden op zijn uitkering. Kun je niet zorgen dat het sneller gaat? "
	  "Liefs en een dikke kus", "zakelijk", "" },
	{ "Lieverd, ik ga niet voor je voordringen, maar ik vraag wel waarom het zo lang duurt. xx",
	  "zakelijk", "" },
	{ "Lieverd, de aannemer duurt zo lang, de badkamer is nog steeds niet af. xx", "prive", "" },
	/* the police at one's door; a candidate list for a council */
	{ "Lang verhaal, de politie stond ineens aan de deur. Ik vertel het je liever in het echt.",
	  "prive", "" },
	{ "We willen meer jongeren op de lijsten voor de gemeenteraad, help je mee?", "partijpolitiek", "" },
	{ "De gemeenteraad van Emmen wil een brief over de banenafspraak.", "zakelijk", "" },
	/* a note for the fraction is party work, not a memo of the office */
	{ "Zal ik een notitie voor de fractie schrijven over de verkiezingen?", "partijpolitiek", "" },
	/* party work in its own words; a union's members are no party's */
	{ "We gaan zaterdag de deuren langs in Kanaleneiland, doe je mee?", "partijpolitiek", "" },
	{ "Kun je een handtekening zetten voor de ondersteuningsverklaringen in Zwolle?", "partijpolitiek", "" },
	{ "Onze Kamerleden willen weten of jij zaterdag meedoet.", "partijpolitiek", "" },
	{ "Kun je de tekst voor de campagnefolder nog nakijken?", "partijpolitiek", "" },
	{ "Onze wethouders willen een lijn over de Participatiewet voor de campagne in de gemeenten.",
	  "partijpolitiek", "" },
	{ "De FNV vraagt of u een toespraak voor de leden van de FNV wilt houden op 1 mei.", "zakelijk", "" },
	/* the minister as a party member; a neighbour's own vote; a scam at the door */
	{ "Ik spreek daar als lid, niet als minister, over het gezin en de mantelzorg.", "partijpolitiek", "" },
	{ "Kom je ook naar de kandidatenavond in juni?", "partijpolitiek", "" },
	{ "Ik ga weer voor de PVV bij de verkiezingen, kan me niet schelen wie het ziet.", "zakelijk", "" },
	{ "Let op: er lopen mensen langs de deuren die zeggen dat ze van de energieleverancier zijn.",
	  "zakelijk", "" },
	/* the members' bodies of a pension fund or a union are not a party's */
	{ "De ledenraad van de pensioenfondsen kwam met een brandbrief, graag reactie voor morgen.",
	  "zakelijk", "" },
	{ "De ledenraad van het CDA komt zaterdag bijeen over de kandidatenlijst.", "partijpolitiek", "" },
	/* round cls6: private life in its own words */
	{ "Mijn uitslag: alles schoon, ik hoef pas over vijf jaar terug.", "prive", "" },
	{ "Uit het bloedonderzoek bleek dat hij drager is van taaislijmziekte.", "prive", "" },
	{ "De uitslag: de motie is aangenomen.", "zakelijk", "" },
	{ "Ik kon wel huilen toen ik het hoorde.", "prive", "" },
	{ "We zijn zo opgelucht, het was niets ernstigs.", "prive", "" },
	{ "Hij gokt weer, en hij zegt dat het wel meevalt.", "prive", "" },
	{ "Ze heeft iemand anders. Ik snap er niks van.", "prive", "" },
	{ "Heb je iemand om mee te praten?", "prive", "" },
	{ "De minister heeft iemand anders gevraagd voor de commissie.", "zakelijk", "" },
	{ "De sector is opgelucht na het besluit van het kabinet.", "zakelijk", "" },
	{ "Succes vrijdag, laat je me weten hoe het ging?", "prive", "" },
	{ "Ik zou het aan je dokter voorleggen.", "prive", "" },
	{ "Bel je zus, die weet het vast.", "prive", "" },
	{ "Ik bid voor jullie, elke avond.", "prive", "" },
	{ "Goed nieuws: geen drager! Nu eerst slapen.", "prive", "" },
	{ "Opgelucht. Morgen meer.", "prive", "" },
	{ "Dat was wel schrikken.", "prive", "" },
	{ "Laat maar weten hoe het gaat.", "prive", "" },
	{ "Maak je geen zorgen om het werk, dat loopt wel.", "prive", "" },
	{ "Het was even schrikken voor de sector, zegt de minister in de Kamerbrief.", "zakelijk", "" },
	{ "De specialist verwees me door naar Nijmegen.", "prive", "" },
	{ "Laat me weten hoe het overleg met de wethouder ging.", "zakelijk", "" },
	{ "Hij heeft zijn eerste doelpunt gemaakt, zo trots!", "prive", "" },
	{ "Trots op je, dat was niet makkelijk.", "prive", "" },
	{ "Ik ben zo trots op het team van de directie.", "zakelijk", "" },
	{ "Koffietje morgen? Ik heb om tien uur tijd.", "prive", "" },
	{ "Koffie morgen bij het overleg?", "zakelijk", "" },
	{ "Fijne vrije dag gehad? Je zag er moe uit vrijdag.", "prive", "" },
	{ "Lekker, even helemaal niks vandaag.", "prive", "" },
	{ "Fijne vrije dag gewenst aan iedereen van de directie.", "zakelijk", "" },
	{ "Wat een foto, je staat er prachtig op!", "prive", "" },
	{ "Het logo staat er mooi op, akkoord voor de persberichten.", "zakelijk", "" },
	{ "Was gezellig gisteravond, volgende keer bij ons.", "prive", "" },
	{ "Het debat was top gisteren, dank voor de spreektekst.", "zakelijk", "" },
	{ "Kun jij morgen een pakketje voor ons aannemen? We zijn er niet.", "prive", "" },
	{ "Zullen we de coniferen samen laten snoeien?", "prive", "" },
	{ "Het kabinet wil snoeien in de subsidies.", "zakelijk", "" },
	{ "Congratulations on the new house, I hope the move went well.", "prive", "" },
	{ "Thank you so much, she is doing much better now.", "prive", "" },
	{ "Congratulations on the new regulation, the government will support it.", "zakelijk", "" },
	{ "Heel veel sterkte morgen!", "prive", "" },
	{ "Heel veel sterkte morgen in het debat!", "zakelijk", "" },
	{ "Kun je een filmpje maken voor de nieuwsbrief?", "zakelijk", "" },
	{ "Heel attent van het protocol, dank.", "zakelijk", "" },
	{ "Wat attent, dank je!", "prive", "" },
	/* round cls6: party work in everyday words */
	{ "Zet het maar bij mijn partijactiviteiten in de agenda.", "partijpolitiek", "" },
	{ "Wij zijn partij in deze zaak.", "zakelijk", "" },
	{ "Mooie opkomst gisteren, ruim 120 leden!", "partijpolitiek", "" },
	{ "Goede opkomst bij de actie, 300 leden van de FNV liepen mee.", "zakelijk", "" },
	{ "Wie pakt de werving onder jongeren in Zwolle op?", "partijpolitiek", "" },
	{ "Defensie start de werving onder jongeren voor de krijgsmacht.", "zakelijk", "" },
	{ "Zwolle-Zuid: 230 deuren, veel leuke gesprekken.", "partijpolitiek", "" },
	{ "Ga je mee met de raadskandidaten?", "partijpolitiek", "" },
	{ "De corporatie heeft 400 deuren vervangen in de flat.", "zakelijk", "" },
	{ "Waarom zit jij eigenlijk bij een liberale partij?", "partijpolitiek", "" },
	{ "Een liberale democratie heeft een vrije pers nodig.", "zakelijk", "" },
	{ "Ik ben weer volop in de campagne, zaterdag Kampen.", "partijpolitiek", "" },
	{ "De folders zijn op, wie haalt er nieuwe?", "partijpolitiek", "" },
	{ "De campagne van het ministerie over energiebesparing start in mei.", "zakelijk", "" },
	{ "Kun je een bedankje doen aan de vrijwilligers na afloop?", "partijpolitiek", "" },
	{ "Een woordje voor de vrijwilligers van de voedselbank?", "zakelijk", "" },
	{ "Ik ben lid van de PVV en stond op de lijst bij de verkiezingen. Word ik daarom gepest?",
	  "zakelijk", "" },
	/* round cls6: business asked of the minister, and work as an excuse */
	{ "Mag ik donderdag vrij? Mijn zoon heeft zijn diploma-uitreiking.", "zakelijk", "" },
	{ "Ik ben morgen vrij, zullen we gaan wandelen?", "prive", "" },
	{ "Mag mijn werkgever zomaar mijn contract niet verlengen nu ik zwanger ben?", "zakelijk", "" },
	{ "Mijn vraag is: kun je de kinderen ophalen?", "prive", "" },
	{ "Ik ben de week na Prinsjesdag weg, we gaan trouwen!", "prive", "" },
	{ "De week na Prinsjesdag is het debat over de Miljoenennota.", "zakelijk", "" },
	{ "Het etentje lukt niet door het debat, sorry! Volgende week?", "prive", "" },
	{ "Dat past niet in de begroting.", "zakelijk", "" },
	{ "Ik heb de stukken gelezen, beterschap!", "zakelijk", "" },
	{ "Ik heb de foto's gezien, wat een feest!", "prive", "" },
	/* round cls7: everyday private chat without a keyword of its own */
	{ "Het regent hier pijpenstelen, neem je een paraplu mee", "prive", "" },
	{ "Eindelijk zon! Zitten lekker in de tuin", "prive", "" },
	{ "Het regent vandaag, neem de achteringang bij het ministerie.", "zakelijk", "" },
	{ "Zitten lekker in de tuin van het Catshuis voor de fotosessie.", "zakelijk", "" },
	{ "De poes heeft weer overgegeven op de bank", "prive", "" },
	{ "Ons konijntje is ontsnapt!", "prive", "" },
	{ "Lisa heeft haar eerste tandje", "prive", "" },
	{ "Hij heeft vandaag voor het eerst gelopen!!", "prive", "" },
	{ "De kids liggen eindelijk in bed", "prive", "" },
	{ "Sara is ziek thuis van school, buikpijn", "prive", "" },
	{ "Het wetsvoorstel is in slaap gesukkeld.", "zakelijk", "" },
	{ "Ik voel me echt rot vandaag", "prive", "" },
	{ "Ik ben zo blij voor je!", "prive", "" },
	{ "Fijn dat je er was vandaag, betekende veel voor me", "prive", "" },
	{ "Ik voel me rot over hoe het debat ging.", "zakelijk", "" },
	{ "Fijn dat je er was bij het werkbezoek gisteren.", "zakelijk", "" },
	{ "Dankjewel voor gisteren, was heerlijk!", "prive", "" },
	{ "Thnx voor zaterdag, supergezellig", "prive", "" },
	{ "Dank voor gisteren!", "zakelijk", "" },
	{ "Dank voor gisteren, leuk gesprek over de nota.", "zakelijk", "" },
	{ "Can't wait to see you this weekend!", "prive", "" },
	{ "Hope you feel better soon x", "prive", "" },
	{ "Hoe laat ben je thuis vanavond?", "prive", "" },
	{ "Loop jij even langs de bakker voor brood?", "prive", "" },
	{ "Lekker geslapen?", "prive", "" },
	{ "Ik ben pas om 7 uur thuis, bel me dan maar over de nota.", "zakelijk", "" },
	{ "Hoe laat ben je terug uit Brussel?", "zakelijk", "" },
	{ "Wat een plaatje. Smaakte heerlijk", "prive", "" },
	{ "Ziet er echt lekker uit, mag ik het recept?", "prive", "" },
	{ "Het diner met de delegatie smaakte prima, de afspraken staan in het verslag.", "zakelijk", "" },
	{ "Maandag 10u bij ons, ik heb een plekje op de vrijmarkt", "prive", "" },
	{ "Ik neem oranjebitter mee", "prive", "" },
	{ "Op Koningsdag bent u met de Koning in Emmen, het programma volgt.", "zakelijk", "" },
	{ "Thanks for dinner last night, it was lovely", "prive", "" },
	{ "We are at the beach, weather is amazing", "prive", "" },
	{ "Hond heeft de hele bank gesloopt", "prive", "" },
	{ "De katten moeten morgen naar de dierenarts voor de prik", "prive", "" },
	{ "Heb net een uur gesport, voel me top", "prive", "" },
	{ "Ik ga vanavond vroeg slapen, kapot", "prive", "" },
	{ "Gaat het een beetje met je? Je klonk moe gisteren", "prive", "" },
	{ "Hoe gaat ie? Lang niks gehoord", "prive", "" },
	{ "We hebben de griep allemaal, hele huis ligt plat", "prive", "" },
	{ "Tim heeft een 8 voor zijn rekentoets!", "prive", "" },
	{ "Hoe was de afspraak bij de cardioloog?", "prive", "" },
	{ "Moeder ligt in het verpleeghuis, het gaat achteruit", "prive", "" },
	{ "Vader mag morgen naar huis, nog wel zwak", "prive", "" },
	{ "De minister spreekt morgen de kinderartsen over de wachtlijsten.", "zakelijk", "" },
	{ "Hoe gaat het met de nota over de AOW?", "zakelijk", "" },
	/* round cls7: party work in everyday or policy words */
	{ "De leden zijn boos over het akkoord, er komen opzeggingen binnen", "partijpolitiek", "" },
	{ "Onze wethouder in Deventer wil met je op de foto", "partijpolitiek", "" },
	{ "Ons raadslid in Zwolle wil je spreken", "partijpolitiek", "" },
	{ "Onze leden zijn boos over het cao-bod.", "zakelijk", "" },
	{ "De leden zijn kritisch over het wetsvoorstel.", "zakelijk", "" },
	{ "De peilingen zien er slecht uit voor ons, we moeten iets doen", "partijpolitiek", "" },
	{ "We zakken weer in de peilingen", "partijpolitiek", "" },
	{ "De achterban snapt ons standpunt over de pensioenen niet", "partijpolitiek", "" },
	{ "De fractie wil een motie om ons te onderscheiden van de coalitiepartner", "partijpolitiek", "" },
	{ "De peiling van het SCP is voor ons een belangrijk signaal.", "zakelijk", "" },
	{ "De achterban van de FNV wil dat we harder optreden.", "zakelijk", "" },
	{ "Om ons te onderscheiden van andere landen investeren we in scholing.", "zakelijk", "" },
	{ "Wie gaat er zaterdag deurtjes langs in Almere-Haven?", "partijpolitiek", "" },
	{ "Wie helpt zaterdag met posters ophangen?", "partijpolitiek", "" },
	{ "Zaterdag straatcampagne op de Grote Markt", "partijpolitiek", "" },
	{ "Debattraining voor de kandidaten is op 12 maart", "partijpolitiek", "" },
	{ "Dit kost ons stemmen bij de jongeren", "partijpolitiek", "" },
	{ "We verliezen zetels als we niet oppassen", "partijpolitiek", "" },
	{ "De verkiezingsuitslag was een dreun voor ons", "partijpolitiek", "" },
	{ "De lijst moet vrijdag naar het centraal stembureau", "partijpolitiek", "" },
	{ "De voorzitter van de afdeling vraagt of je op de lijst wilt voor de raad", "partijpolitiek", "" },
	{ "Ik heb de speech voor zaterdag bij de afdeling Zwolle klaar", "partijpolitiek", "" },
	{ "Onze mensen op de markt krijgen veel vragen", "partijpolitiek", "" },
	{ "De uitslag van het onderzoek is een succes voor ons ministerie.", "zakelijk", "" },
	{ "De speech voor de afdeling Arbeidsmarkt van het ministerie ligt klaar.", "zakelijk", "" },
	{ "Als we niet oppassen loopt de nota vertraging op.", "zakelijk", "" },
	{ "Kun jij zaterdag oppassen? Wij gaan uit eten.", "prive", "" },
	/* cls9 (tune8): a move wished well; the office's own move is no wish */
	{ "Succes met sjouwen zaterdag, en geniet van jullie nieuwe plek!", "prive", "" },
	{ "Veel woonplezier in Zwolle allebei!", "prive", "" },
	{ "Succes met de verhuizing van de directie naar de nieuwe toren.", "zakelijk", "" },
	/* cls9: a feast wished (light), to someone's family too */
	{ "Fijn Suikerfeest, Samira!", "prive", "" },
	{ "Fijne Pasen! De nota over de AOW ligt op je bureau.", "zakelijk", "" },
	{ "Fijne dag vandaag, en de groeten aan je ouders!", "prive", "" },
	{ "Prettige feestdagen voor jullie allemaal! De Kamerbrief volgt in januari.", "zakelijk", "" },
	/* cls9: one's own treatment and fear told to a friend */
	{ "Ik heb gisteren een pacemaker gekregen, alles ging goed.", "prive", "" },
	{ "Ik moet voortaan insuline spuiten, even wennen.", "prive", "" },
	{ "De internist zei dat ik moet afvallen.", "prive", "" },
	{ "Twee weken rustig aan, zegt de fysio.", "prive", "" },
	{ "De huisarts zegt dat de wachtlijsten in de wijk te lang worden.", "zakelijk", "" },
	{ "Morgen de biopsie. Ik ben echt bang", "prive", "" },
	{ "Ik ben zo bang dat de Kamer de wet afschiet.", "zakelijk", "" },
	{ "Ik ben echt bang dat we de deadline niet halen.", "zakelijk", "" },
	{ "Ik ben heel bang voor de operatie morgen.", "prive", "" },
	{ "Mijn moeder blijkt drager van een mutatie in dat gen.", "prive", "" },
	{ "Uitslag is binnen: hij heeft het gen niet.", "prive", "" },
	/* cls9: a wish for someone's body or treatment */
	{ "Succes vrijdag met je kijkoperatie!", "prive", "" },
	{ "Ik hoorde dat je morgen een MRI hebt.", "prive", "" },
	{ "Succes met je presentatie in de ministerraad.", "zakelijk", "" },
	{ "Succes met de behandeling van het wetsvoorstel in de Eerste Kamer.", "zakelijk", "" },
	/* cls9: let the work wait; a friend greeted and asked round */
	{ "Laat alles hier maar liggen en ga naar huis.", "prive", "" },
	{ "Laat de nota maar liggen tot maandag.", "zakelijk", "" },
	{ "Lieve Sanne. Wat een nieuws, ik bel je vanavond.", "prive", "" },
	{ "Kom zaterdag gezellig koffie drinken?", "prive", "" },
	{ "Zal ik morgen even langskomen?", "prive", "" },
	{ "Lieve collega's, de Kamerbrief is verstuurd.", "zakelijk", "" },
	{ "Lieve Sanne, kun je de stukken voor morgen nog sturen?", "zakelijk", "" },
	/* cls9: the cycling club's ride; the ministry's car ride is none */
	{ "Zondagsrit gaat door, vertrek acht uur bij de molen.", "prive", "" },
	{ "De rit naar Brussel met de dienstauto duurt drie uur.", "zakelijk", "" },
	/* cls9: thanks for a gift, in English; for kind words in office, none */
	{ "Thank you so much for the lovely flowers!", "prive", "" },
	{ "Dank voor de prachtige tulpen!", "prive", "" },
	{ "Thank you for the kind words about our labour inspectorate.", "zakelijk", "" },
	/* cls9: winning ground back, the council's party group, the party's leaflets */
	{ "Met deze kandidaten kunnen we de stad heroveren.", "partijpolitiek", "" },
	{ "Hoe we het vertrouwen van burgers terugwinnen, staat in de Kamerbrief.", "zakelijk", "" },
	{ "De raadsfractie wil zaterdag met je de wijk in.", "partijpolitiek", "" },
	{ "Ik heb nog drie dozen folders van de afdeling in de kofferbak.", "partijpolitiek", "" },
	{ "De folders voor de campagne over de AOW-leeftijd zijn gedrukt.", "zakelijk", "" },
	{ "De folders van de Rijksoverheid over de AOW liggen klaar.", "zakelijk", "" },
	{ "Hoeveel deurgesprekken hebben jullie gisteren gevoerd?", "partijpolitiek", "" },
	/* cls9: a petition offered to the minister is the office's; a provincial
	 * coalition agreement is the parties' there */
	{ "Het CDJA wil u op het congres een petitie over het jeugdloon overhandigen.", "zakelijk", "" },
	{ "Het CDJA begint een petitie tegen het jeugdloon.", "partijpolitiek", "" },
	{ "Het provinciale coalitieakkoord is rond, de Statenfractie is blij.", "partijpolitiek", "" },
	{ "Het coalitieakkoord van het kabinet noemt de WW.", "zakelijk", "" },
	/* cls9: one's own side job; young people's jobs are the office's topic */
	{ "Ik ben gestopt met mijn bijbaan, te weinig uren.", "prive", "" },
	{ "Jongeren met een bijbaan verdienen vaak het jeugdloon.", "zakelijk", "" },
	{ "De nieuwe stagiair begint maandag, haar stage duurt zes maanden.", "zakelijk", "" },
	/* cls9 (tune7): carriers both; time for oneself; a gift thanked for; a
	 * wish list; the leaflets shared out */
	{ "Mijn man en ik zijn allebei drager van dat gen.", "prive", "" },
	{ "Neem alle tijd die je nodig hebt.", "prive", "" },
	{ "Neem de tijd voor de nota, het debat is pas in mei.", "zakelijk", "" },
	{ "Thank you for the chocolates, the team loved them!", "prive", "" },
	{ "Thank you for the report on posted workers.", "zakelijk", "" },
	{ "Hij wil een fietsbel op zijn verlanglijst.", "prive", "" },
	{ "Wie doet zaterdag de folderverdeling in de wijk?", "partijpolitiek", "" },
	/* cls10: a citizen asks about a change the minister announced, or asks her
	 * to explain; a scheme of leave by name; the same with "je" among family */
	{ "Ik las dat u de regels voor mantelzorgverlof wilt verruimen. Ik zorg thuis voor mijn man.",
	  "zakelijk", "" },
	{ "Kunt u mij uitleggen waarom mijn pensioen straks kan schommelen?", "zakelijk", "" },
	{ "Mijn werkgever geeft geen langdurend zorgverlof voor de zorg voor mijn moeder.", "zakelijk",
	  "" },
	{ "Fijn dat je de verjaardag wilt verplaatsen, mama vindt het goed.", "prive", "" },
	{ "Kun je mij uitleggen hoe de barbecue werkt? Zaterdag eten we bij jullie.", "prive", "" },
	/* cls10: her office sending the papers, in English; a team that won is no office */
	{ "Wonderful news about the baby! My office will send you the programme for Tuesday.",
	  "zakelijk", "" },
	{ "Congratulations on the baby! Our team won on Saturday too.", "prive", "" },
	/* cls10: thanks addressed to the minister is a formality; a funeral in
	 * another tradition */
	{ "Dank u wel, minister. De begrafenis is zaterdag in Zwolle.", "prive", "" },
	{ "Dank u wel, minister. De nota over de WW volgt morgen.", "zakelijk", "" },
	{ "De janaza is morgen na het middaggebed.", "prive", "" },
	/* cls10: greetings passed on to someone at home */
	{ "Doe hem de groeten van ons!", "prive", "" },
	{ "Groet je moeder hartelijk.", "prive", "" },
	{ "Doe de groeten aan de DG, de nota komt morgen.", "zakelijk", "" },
	/* cls10: good luck with the move, in English; with a policy paper, none */
	{ "Thanks Pieter. And good luck with the boxes in your new home! x", "prive", "" },
	{ "Good luck with the new policy paper on posted workers.", "zakelijk", "" },
	/* cls10: asked to write to one's private address; a date in the diary */
	{ "Mail me voortaan op mijn privéadres, dan lees ik het sneller.", "prive", "" },
	{ "Stuur de Kamerbrief naar mijn privémail, ik lees hem thuis.", "zakelijk", "" },
	{ "Leuk, die reünie! 14 maart staat in de agenda.", "prive", "" },
	{ "Het overleg met de DG staat in de agenda.", "zakelijk", "" },
	/* cls10: the choir's rehearsal, the window cleaner, a cat on the fence */
	{ "Zangrepetitie woensdag, we oefenen het Requiem.", "prive", "" },
	{ "De glazenwasser komt donderdag, moet ik jullie ramen ook laten doen?", "prive", "" },
	{ "Is deze van jullie? Hij zat op onze schutting 🐈", "prive", "" },
	/* cls10: thanks that is fond, coffee on Sunday, tears, a carrier */
	{ "Dank je, echt lief.", "prive", "" },
	{ "Zaterdag koffie?", "prive", "" },
	{ "Echt lief van de minister, dat bezoek aan de werkvloer.", "zakelijk", "" },
	{ "Gejankt bij de diploma-uitreiking.", "prive", "" },
	{ "Ik ben dus draagster, net als mijn moeder.", "prive", "" },
	{ "Wie is drager van het beleid? De DG.", "zakelijk", "" },	/* cls10: someone crying; a parcel left with the neighbours */
	{ "Hij huilde de hele film.", "prive", "" },
	{ "De sector huilt krokodillentranen over de WW.", "zakelijk", "" },
	{ "Er is een doos voor jullie bij ons afgegeven.", "prive", "" },
	{ "Het pakket met de stukken is bij de receptie afgegeven.", "zakelijk", "" },
	/* cls13: a death told the same evening (prive.overleden); a bill passed tonight stays business */
	{ "Marloes, mijn vader is vanavond overleden.", "prive", "" },
	{ "Onze buurman is zojuist overleden.", "prive", "" },
	{ "Het wetsvoorstel is vanavond aangenomen, de Kamerbrief volgt.", "zakelijk", "" },
	/* cls13: a named relative who is no carrier of the family gene (prive.uitslag); a carrier of policy is not */
	{ "Nieuws van het ziekenhuis: Wim is geen drager van het familie-gen!", "prive", "" },
	{ "Sanne blijkt gelukkig geen drager van de mutatie.", "prive", "" },
	{ "De wethouder is drager van het nieuwe beleid.", "zakelijk", "" },
	{ "Het RIVM is drager van de kennis over het gen, zie de Kamerbrief.", "zakelijk", "" },
	/* cls13: opening with "gaat niks over werk" (prive.persoonlijk); a debate not about work stays business */
	{ "Gaat niks over werk: Sem is gevallen, ik ben maandag dus laat.", "prive", "" },
	{ "Dit gaat niet over werk: zullen we zaterdag eten?", "prive", "" },
	{ "Het debat gaat niet over werk, maar over inkomen.", "zakelijk", "" },
	/* cls13: a fellow minister's advisers to meet on an EU file (zak.en.work, zak.en.policy), beside Christmas
	   wishes; families or kids who meet stay private */
	{ "Merry Christmas, and thanks for your support. Shall our advisers meet in January on the posting of workers?",
	  "zakelijk", "" },
	{ "Happy new year! Our officials will meet in January on platform work.", "zakelijk", "" },
	{ "Merry Christmas! Shall our families meet in January?", "prive", "" },
	{ "Merry Christmas, my wife and I hope our kids can meet yours in January.", "prive", "" },
	/* cls13: the papers handed over in a bag or folder (zak.stukkentas) beside one's own hospital stay; a bag of
	   groceries or clothes stays private */
	{ "Ik lig sinds vanmiddag in Isala, ze hebben een stent gezet. Astrid heeft de agenda van maandag, de tas met stukken ligt bij de bode.",
	  "zakelijk", "" },
	{ "Ik lig in het ziekenhuis, de tas met kleren staat bij de deur.", "prive", "" },
	{ "De tas met boodschappen staat nog in de auto.", "prive", "" },
	/* cls13: a neighbour's "politie is gebeld" is no business of the office (zak.not.politiemelding); the police
	   called to the ministry stays business */
	{ "Bij nr 6 is vannacht ingebroken, de schuur. Politie is gebeld", "prive", "" },
	{ "De politie is gebeld over de demonstratie bij het ministerie, de woordvoering is ingelicht.", "zakelijk", "" },
	/* cls13: "happy holidays" beside "merry christmas" (prive.nieuwjaar); with the office's papers it stays business */
	{ "Marloes!! happy holidays from rainy London. Guess what, I'm a shop steward now 😂", "prive", "" },
	{ "Happy holidays! Please find attached the Council conclusions for your signature.", "zakelijk", "" },
	/* cls13: a care or benefit file of one's own relative (prive.regeling.familie); "uw moeder" from the office
	   and the scheme for a group stay business */
	{ "Voor de aanvraag van de Wlz-indicatie van mam heb ik haar bsn nodig.", "prive", "" },
	{ "Is de AOW van je vader al binnen?", "prive", "" },
	{ "Uw vraag over de AOW van uw moeder is doorgestuurd naar de SVB.", "zakelijk", "" },
	{ "De Wlz-indicatie voor ouderen wordt strenger, zie de Kamerbrief.", "zakelijk", "" },
	/* round cls14 (tune11) */
	/* cls14: the driver asking whether the minister is free on a holiday is his working day
	   (zak.vrijbentu), beside his family's plans; a friend's "ben je vrij" stays private */
	{ "Mag ik vragen of u Tweede Pinksterdag vrij bent? Mijn zoon doet dan belijdenis.", "zakelijk", "" },
	{ "Bent u zaterdag vrij? Dan ga ik met mijn vrouw naar haar ouders.", "zakelijk", "" },
	{ "Heeft u mij zondag nodig? Anders ga ik met de kinderen naar het strand.", "zakelijk", "" },
	{ "Ben je zaterdag vrij? Mijn dochter is jarig.", "prive", "" },
	{ "Ik heb twintig jaar D66 gestemd, maar nu stem ik BBB. Sorry lieve zus, liefs!", "prive", "" },
	/* cls14: dad or mum to a hospital named by its name (prive.ziekenhuis); the minister's
	   working visit there stays business */
	{ "Ma moet donderdag naar het Radboudumc voor haar knie, kun jij rijden?", "prive", "" },
	{ "De minister gaat donderdag naar het UMC voor een werkbezoek over de zorgbanen.", "zakelijk", "" },
	/* cls14: announcing a personal question (prive.persoonlijk), and a relative's brush with the
	   law told informally (prive.familiestraf); a journalist's personal question about a letter,
	   and a citizen's letter about a son's record, stay business */
	{ "Mag ik je iets persoonlijks vragen? Het zit me niet lekker.", "prive", "" },
	{ "Mag ik je iets persoonlijks vragen? Als wethouder moet ik een VOG, en mijn man heeft ooit een werkstraf gehad. Is dat een probleem?",
	  "prive", "" },
	{ "Mag ik u iets persoonlijks vragen, minister? Hoe kijkt u naar de Kamerbrief over de WW?", "zakelijk", "" },
	{ "Mijn zoon heeft een taakstraf gekregen en krijgt nu geen VOG. Kunt u de Wet justitiële gegevens aanpassen, minister?",
	  "zakelijk", "" },
	/* cls14: thanks for a meal at home (prive.dank.warm); a meal with the delegation stays business */
	{ "Dank voor het eten! Volgende keer bij ons.", "prive", "" },
	{ "Bedankt voor het eten met de delegatie gisteren; de Council conclusions volgen.", "zakelijk", "" },
	/* cls14: one's own health in passing, in English (prive.en.personal); markets acting up stay
	   business */
	{ "Sorry, can't make the call, my back is acting up again.", "prive", "" },
	{ "The markets are acting up again, please update the briefing note.", "zakelijk", "" },
	/* cls14: praise for a speech at an EU Council and a capital's line (zak.en.council) beside
	   warm words; a surgeon's intervention stays private */
	{ "Thanks for the lovely evening! Strong intervention today, our capital agrees.", "zakelijk", "" },
	{ "The intervention on my knee this morning went well, love you all! xx", "prive", "" },
	/* cls14: the list named by its year, the group's own barbecue (partij.kandidatenlijst,
	   partij.ledenavond); a shopping list and a friends' barbecue stay private */
	{ "Zaterdag praten we over de lijst voor 2031, kom je?", "partijpolitiek", "" },
	{ "Zaterdag praten we over de boodschappenlijst voor de bbq, kom je?", "prive", "" },
	{ "Komt iedereen naar de fractiebarbecue bij Ingrid?", "partijpolitiek", "" },
	{ "Komt iedereen naar de barbecue bij Ingrid?", "prive", "" },
	/* cls14: the group's meeting with a hyphen, and its own move in the Kamer
	   (partij.fractieberaad); an amendment reported by the office stays business */
	{ "Donderdag fractie-overleg, kom je ook?", "partijpolitiek", "" },
	{ "Dan moet de fractie het zelf maar amenderen.", "partijpolitiek", "" },
	{ "Het amendement van de VVD-fractie wordt morgen ingediend, de Kamerbrief volgt.", "zakelijk", "" },
	/* cls14: the candidate for a local post (partij.kandidaat); a candidate for a post in the
	   office stays business */
	{ "Helder. Wethouder zorg willen we zelf, Pieter wordt kandidaat.", "partijpolitiek", "" },
	{ "Wie wordt de kandidaat-wethouder in Almelo?", "partijpolitiek", "" },
	{ "Jan wordt kandidaat voor de functie van DG, de Kamerbrief volgt.", "zakelijk", "" },
	/* cls14: someone close who joined a union, told as news (prive.bondslid); an official's own
	   membership declared, and a new member who asks the minister about a scheme, stay business */
	{ "Mijn zus is eindelijk lid geworden van de FNV, ze zit nu in de jongerenraad.", "prive", "" },
	{ "Ik ben lid van de FNV, dat meld ik even voor de Woo-beoordeling.", "zakelijk", "" },
	{ "Hij is lid geworden van de FNV en wil de minister spreken over de WW.", "zakelijk", "" },
	/* cls14: a good-night wish is private content (prive.slaap); beside business it stays business */
	{ "Wat een lange dag. Slaap lekker!", "prive", "" },
	{ "Slaap lekker, en lees morgen vroeg de Kamerbrief over de WW nog even.", "zakelijk", "" },
	/* round cls15 (tune12) */
	/* cls15: the driver asking where the minister is that day (zak.vrijbentu); a friend's
	   "je" stays private */
	{ "Mijn dochter doet belijdenis op 4 mei. Staat u die dag ergens? Dan vraag ik Kees.", "zakelijk", "" },
	{ "Heeft u zaterdag iets staan? Mijn zoon wil graag naar de kermis.", "zakelijk", "" },
	{ "Staat je fiets ergens? Mijn dochter wil hem lenen.", "prive", "" },
	/* cls15: the scope of a Woo request (zak.woo.reikwijdte); a photo album has no scope */
	{ "Die foto's van je verjaardag vallen buiten het verzoek, zegt de jurist.", "zakelijk", "" },
	{ "Die foto's van je verjaardag vallen buiten het album.", "prive", "" },
	/* cls15: the minister handing a question to her officials (zak.doorzetten); the children
	   ringing back are no officials */
	{ "Ik laat de directie je even bellen, fijne vakantie nog!", "zakelijk", "" },
	{ "Ik laat de kinderen je even bellen, fijne vakantie nog!", "prive", "" },
	/* cls15: a scheme's counter closing (zak.loket); the baker closing is an errand */
	{ "Het loket sluit op 1 december, haha, dus stuur het formulier van de gemeente snel in.", "zakelijk", "" },
	{ "De bakker sluit om vijf, haal jij het brood? Liefs", "prive", "" },
	/* cls15: formal thanks to the office for a case (zak.dankuw) beside a birth; a friend's
	   thanks for help with a move stays private */
	{ "Ons zoontje is vorige week geboren en het ouderschapsverlof is rond. Dank voor uw hulp!", "zakelijk", "" },
	{ "Ons zoontje is vorige week geboren. Dank voor je hulp met de verhuizing!", "prive", "" },
	/* cls15: an apology for disturbing a holiday (prive.not.stoor) says the holiday is not the
	   content; asking after the holiday stays private */
	{ "Sorry dat ik je op vakantie stoor, maar kan de nieuwe norm voor de arbeidsmigranten een jaar later?", "zakelijk", "" },
	{ "Sorry dat ik stoor, hoe is het op vakantie?", "prive", "" },
	/* cls15: the candidate list by its places, its adoption and its amendments
	   (partij.lijstplek, zak.not.partijmotie); an amendment on a scheme and a list adopted
	   without a vote stay business */
	{ "Nummer 9 op de conceptlijst, dat had ik niet verwacht.", "partijpolitiek", "" },
	{ "Plek 11 is net verkiesbaar, denk ik.", "partijpolitiek", "" },
	{ "De lijst is vastgesteld met 88 procent van de stemmen!", "partijpolitiek", "" },
	{ "Er ligt een amendement om haar op 4 te zetten.", "partijpolitiek", "" },
	{ "Het amendement om de AOW-leeftijd op 67 te zetten is ingediend.", "zakelijk", "" },
	{ "De lijst is vastgesteld, de nota gaat vrijdag naar de ministerraad.", "zakelijk", "" },
	/* cls15: a motion sent to the party's congress (partij.congresmotie2); one in the Kamer stays
	   business */
	{ "Onze resolutie over het jeugdloon komt op het congres in juni.", "partijpolitiek", "" },
	{ "De motie over het jeugdloon komt donderdag in stemming in de Kamer.", "zakelijk", "" },
	/* cls15: what the party promises in its programme (partij.programma); the coalition
	   agreement carried out stays business */
	{ "Ik wil niet meer beloven dan er in ons programma staat.", "partijpolitiek", "" },
	{ "Het kabinet voert uit wat in het coalitieakkoord staat, zegt de Kamerbrief.", "zakelijk", "" },
	/* cls15: a weekend away named by what one does (prive.opvakantie); the directorate's
	   working weekend stays business */
	{ "Wandelweekend in de Ardennen is geboekt!", "prive", "" },
	{ "Het werkweekend van de directie is geboekt.", "zakelijk", "" },
	/* cls15: a scan counted in weeks (prive.zwanger); scanners in a scheme stay business */
	{ "Vanochtend de 13 weken echo gehad, alles ziet er goed uit.", "prive", "" },
	{ "De echo-apparatuur voor de ziekenhuizen valt onder de subsidieregeling.", "zakelijk", "" },
	/* cls15: a partner introduced (prive.partner), news told first (prive.nieuwtje), a partner
	   asked along to a party (prive.meenemen); the scheme's partners, a memo read first and a
	   memo taken to a meeting stay business */
	{ "Dat is Sander. We wonen al een jaar samen.", "prive", "" },
	{ "Samenwonende partners krijgen minder bijstand, zegt de Kamerbrief.", "zakelijk", "" },
	{ "Jij bent de eerste die het hoort: ik stop met roken.", "prive", "" },
	{ "Jij bent de eerste die de nota leest, de Kamerbrief volgt.", "zakelijk", "" },
	{ "Neem je vriendin gerust mee naar het kerstfeest.", "prive", "" },
	{ "Neem de nota mee naar het overleg met de SG.", "zakelijk", "" },
	/* cls15: looks admired (prive.compliment2), a birthday with the verb last
	   (prive.wordt.jaar2); a budget in good shape and a law's anniversary stay business */
	{ "Die jurk stond je prachtig gisteren!", "prive", "" },
	{ "De begroting stond er goed voor, zegt de minister.", "zakelijk", "" },
	{ "Volgende maand vieren we dat oma negentig wordt.", "prive", "" },
	{ "Volgende maand vieren we dat de wet tien jaar bestaat, met de minister.", "zakelijk", "" },
	/* cls15: a colleague away ill told to rest (prive.ziekbezoek), a card signed together
	   (prive.kaart) or sent (prive.kaartsturen); a letter co-signed and the work on the table
	   stay business */
	{ "Niet aan het werk denken hoor, en als je zin hebt in bezoek, bel me.", "prive", "" },
	{ "Niet aan het werk denken is lastig met de Kamerbrief op tafel.", "zakelijk", "" },
	{ "Wil jij meetekenen op de condoleancekaart voor Frank?", "prive", "" },
	{ "Wil jij meetekenen op de brief aan de Kamer?", "zakelijk", "" },
	{ "Ik stuur haar een kaartje, arme meid.", "prive", "" },
	/* cls15: one's sleep and heart (prive.hartlucht), the family's bike borrowed (prive.lenen),
	   a test of one's own done (prive.eigenzorg); the office's figures, the official car and the
	   RIVM's tests stay business */
	{ "Ik slaap al weken slecht sinds de inbraak.", "prive", "" },
	{ "Ik slaap slecht van de cijfers in de Kamerbrief.", "zakelijk", "" },
	{ "Mag ik je fiets lenen?", "prive", "" },
	{ "Mag ik de dienstauto morgen om acht uur?", "zakelijk", "" },
	{ "Ik heb me vorige week laten testen, alles goed.", "prive", "" },
	{ "Ik heb me laten informeren over de testen van het RIVM, de Kamerbrief volgt.", "zakelijk", "" },
	/* cls15: English thanks for flowers that arrived (prive.en.gift2); a draft that arrived
	   stays business */
	{ "The tulips for Sofia arrived this morning, how kind of you!", "prive", "" },
	{ "The draft letter for the Council arrived, please check.", "zakelijk", "" },
	/* cls15: flowers sent in the office's name (zak.not.gift); the SG's message on a letter stays
	   business */
	{ "Wij sturen namens de SG en het MT bloemen, wil je meetekenen op de kaart?", "prive", "" },
	{ "Namens de SG: de Kamerbrief gaat vrijdag naar de Kamer.", "zakelijk", "" },
	/* cls15: where one is with the verb first (zak.not.logistiek2); what one does there stays
	   business */
	{ "Dan zit ik in de Kamer, maar ik bel tante Els.", "prive", "" },
	{ "Dan zit ik in de Kamer voor het debat over de AOW.", "zakelijk", "" },
	/* cls15: a birthday's congratulations name no list place (partij.lijstfelicitatie) */
	{ "Gefeliciteerd met je 50ste, lieverd!", "prive", "" },
	/* cls15: the office's busy season as the reason for a break (zak.not.nawerk); time after the
	   cabinet meeting for a memo stays business */
	{ "Na de begroting en al die debatten ben je wel toe aan rust. Liefs, Ilse", "prive", "" },
	{ "Na de ministerraad heb je vast tijd voor de nota over de WW.", "zakelijk", "" },
	/* cls15: a round birthday (prive.kroonjaar), a new love (prive.verliefd), health put first
	   (prive.herstel2); the SER's 50th meeting, the new DG met and the labour market's recovery
	   stay business */
	{ "Zaterdag vieren we zijn zestigste, kom je ook?", "prive", "" },
	{ "Hij heeft Abraham gezien!", "prive", "" },
	{ "De 50ste vergadering van de SER is op maandag.", "zakelijk", "" },
	{ "Ze heeft verkering met een jongen uit haar klas.", "prive", "" },
	{ "Hij heeft iemand leren kennen op de sportschool.", "prive", "" },
	{ "Hij heeft de nieuwe DG leren kennen op het werkbezoek.", "zakelijk", "" },
	{ "Zorg goed voor jezelf, we spreken elkaar later.", "prive", "" },
	{ "Het herstel van de arbeidsmarkt gaat voor, zegt de Kamerbrief.", "zakelijk", "" },
	/* cls15: a list place written out, a move on the list, the list's advice (partij.lijstplek);
	   a waiting list of the town stays business */
	{ "Plek twee op de lijst, wat een eer.", "partijpolitiek", "" },
	{ "Ze wil hoger op de lijst, dat snap ik wel.", "partijpolitiek", "" },
	{ "Ze staat hoger op de wachtlijst van de gemeente.", "zakelijk", "" },
	/* cls15: the office as the place or host of a collection or a party (zak.not.gastheer);
	   papers handed in there stay business */
	{ "Wie wil meedoen aan het cadeau voor Joke? Je kunt iets geven bij het secretariaat van de DG.", "prive", "" },
	{ "De kerstborrel van de directie Arbeidsmarkt is vrijdag vanaf vijf uur.", "prive", "" },
	{ "De stukken kun je afgeven bij het secretariaat van de DG, voor de Kamerbrief.", "zakelijk", "" },
	/* cls15: Sinterklaas among colleagues (prive.sinterklaas2), a card written (prive.kaart); a
	   subsidy's draw and a letter signed stay business */
	{ "Ik heb Joris getrokken, wat moet ik nou rijmen?", "prive", "" },
	{ "De lootjes voor de loting van de subsidie zijn vrijdag getrokken, zegt de Kamerbrief.", "zakelijk", "" },
	{ "Mag ik ook een kaartje schrijven voor Henk?", "prive", "" },
	{ "Mag ik de brief aan de Kamer ook ondertekenen?", "zakelijk", "" },
	/* cls15: the members' own vote (partij.ledenakkoord); a union's members stay out */
	{ "Leden akkoord met de lijst, 30 voor en 2 tegen!", "partijpolitiek", "" },
	{ "De leden van de FNV stemmen in met de cao, meldt de Kamerbrief.", "zakelijk", "" },
	/* cls15: someone's partner taken along (prive.meenemen) and a garment that was a hit
	   (prive.compliment2); a director taken along and a memo that was a success stay business */
	{ "Hij neemt zijn nieuwe vriendin Sanne mee naar Texel.", "prive", "" },
	{ "Hij neemt zijn directeur mee naar het overleg over de WW.", "zakelijk", "" },
	{ "Je jurk was echt een hit gisteren!", "prive", "" },
	{ "De nota was echt een succes in de ministerraad.", "zakelijk", "" },
	/* cls15: a church congregation is no municipality (zak.not.kerkgemeente); the town asking
	   about a scheme stays business */
	{ "We gaven 100 euro aan de Protestantse Gemeente Zwolle voor de verbouwing.", "prive", "" },
	{ "De gemeente Zwolle vraagt om uitstel van de Participatiewet.", "zakelijk", "" },
	/* cls15: someone close lost (prive.verlies), the week of mourning (prive.uitvaart), a
	   colleague named by her unit (zak.not.vanhet); a job lost, and a memo from that unit, stay
	   business */
	{ "Ze heeft vorige week haar vader verloren.", "prive", "" },
	{ "Hij heeft zijn baan verloren en vraagt bijstand aan.", "zakelijk", "" },
	{ "De familie zit sjiva tot zondag.", "prive", "" },
	{ "Lotte van het secretariaat gaat verhuizen.", "prive", "" },
	{ "Lotte van het secretariaat stuurt je de nota over de verhuizing.", "zakelijk", "" },
	/* cls15: coping and reassurance after bad news (prive.afleiding); a leak that was nothing
	   serious, told with the office's papers, stays business */
	{ "Ik ga gewoon naar kantoor, het werk leidt me wel af.", "prive", "" },
	{ "Gelukkig niks ernstigs, hij mag morgen weer naar school.", "prive", "" },
	{ "Het datalek bij het UWV was niets ernstigs, meldt de Kamerbrief.", "zakelijk", "" },
	/* round cls16 (tune13) */
	/* cls16: the cabinet's judgement of a motion (zak.appreciatie) among party words; plain
	   appreciation for a card names no motion */
	{ "De SP-fractie dient morgen een motie in, we zijn gevraagd om een appreciatie.", "zakelijk", "" },
	{ "Bij de motie van de GroenLinks-fractie: oordeel Kamer, schat ik.", "zakelijk", "" },
	{ "Veel appreciatie voor je kaart, fijne vakantie!", "prive", "" },
	/* cls16: a meeting of the office by its kind or about a law (zak.overlegsoort) beside thanks
	   for flowers; a talk with the teacher stays private */
	{ "Ik ben er weer, dank voor de bloemen! Om tien uur het vooroverleg met Jan?", "zakelijk", "" },
	{ "Dank voor de bloemen! Morgen de bespreking over de Participatiewet?", "zakelijk", "" },
	{ "Dank voor de bloemen! Morgen het gesprek met de juf over haar rapport?", "prive", "" },
	/* cls16: praise for the staff's work (zak.teamwerk) beside a treat; the painter's work stays
	   private */
	{ "Dank jullie wel, goed werk van de hele directie. Ik trakteer vrijdag op gebak.", "zakelijk", "" },
	{ "Dank je wel, mooi werk van de schilder, ik trakteer vrijdag op gebak.", "prive", "" },
	/* cls16: a holiday's lodging booked (prive.geboekt); a hotel for the Council stays business */
	{ "Het chalet in Tignes is gereserveerd! Van 3 tot 10 maart.", "prive", "" },
	{ "Het hotel in Brussel is gereserveerd voor de Raad van 3 maart.", "zakelijk", "" },
	/* cls16: an injury of someone close (prive.blessure); a worker's injury reported by the
	   inspection stays business */
	{ "Mijn neef is gisteren gestruikeld op de trap, gescheurde enkelband.", "prive", "" },
	{ "Bij het bedrijfsongeval had de werknemer een gescheurde enkelband, meldt de Arbeidsinspectie.", "zakelijk", "" },
	/* cls16: a life ended, by age or long illness (prive.levenseinde); a law's age stays business */
	{ "Dank je. Hij is 88 geworden, hij was al lang ziek.", "prive", "" },
	{ "De Participatiewet is tien jaar geworden, zegt de Kamerbrief.", "zakelijk", "" },
	/* cls16: Sinterklaas sweets and wishes (prive.sinterklaas3) */
	{ "Er ligt een chocoladeletter op je bureau!", "prive", "" },
	{ "Fijne Sinterklaasweek nog!", "prive", "" },
	/* cls16: a gift paid oneself (prive.eigenkosten), a holiday's costs shared
	   (prive.kostendelen); a household's allowance stays business */
	{ "Ik neem de bloemen voor Ans mee, op mijn eigen kosten.", "prive", "" },
	{ "Per gezin 450 euro overmaken graag, dan is het huisje betaald.", "prive", "" },
	{ "Per huishouden 450 euro extra toeslag, zegt de Kamerbrief.", "zakelijk", "" },
	/* cls16: the office as the reason one is home late (zak.not.uitloop); a debate running late
	   with its vote stays business */
	{ "Ik ben pas om elf uur thuis, de Eerste Kamer loopt uit. Slaap lekker!", "prive", "" },
	{ "Het debat over de WW loopt uit, de stemming over de motie is morgen.", "zakelijk", "" },
	/* cls16: the campaign's own work (partij.campagnewerk); a consultant's home visit stays
	   business */
	{ "Goed idee, dat zet ik in het belscript voor zaterdag.", "partijpolitiek", "" },
	{ "De afdeling Deventer organiseert een huiskamerbijeenkomst, kom je?", "partijpolitiek", "" },
	{ "De consulent legt een huisbezoek af bij de bijstandsgerechtigde.", "zakelijk", "" },
	/* cls16: a small treat for a child (prive.lekkers); an ice-cream factory inspected stays
	   business */
	{ "Sterkte morgen, en een snoepje voor de kleine na afloop.", "prive", "" },
	{ "De Arbeidsinspectie controleert de ijsfabriek, zegt de Kamerbrief.", "zakelijk", "" },
};

/* class cases that need a mail subject, a chat's name or a sender beside the
 * text */
static const struct {
	const char *text, *subject, *title, *want, *from;
} classes_ctx[] = {
	/* a chat named after one's own hairdresser or physio */
	{ "Kan het donderdag om half negen?", NULL, "Kapsalon Ilse", "prive", NULL },
	{ "Kan het donderdag om half negen?", NULL, "Secretariaat", "zakelijk", NULL },
	{ "Kan het donderdag om half negen?", NULL, "Huisarts in de wijk", "zakelijk", NULL },
	/* cls8: the office's own party for the staff is no business */
	{ "Het personeelsfeest is vrijdag vanaf vier uur in de kantine, ik heb bitterballen besteld.",
	  NULL, "Secretariaat", "prive", NULL },
	{ "Het personeelsfeest gaat niet door, de Kamerbrief over de begroting gaat voor.", NULL,
	  "Secretariaat", "zakelijk", NULL },
	/* cls8: moving house in together, told to a colleague */
	{ "Vrijdag ben ik er niet: Noor en ik gaan samenwonen, het verhuisbusje staat om zeven klaar.",
	  NULL, "Speechteam", "prive", NULL },
	{ "Wie gaat samenwonen, houdt met de kostendelersnorm minder bijstand over.", NULL,
	  "Speechteam", "zakelijk", NULL },
	/* cls8: the flyers counted and carried among party people */
	{ "Hoeveel folders hebben jullie nog over? Ik heb er nog drie stapels.", NULL,
	  "Zaterdag Enschede", "partijpolitiek", NULL },
	{ "Ik kom op de fiets met de flyers, half tien bij de kerk.", NULL, "Zaterdag Enschede",
	  "partijpolitiek", NULL },
	{ "Ik kom op de fiets met de flyers van de Rijksoverheid over de AOW.", NULL,
	  "Team voorlichting", "zakelijk", NULL },
	/* cls8: a day taken by the work, told to friends, is a diary */
	{ "Zondag past mij niet, donderdag heb ik vragenuur.", NULL, "Vriendinnen Zeeland", "prive",
	  NULL },
	{ "Past het vrijdag? Dan kan ik de stukken voor de ministerraad nog lezen.", NULL,
	  "Vriendinnen Zeeland", "zakelijk", NULL },
	/* cls8: a neighbour calling the police is no business of the office */
	{ "Er loopt weer iemand aan de auto's te morrelen, politie gebeld!", NULL, "Buurtapp De Hoven",
	  "prive", NULL },
	{ "Laten we afwachten wat de politie zegt.", NULL, "Buurtapp De Hoven", "prive", NULL },
	{ "De camerabeelden liggen al bij de politie.", NULL, "Buurtapp De Hoven", "prive", NULL },
	{ "De politie wil met het ministerie praten over de beveiliging.", NULL, "Buurtapp De Hoven",
	  "zakelijk", NULL },
	/* one's own crowded diary in a friends' chat is no business */
	{ "Ik probeer het, mijn agenda is overvol deze maand.", NULL, "Wandelclub", "prive", NULL },
	/* the budget debate outweighs a party word in the subject */
	{ "Het begrotingsdebat is op 14 oktober; je antwoord in eerste termijn volgt de 15e.",
	  "Fractieoverleg en begrotingsdebat", NULL, "zakelijk", NULL },
	/* a sender named by the service one buys privately: the hairdresser, the
	 * physio (cls8); business from such a sender stays business */
	{ "Dinsdag om 14.00 staat, tot dan!", NULL, NULL, "prive", "Lotte (kapster)" },
	{ "Kan het een half uur later? Ik moet eerst naar de school.", NULL, NULL, "prive",
	  "Praktijk Fysio Oost" },
	{ "Dinsdag om 14.00 staat, tot dan!", NULL, NULL, "zakelijk", "Lotte (secretariaat)" },
	{ "Namens de branche: de Kamerbrief over de btw op knippen mist ons punt.", NULL, NULL,
	  "zakelijk", "Kapsalon Ruud" },
	/* cls9: a chat named after the cycling club's ride */
	{ "Wie rijdt er zaterdag mee?", NULL, "Toerclub De Berkel", "prive", NULL },
	{ "Wie rijdt er zaterdag mee?", NULL, "Zaterdagrit Veluwe", "prive", NULL },
	{ "Wie rijdt er zaterdag mee?", NULL, "Ritten dienstauto", "zakelijk", NULL },
	/* cls9: a feast wished to a chauffeur's whole family */
	{ "Eid Mubarak, voor jullie allemaal!", NULL, "Chauffeur", "prive", NULL },
	/* cls9: a club's members' meeting is no party's; a party branch's is */
	{ "De ALV is op 3 mei in het clubhuis.", NULL, NULL, "zakelijk", "Tennisclub De Linde" },
	{ "De ALV is op 3 mei in het clubhuis.", NULL, NULL, "partijpolitiek", "CDA afdeling Zwolle" },
	{ "De ALV is op 3 mei.", NULL, NULL, "partijpolitiek", "VVD Leiden <afdeling@vvd.nl>" },
	{ "De ALV is op 3 mei.", NULL, NULL, "zakelijk", "Ledenadministratie <leden@tcrozenhof.nl>" },
	/* cls9: the dentist's nota is a bill; the secretariat's a memo */
	{ "Hierbij de nota voor de vulling van vorige week.", NULL, NULL, "prive",
	  "Tandartspraktijk Oost" },
	{ "Hierbij de nota voor de vulling van vorige week.", NULL, NULL, "zakelijk",
	  "Ingrid (secretariaat)" },
	{ "Dank, betaald, tot de volgende controle bij de tandarts.", "Re: Uw consult en nota maart",
	  NULL, "prive", NULL },
	{ "Dank, betaald, tot de volgende controle bij de tandarts.", "Re: Nota over de WW", NULL,
	  "zakelijk", NULL },
	/* cls9: a neighbour's own window poster is his opinion, no party work */
	{ "Mijn PVV-poster hangt weer, de verkiezingen komen eraan.", NULL, NULL, "zakelijk", NULL },
	{ "Wie hangt zaterdag de PVV-posters op? De verkiezingen komen eraan.", NULL, NULL,
	  "partijpolitiek", NULL },
	/* cls10: the work as the hour one comes, to the party or the choir; business
	 * named beside it still counts */
	{ "Ik doe graag mee, maar pas na het begrotingsdebat.", NULL, "Campagneteam Noord",
	  "partijpolitiek", NULL },
	{ "Ik kom als het lukt, na de ministerraad.", NULL, "Campagneteam Noord", "partijpolitiek",
	  NULL },
	{ "Na de ministerraad kom ik langs.", NULL, "Koor De Lofstem", "prive", NULL },
	{ "Ik kom na het begrotingsdebat langs met de Kamerbrief.", NULL, "Campagneteam Noord",
	  "zakelijk", NULL },
	/* cls10: one member named in a mail's subject is no party conversation; a
	 * chat of the party's members is */
	{ "Ik kijk uit naar uw antwoord.", "Re: Vraag van een VVD'er", "Vraag van een VVD'er",
	  "zakelijk", NULL },
	{ "Wie heeft er nog flyers?", NULL, "VVD'ers Leiden", "partijpolitiek", NULL },
	/* cls10: among colleagues, a feast wished with its lamp, greetings passed on,
	 * a cat on one's lap at home; a choir named in the chat */
	{ "Fijne Diwali, Anjali! 🪔", NULL, "Secretariaat", "prive", NULL },
	{ "Doe haar de groeten van me.", NULL, "Chauffeur Pieter", "prive", NULL },
	{ "Eindelijk thuis, kat op schoot.", NULL, "Woordvoering", "prive", NULL },
	{ "Wie kan er zondag niet?", NULL, "Cantorij De Hoop", "prive", NULL },	/* cls10: a chat of one's sisters */
	{ "Hoe laat zijn jullie er?", NULL, "Zusjes", "prive", NULL },	{ "Hoe laat ben je er zondag?", NULL, "Pap", "prive", NULL },
	/* cls10: the debate watched by family */
	{ "Debat gezien. Je deed het goed.", NULL, "Familie", "prive", NULL },
	{ "Ik zag je in het debat. Mooi!", NULL, "Familie", "prive", NULL },
	{ "Ik zag je in het debat over de motie-Jansen, die moeten we ontraden.", NULL, "Familie",
	  "zakelijk", NULL },
	/* round cls14 (tune11): a union's congress is no party's (partij.not.bondscongres), in the
	 * text, the subject or the chat's name; a party congress stays */
	{ "De CNV nodigt u uit om op hun congres over de pensioenen te spreken. U zit dan in Brussel voor EPSCO.",
	  "Uitnodiging congres CNV Vakmensen", "Uitnodiging congres CNV Vakmensen", "zakelijk", NULL },
	{ "Het congres van de FNV is op 3 oktober, de minister spreekt over de AOW.",
	  "Congres FNV", "Congres FNV", "zakelijk", NULL },
	{ "Wie gaat er mee naar het congres? De kandidatenlijst wordt daar vastgesteld.", NULL,
	  "Congres afdeling Zwolle", "partijpolitiek", NULL },
	/* cls14: the minister's own position for the cabinet, among party people
	 * (zak.mrinbreng); the MR of a school is not the cabinet */
	{ "Voor de MR: ik steun dat niet, hoe graag de fractie het ook wil.", NULL,
	  "VVD-bewindslieden", "zakelijk", NULL },
	{ "Dat zeg ik morgen ook in de MR, hoe de fractie er ook over denkt.", NULL,
	  "CDA-bewindslieden", "zakelijk", NULL },
	{ "Dat zeg ik morgen ook in de MR van de school van de kinderen, de juf is het met me eens.",
	  NULL, "VVD-bewindslieden", "prive", NULL },
	/* cls14: a citizen's own vote and membership are no party work (partij.not.eigenstem,
	 * partij.not.eigenlid), and what the minister does to a scheme is business
	 * (zak.eis.u), though the subject names a party */
	{ "Wij hebben dertig jaar VVD gestemd. Als u de AOW-leeftijd verhoogt, stop ik daarmee.",
	  "Nooit meer VVD", "Nooit meer VVD", "zakelijk", NULL },
	{ "Ik ben sinds vorig jaar lid van de SP. Waarom wilt u de huurtoeslag afschaffen?",
	  "Weg bij de PvdA", "Weg bij de PvdA", "zakelijk", NULL },
	/* cls14: a baby born early, told to the office (prive.geboorte); births as a policy figure stay
	 * business */
	{ "Ze is met 32 weken geboren en ligt nog in de couveuse. Ik ben er even niet.", NULL,
	  "Secretariaat", "prive", NULL },
	{ "Het aantal kinderen dat te vroeg geboren wordt, staat in de Kamerbrief.", NULL,
	  "Secretariaat", "zakelijk", NULL },
	/* cls14: a trip named by its holiday (prive.title.vrienden); a working visit stays business */
	{ "Hoe laat gaat de boot?", NULL, "Paasweekend Texel", "prive", NULL },
	{ "Hoe laat gaat de boot?", NULL, "Werkbezoek Texel", "zakelijk", NULL },
	/* cls14: a contact saved under a word of kin (prive.sender.familie); a surname is no kin,
	 * and business from an uncle stays business */
	{ "Hoe laat zijn jullie er zaterdag?", NULL, NULL, "prive", "Neef Bas" },
	{ "Hoe laat zijn jullie er zaterdag?", NULL, NULL, "zakelijk", "Bas de Broer" },
	{ "Kunt u de Kamerbrief over de AOW nog eens uitleggen?", NULL, NULL, "zakelijk", "Oom Herman" },
	/* cls14: a party's local core team (partij.title.kernteam) lets party content count as the
	 * party's beside a coalition in the chat's name; a ministry's core team without party
	 * content stays business */
	{ "Onderhandelingen met GroenLinks en D66 lopen vast, ze willen hun eigen programma erin.",
	  NULL, "Coalitie Zwolle kernteam", "partijpolitiek", NULL },
	{ "Wie heeft de cijfers van vorige week nog eens voor mij op een rijtje gezet, ik zoek ze al een uur",
	  NULL, "Kernteam Werkagenda", "zakelijk", NULL },
	/* cls14: a good-night wish alone among colleagues is light */
	{ "Welterusten allemaal", NULL, "Secretariaat", "zakelijk", NULL },
	/* cls15: a Woo decision named in a mail's subject (zak.subj.stukken) outweighs a birthday
	   talked about; under another subject the birthday is private */
	{ "Het appje over het verjaardagsfeest van mijn zus hoort er niet bij.",
	  "Re: Woo-besluit berichten oktober", NULL, "zakelijk", NULL },
	{ "Het appje over het verjaardagsfeest van mijn zus hoort er niet bij.",
	  "Re: foto's van zaterdag", NULL, "prive", NULL },
	/* cls15: the speech at the party's congress named in the subject (partij.subj.speech); a
	   speech for a working visit stays business */
	{ "Hierbij versie 3, iets korter.", "Re: Toespraak partijcongres", NULL, "partijpolitiek",
	  NULL },
	{ "Hierbij versie 3, iets korter.", "Re: Toespraak werkbezoek Zeeland", NULL, "zakelijk",
	  NULL },
	/* cls15: a mail titled "Sterkte" is a wish (prive.subj); business in it stays business */
	{ "Ik denk aan je.", "Sterkte", NULL, "prive", NULL },
	{ "De Kamerbrief over de WW staat klaar voor je.", "Sterkte", NULL, "zakelijk", NULL },
	/* cls15: congratulations on a list place among party people (partij.lijstfelicitatie) */
	{ "Gefeliciteerd nummer 5, verdiend!", NULL, "CDA afdeling Zwolle", "partijpolitiek", NULL },
	/* cls16: a holiday group's chat named by its holiday or sport (prive.title.vakantie); a
	   working visit stays business */
	{ "Wie neemt de sneeuwkettingen mee?", NULL, "Krokus Oostenrijk ⛷️", "prive", NULL },
	{ "Wie neemt de sneeuwkettingen mee?", NULL, "Werkbezoek Oostenrijk", "zakelijk", NULL },
};

Test(patterns, classes_context)
{
	char err[512];
	struct rules *rs = rules_load(RULES, err, sizeof(err));
	json_t *out = NULL, *rec;
	struct classifier *c;
	size_t i;

	cr_assert(rs, "%s", err);
	for (i = 0; i < sizeof(classes_ctx) / sizeof(classes_ctx[0]); i++) {
		rec = message(classes_ctx[i].text);
		if (classes_ctx[i].subject)
			json_object_set_new(rec, "subject", json_string(classes_ctx[i].subject));
		if (classes_ctx[i].title)
			json_object_set_new(rec, "conversation", json_pack("{s:s,s:s}", "id", "c1",
			    "title", classes_ctx[i].title));
		if (classes_ctx[i].from)
			json_object_set_new(rec, "from", json_pack("{s:s}", "name", classes_ctx[i].from));
		c = classify_new(rs, NULL, NULL, keep, &out);
		cr_assert_eq(classify_push(c, rec), 0);
		cr_assert_eq(classify_finish(c), 0);
		cr_assert(out);
		cr_expect_str_eq(json_string_value(json_object_get(out, "class")), classes_ctx[i].want,
		    "%s (%s)", classes_ctx[i].text, classes_ctx[i].from ? classes_ctx[i].from :
		    classes_ctx[i].title ? classes_ctx[i].title : classes_ctx[i].subject);
		json_decref(out);
		out = NULL;
		classify_free(c);
	}
	rules_free(rs);
}

/* cls9: an acknowledgement closing a reply after a wish ("Eid Mubarak! Peter is
 * prima.") answers the hand-over before it: zakelijk; answering a private
 * message it weighs nothing, and the wish is the reply's */
static const char *
second_of_two(struct rules *rs, const char *first, const char *second)
{
	static char got[32];
	json_t *out = NULL, *a, *b;
	struct classifier *c = classify_new(rs, NULL, NULL, keep, &out);

	a = json_pack("{s:s,s:s,s:s,s:{s:s,s:s},s:s}", "id", "m1", "kind", "chat", "text", first,
	    "conversation", "id", "c1", "title", "Hamid", "time", "2027-04-01T10:00:00+02:00");
	b = json_pack("{s:s,s:s,s:s,s:{s:s,s:s},s:s}", "id", "m2", "kind", "chat", "text", second,
	    "conversation", "id", "c1", "title", "Hamid", "time", "2027-04-01T10:05:00+02:00");
	cr_assert_eq(classify_push(c, a), 0);
	cr_assert_eq(classify_push(c, b), 0);
	cr_assert_eq(classify_finish(c), 0);
	cr_assert(out);
	cr_assert_str_eq(json_string_value(json_object_get(out, "id")), "m2");
	snprintf(got, sizeof(got), "%s", json_string_value(json_object_get(out, "class")));
	json_decref(out);
	classify_free(c);
	return got;
}

Test(patterns, closing_acknowledgement)
{
	char err[512];
	struct rules *rs = rules_load(RULES, err, sizeof(err));

	cr_assert(rs, "%s", err);
	cr_expect_str_eq(second_of_two(rs, "Vrijdag rijdt Kees u naar de ministerraad, ik ben vrij: Suikerfeest.",
	    "Fijn Suikerfeest alvast! Kees is prima."), "zakelijk");
	cr_expect_str_eq(second_of_two(rs, "Vrijdag rijdt Kees u naar de ministerraad, ik ben vrij: Suikerfeest.",
	    "Fijn Suikerfeest alvast! Komt goed met Kees."), "zakelijk");
	cr_expect_str_eq(second_of_two(rs, "Zaterdag vieren we het Suikerfeest bij mijn schoonouders, gezellig!",
	    "Fijn Suikerfeest alvast! Kees is prima."), "prive");
	/* cls10: thanks for the explanation answering it is business too; for the
	 * recipe, not */
	cr_expect_str_eq(second_of_two(rs, "Voor gepensioneerden geldt bij de overstap naar het nieuwe pensioenstelsel een extra bescherming.",
	    "Dank voor uw heldere uitleg. Ik heb hem ook aan mijn man voorgelezen."), "zakelijk");
	cr_expect_str_eq(second_of_two(rs, "Eerst de saus, dan de platen, en dan een uur in de oven bij ons thuis.",
	    "Dank voor je uitleg! Ik ga hem zaterdag met mijn man maken."), "prive");
	/* cls14: "Ik ben vrij" answering the driver's question about his day off is business
	 * (zak.akkoord.vrij), with a wish beside it; answering a friend it is not */
	cr_expect_str_eq(second_of_two(rs, "Minister, heeft u mij Hemelvaartsdag nodig? Anders gaan we naar mijn schoonouders.",
	    "Ik ben die dag vrij, ga maar! Veel plezier en groet je vrouw."), "zakelijk");
	cr_expect_str_eq(second_of_two(rs, "Zin om zaterdag te komen eten? Mijn vrouw maakt lasagne.",
	    "Ik ben vrij, gezellig! Groet je vrouw."), "prive");
	rules_free(rs);
}

/* one load of the rules for all sentences: Vectorscan takes a second to build */
Test(patterns, classes)
{
	char err[512];
	struct rules *rs = rules_load(RULES, err, sizeof(err));
	json_t *out = NULL;
	struct classifier *c;
	size_t i;

	cr_assert(rs, "%s", err);
	for (i = 0; i < sizeof(classes) / sizeof(classes[0]); i++) {
		const struct said *s = &classes[i];

		c = classify_new(rs, NULL, NULL, keep, &out);
		cr_assert_eq(classify_push(c, message(s->text)), 0);
		cr_assert_eq(classify_finish(c), 0);
		cr_assert(out);
		cr_expect_str_eq(json_string_value(json_object_get(out, "class")), s->want, "%s",
		    s->text);
		cr_expect(json_array_size(json_object_get(out, "reasons")) > 0, "%s", s->text);
		json_decref(out);
		out = NULL;
		classify_free(c);
	}
	rules_free(rs);
}

static struct said categories[] = {
	/* policy talk is no one's personal data */
	{ "De gezondheidszorg staat onder druk.", "", "" },
	{ "De zorgbegroting stijgt volgend jaar met twee procent.", "", "" },
	{ "Het kabinet wil de wachtlijsten in de ggz verkorten.", "", "" },
	{ "Het aantal mensen met diabetes stijgt elk jaar.", "", "" },
	{ "De vakbonden praten morgen verder over de cao.", "", "" },
	{ "De vakbondsbestuurder van de FNV zei in het journaal dat de cao er komt.", "", "" },
	{ "Zij is vakbondsvertegenwoordiger bij PostNL.", "vakbond", "vakbondsvertegenwoordiger" },
	{ "Hij zat twee jaar in de gevangenis.", "strafrechtelijk", "zat twee jaar in de gevangenis" },
	{ "Mijn man zit in het bestuur van de CNV-afdeling hier.", "vakbond", "bestuur van de CNV-afdeling" },
	{ "De minister gaat naar de kerkdienst voor de herdenking van de slachtoffers.", "", "" },
	{ "Steeds meer mensen durven op het werk open te zijn over hun geaardheid.", "", "" },
	{ "De rechtbank heeft het bedrijf veroordeeld tot een boete van een ton.", "", "" },
	{ "Ik las dat de gemeente veroordeeld is voor discriminatie.", "", "" },
	{ "Als transgender persoon kun je hier terecht voor advies.", "", "" },
	{ "Het kenmerk is 123456789.", "", "" },
	/* a person's are */
	{ "Zij heeft een burn-out en is voorlopig thuis.", "gezondheid", "burn-out" },
	{ "Mijn vader ligt sinds gisteren in het ziekenhuis.", "gezondheid", "ziekenhuis" },
	{ "Mijn broer is lid van de FNV.", "vakbond", "FNV" },
	{ "Mijn buurman stemt al jaren PVV.", "politiek", "PVV" },
	{ "Hij zit vast voor diefstal.", "strafrechtelijk", "diefstal" },
	{ "Haar man gaat elke vrijdag naar de moskee.", "religie", "moskee" },
	{ "Zijn BSN is 111222333.", "bsn", "111222333" },
	/* religie, etniciteit, politiek, vakbond, seksualiteit, strafrechtelijk
	 * (round 5): wider word order, time phrases, English; policy stays out */
	{ "Onze logé eet strikt halal, dus ik kook vegetarisch.", "religie", "halal" },
	{ "Sinds mijn zus een sluier draagt, krijgt ze rare blikken.", "religie", "sluier" },
	{ "Het suikerfeest valt dit jaar op dinsdag en ik vast dus niet mee.", "religie", "vast" },
	{ "Hij is vorig jaar overgestapt naar de pinkstergemeente.", "religie", "pinkstergemeente" },
	{ "She is a devout Catholic and goes to mass every week.", "religie", "Catholic" },
	{ "Vrouwen met een hoofddoek worden vaker afgewezen.", "", "" },
	{ "De overstap naar het nieuwe pensioenstelsel is geregeld.", "", "" },
	{ "De regels voor halal en koosjer slachten worden aangescherpt.", "", "" },
	{ "Mijn schoonzoon, die uit Eritrea komt, zoekt werk.", "etniciteit", "Eritrea" },
	{ "Onze nieuwe collega is bruin van huid en wordt vaak gecontroleerd.", "etniciteit",
	  "bruin van huid" },
	{ "Zij werd aangesproken met 'jullie Marokkanen'.", "etniciteit", "Marokkanen" },
	{ "My neighbour is a Romanian woman who works in a greenhouse.", "etniciteit", "Romanian" },
	{ "De delegatie komt uit Marokko en landt om twee uur.", "", "" },
	{ "Many Romanian workers live in overcrowded housing.", "", "" },
	{ "Het aantal mensen dat donker van huid is, wordt niet geregistreerd.", "", "" },
	{ "Mijn opa heeft altijd op u gestemd.", "politiek", "gestemd" },
	{ "Zij heeft dit keer blanco gestemd.", "politiek", "blanco" },
	{ "Ik kwam bij de Kieskompas-test uit op de PvdD.", "politiek", "PvdD" },
	{ "De buurman zei dat hij lid is van de SGP.", "politiek", "SGP" },
	{ "De peiling kwam uit op dertig zetels voor de grootste partij.", "", "" },
	{ "Veel kiezers hebben blanco gestemd.", "", "" },
	{ "Mijn tante is twintig jaar lid geweest van de CNV.", "vakbond", "CNV" },
	{ "De bond staat hem bij in zijn ontslagzaak.", "vakbond", "bond" },
	{ "Ontslag vanwege vakbondslidmaatschap is verboden.", "", "" },
	{ "De FNV steunt haar voorstel voor een hoger minimumloon.", "", "" },
	{ "Onze buurman trouwt volgend jaar met zijn vriend Karim.", "seksualiteit", "vriend Karim" },
	{ "Mijn oud-collega leeft tegenwoordig als vrouw.", "seksualiteit", "als vrouw" },
	{ "Ze zijn een stel van twee mannen met een pleegdochter.", "seksualiteit", "twee mannen" },
	{ "Mensen leven als man of vrouw, dat is aan hen.", "", "" },
	{ "Haar broer zit al sinds januari vast in de gevangenis.", "strafrechtelijk", "vast" },
	{ "De verdachte uit de zaak is gisteravond opgepakt.", "strafrechtelijk", "opgepakt" },
	{ "Zijn aanvraag is afgewezen wegens een veroordeling voor mishandeling.", "strafrechtelijk",
	  "veroordeling" },
	{ "De motie is vanmiddag aangehouden.", "", "" },
	{ "Ik zit vast in de file bij Utrecht.", "", "" },
	{ "Het aantal veroordelingen voor fraude stijgt.", "", "" },
	{ "Beste Marloes,\n\nMijn man en ik komen graag naar de borrel.\n\nGroet,\nKoen", "seksualiteit",
	  "Mijn man" },
	{ "Beste Marloes,\n\nMijn man en ik komen graag naar de borrel.\n\nGroet,\nPetra", "", "" },
	{ "Mijn nicht brengt dit jaar haar vriendin Noa mee naar kerst.", "seksualiteit", "vriendin" },
	{ "Mijn stem gaat naar de ChristenUnie.", "politiek", "ChristenUnie" },
	{ "Een derde van de ondervraagden stemde op de PVV.", "", "" },
	{ "De coalitie kiest voor de lijn van de VVD.", "", "" },
	{ "Omdat mijn moeder al jaren bij de AOb zit, weet ze het.", "vakbond", "AOb" },
	{ "Neem contact op met uw vakbond als u twijfelt.", "", "" },
	{ "Mijn schoonvader komt uit een streng katholiek nest.", "religie", "katholiek" },
	{ "Her grandparents came from Suriname in the seventies.", "etniciteit", "Suriname" },
	{ "Sinds mijn oom uit de bajes kwam, woont hij bij ons.", "strafrechtelijk", "bajes" },
	{ "De politie heeft mijn buurman vannacht opgepakt.", "strafrechtelijk", "opgepakt" },
	{ "Gedetineerden die uit de gevangenis komen, hebben vaak schulden.", "", "" },
	{ "Wij stemmen dit jaar voor het eerst op de PvdD.", "politiek", "PvdD" },
	{ "Mijn oom is een fervent monarchist.", "politiek", "monarchist" },
	{ "Mijn opa was donateur van de PPR.", "politiek", "PPR" },
	{ "De Partij voor de Dieren heeft een motie ingediend.", "", "" },
	{ "Tijdens de vastenmaand eet ik pas na zonsondergang.", "religie", "vastenmaand" },
	{ "Tijdens de ramadan is de moskee elke avond vol.", "", "" },
	{ "Mijn schoonzus leest elke avond in de Koran.", "religie", "Koran" },
	{ "De subsidie voor de koranschool is gestopt.", "", "" },
	{ "Zijn vriend en hij wonen samen in Utrecht.", "seksualiteit", "wonen samen" },
	{ "Mijn broertje heeft verkering met een jongen.", "seksualiteit", "jongen" },
	{ "Mijn dochter heeft verkering met een jongen.", "", "" },
	{ "Het CNV heeft haar juridisch bijgestaan.", "vakbond", "CNV" },
	{ "Ik wist niet dat zijn zwager in de gevangenis zit.", "strafrechtelijk", "gevangenis" },
	{ "De politierechter heeft haar tot een taakstraf veroordeeld.", "strafrechtelijk",
	  "veroordeeld" },
	{ "De rechter heeft het verzoek afgewezen.", "", "" },
	{ "Mijn baas weet niet dat ik lid ben van de bond.", "vakbond", "lid ben van de bond" },
	{ "Mijn moeder heeft flyers uitgedeeld voor de PvdA.", "politiek", "PvdA" },
	{ "Mijn grootouders gaan met Kerstmis altijd naar de nachtmis.", "religie", "nachtmis" },
	{ "Ik ga morgen naar de kerk voor de herdenking.", "", "" },
	{ "Haar moeder kwam als tiener uit Ghana.", "etniciteit", "Ghana" },
	{ "Haar grootouders waren Molukkers.", "etniciteit", "Molukkers" },
	{ "Mijn DNA-test gaf 12% Scandinavisch en 30% Iers.", "genetisch", "Iers" },
	{ "Ik hoop dat u als VVD'er de ondernemers steunt.", "", "" },
	{ "Werknemers die lid zijn van een vakbond krijgen korting.", "", "" },
	{ "Veel kiezers twijfelen tussen de VVD en de BBB.", "", "" },
	{ "My sister has been a member of the union since 2019.", "vakbond", "member of the union" },
	{ "Her uncle spent three years in prison for fraud.", "strafrechtelijk", "in prison" },
	{ "The company is accused of fraud.", "", "" },
	{ "My grandmother always votes CDA.", "politiek", "CDA" },
	{ "Voters vote for the Labour Party.", "", "" },
	{ "They go to the synagogue every Saturday.", "religie", "synagogue" },
	{ "Her father is Eritrean and her mother is Dutch.", "etniciteit", "Eritrean" },
	{ "Ik ben vertrouwenspersoon namens de bond op mijn werk.", "vakbond", "namens de bond" },
	{ "De vertegenwoordiger namens de FNV sprak op het congres.", "", "" },
	{ "Mijn tante heeft haar stem aan de PvdD gegeven.", "politiek", "PvdD" },
	{ "Ik ben lid van de jongerenafdeling van de VVD.", "politiek", "VVD" },
	{ "Mijn achternaam klinkt nogal Marokkaans.", "etniciteit", "Marokkaans" },
	{ "Wij zijn Nederlanders en trots op onze stad.", "", "" },
	{ "Mijn neef is in 2019 boeddhist geworden.", "religie", "boeddhist" },
	{ "Zij doet ieder jaar mee aan de vastenmaand.", "religie", "vastenmaand" },
	{ "Mijn oom is getrouwd met Jeroen.", "seksualiteit", "Jeroen" },
	{ "Mijn oom is getrouwd met Marieke.", "", "" },
	{ "Zij heeft een vrouw gesproken bij de balie.", "", "" },
	{ "Mijn zwager heeft jaren in de gevangenis gezeten.", "strafrechtelijk", "gevangenis" },
	{ "Er loopt een onderzoek tegen haar buurman wegens heling.", "strafrechtelijk", "heling" },
	{ "Het onderzoek naar de aanpak wegens de kosten loopt nog.", "", "" },
	{ "Gisteren sprak ik Anouk's vrouw op het schoolplein.", "seksualiteit", "vrouw" },
	{ "De vrouw van Jeroen komt ook naar de borrel.", "", "" },
	{ "Ik als moeder merk dat mijn vrouw strenger is.", "seksualiteit", "mijn vrouw" },
	{ "Mijn buurvrouw is al twintig jaar CNV lid.", "vakbond", "CNV lid" },
	{ "Het FNV ledenblad komt morgen uit.", "", "" },
	{ "Ik kom net uit de PI-vergadering met de directie.", "", "" },
	{ "De nieuwe buren van het azc komen uit Syrië, meldt de gemeente.", "", "" },
	{ "Hij is in maart opgepakt.", "strafrechtelijk", "opgepakt" },
	{ "My cousin told me: I'm gay and I'm happy.", "seksualiteit", "gay" },
	{ "The gay rights movement is strong in Amsterdam.", "", "" },
	{ "She's Jewish and keeps the sabbath.", "religie", "Jewish" },
	{ "She's a Christian Democrat member of parliament.", "", "" },
	{ "Her brother's in prison.", "strafrechtelijk", "prison" },
	{ "He's in prison since May.", "strafrechtelijk", "prison" },
	{ "Wij hebben de iftar bij ons thuis gehouden.", "religie", "iftar" },
	{ "Haar bezwaar loopt inmiddels via het CNV.", "vakbond", "CNV" },
	{ "De FNV staat achter het kabinet in deze kwestie.", "", "" },
	{ "Als oud-lid van jouw partij ben ik teleurgesteld.", "politiek", "oud-lid" },
	{ "Zij is penningmeester van de lokale afdeling van GroenLinks.", "politiek", "GroenLinks" },
	{ "Mijn schoonzus komt uit een Moluks gezin.", "etniciteit", "Moluks" },
	{ "Mijn vriend en ik zijn allebei man.", "seksualiteit", "allebei man" },
	{ "Mijn collega en ik zijn allebei vrouw en worden minder betaald.", "", "" },
	{ "Hij is in 2010 veroordeeld geweest tot tbs.", "strafrechtelijk", "tbs" },
	{ "De rechter kan iemand veroordelen tot tbs.", "", "" },
	{ "Hij heeft een vakbondsjurist genomen.", "vakbond", "vakbondsjurist" },
	{ "Het uitzendbureau is in 2020 veroordeeld tot een boete.", "", "" },
	{ "De eigenaar van het uitzendbureau is in 2020 veroordeeld voor uitbuiting.",
	  "strafrechtelijk", "veroordeeld" },
	{ "De minister gaat naar de nachtmis voor een werkbezoek aan de parochie.", "", "" },
	{ "Na het gesprek ben ik meteen naar de bond gestapt.", "vakbond", "bond gestapt" },
	{ "Ik ben naar de FNV gegaan voor overleg over de cao.", "", "" },
	{ "Mijn buurman heeft bij de verkiezingen voor de PvdD gekozen.", "politiek", "PvdD" },
	{ "Het kabinet heeft voor de lijn van de VVD gekozen.", "", "" },
	{ "I am a Turkish-Dutch nurse looking for work.", "etniciteit", "Turkish-Dutch" },
	{ "The Turkish-Dutch community is large in Rotterdam.", "", "" },
	{ "Wij komen met z'n tweeën, mijn vrouw en ik! Groetjes, Femke", "seksualiteit", "mijn vrouw" },
	{ "Wij komen met z'n tweeën, mijn vrouw en ik! Groetjes, Sander", "", "" },
	/* religie, etniciteit, politiek, vakbond, seksualiteit, strafrechtelijk
	 * (round 6): feast as a reason, church at a fixed time, prayer by its
	 * frequency, faith gatherings, apposition, 'zelf' with an origin, a vote
	 * as 'gaan voor', verb-final detention, 'als biseksuele vrouw' */
	{ "Donderdag lukt me niet, want het is dan Pesach.", "religie", "Pesach" },
	{ "Het ministerie is niet open op Tweede Paasdag, het is een feestdag.", "", "" },
	{ "Mijn schoonvader zit elke vrijdag in de moskee.", "religie", "moskee" },
	{ "De minister zat zondag in de kerk voor de herdenking.", "", "" },
	{ "Mijn buurman bidt zelfs drie keer per dag.", "religie", "bidt" },
	{ "Ik bid elke dag dat de Kamer instemt.", "", "" },
	{ "Met Pinksteren zijn we met de hele jeugdgroep naar Opwekking geweest.", "religie", "Opwekking" },
	{ "De opwekking van duurzame energie groeit.", "", "" },
	{ "We herdenken Sara Levi, joods, in 1943 weggevoerd.", "religie", "joods" },
	{ "Er zijn scholen voor christelijk, joods, islamitisch en openbaar onderwijs.", "", "" },
	{ "He keeps kosher, so please order the vegetarian menu.", "religie", "kosher" },
	{ "Mevrouw Yilmaz, zelf Koerd, leidt de cursus.", "etniciteit", "Koerd" },
	{ "Ik moet zelf Turks leren voor mijn werk.", "", "" },
	{ "Mijn moeder gaat dit keer voor GroenLinks-PvdA, zei ze.", "politiek", "GroenLinks-PvdA" },
	{ "Ik ga voor de PVV-fractie een technische briefing regelen.", "", "" },
	{ "De FNV heeft hem enorm geholpen, daar is hij lid van geworden.", "vakbond", "FNV" },
	{ "De vakbonden praten morgen verder over de cao.", "", "" },
	{ "De vakbondsbestuurder van de FNV zei in het journaal dat de cao er komt.", "", "" },
	{ "Zij is vakbondsvertegenwoordiger bij PostNL.", "vakbond", "vakbondsvertegenwoordiger" },
	{ "Hij zat twee jaar in de gevangenis.", "strafrechtelijk", "zat twee jaar in de gevangenis" },
	{ "Mijn man zit in het bestuur van de CNV-afdeling hier.", "vakbond", "bestuur van de CNV-afdeling" },
	{ "Ze schrijft dat haar zoon sinds maart gedetineerd is.", "strafrechtelijk", "gedetineerd" },
	{ "Het aantal mensen dat gedetineerd is, daalt.", "", "" },
	{ "Als lesbische moeder ben ik blij met dit initiatief.", "seksualiteit", "lesbische" },
	{ "Als homoseksuele man word je vaker lastiggevallen.", "", "" },
	{ "Op vrijdag zit hij altijd in de moskee.", "religie", "moskee" },
	{ "Ze vertelde dat ze vijf keer per dag bidt.", "religie", "bidt" },
	{ "Moslims die vijf keer per dag bidden, vragen om een stilteruimte.", "", "" },
	{ "My neighbour says she prays every morning at the mosque.", "religie", "prays" },
	{ "Mr Horvath, himself Roma, will join the panel.", "etniciteit", "Roma" },
	{ "Bij ons hangt weer een SP-poster voor het raam.", "politiek", "SP-poster" },
	{ "De PVV-posters hangen al op de verkiezingsborden.", "", "" },
	{ "Sinds mijn broer vastzit, doe ik zijn administratie.", "strafrechtelijk", "vastzit" },
	{ "Nu de verdachte vastzit, gaat het onderzoek verder.", "", "" },
	{ "Zondagochtend heb ik kerk, daarna kan ik bellen.", "religie", "kerk" },
	{ "De minister moet zondag naar de kerk voor de herdenking.", "", "" },
	{ "Mijn kruisje gaat dit keer naar de Partij voor de Dieren.", "politiek", "Partij voor de Dieren" },
	{ "Het kruisje bij de VVD telt op het stembiljet als geldige stem.", "", "" },
	{ "Ik ben vorige maand lid geworden van de FNV.", "vakbond", "FNV" },
	{ "Mijn bovenburen zijn allebei Bulgaren, heel aardig.", "etniciteit", "Bulgaren" },
	{ "De arbeidsmigranten in de kassen zijn vooral Polen.", "", "" },
	{ "Opa is zijn hele leven socialist geweest.", "politiek", "socialist" },
	{ "Het kabinet is altijd liberaal geweest in de aanpak.", "", "" },
	{ "Nadat mijn neef uit de gevangenis kwam, vond hij snel werk.", "strafrechtelijk", "gevangenis" },
	{ "Mensen die uit de gevangenis komen, vinden moeilijk werk.", "", "" },
	{ "Op Opwekking komen elk jaar tienduizenden bezoekers.", "", "" },
	{ "Moslims bidden vijf keer per dag, dus de werkgever biedt een stilteruimte.", "", "" },
	{ "Woensdag ben ik vrij, dan is het Offerfeest.", "religie", "Offerfeest" },
	{ "Het Offerfeest valt dit jaar in juni, meldt de kalender.", "", "" },
	{ "Donderdagavond kan ik niet, ik heb bijbelstudie.", "religie", "bijbelstudie" },
	{ "Zaterdag ben ik de hele ochtend in de synagoge.", "religie", "synagoge" },
	{ "Zondag is de minister in de kerk in Urk voor een werkbezoek.", "", "" },
	{ "Mijn dochter moet volgende week voorkomen, ik neem vrij.", "strafrechtelijk", "voorkomen" },
	{ "We moeten voorkomen dat mensen in de schulden raken.", "", "" },
	{ "Ik heb morgen een zitting bij de politierechter.", "strafrechtelijk", "politierechter" },
	{ "Sorry, I can't join on Tuesday, it's Eid al-Adha.", "religie", "Eid" },
	{ "The office is closed on Monday for Easter Monday.", "", "" },
	{ "Ik ben vrijdag bij de moskee voor het vrijdaggebed.", "religie", "moskee" },
	{ "My husband and I are both members of the CNV.", "vakbond", "CNV" },
	{ "Most workers are members of a union.", "", "" },
	{ "Her grandfather was a lifelong socialist.", "politiek", "socialist" },
	{ "Mijn tante is vorig jaar uit de PvdA gestapt.", "politiek", "PvdA" },
	{ "As a gay man I never felt safe at work.", "seksualiteit", "gay" },
	{ "Same-sex couples can adopt since 2001.", "", "" },
	{ "Ik word als Sinti-vrouw overal weggestuurd.", "etniciteit", "Sinti-vrouw" },
	{ "De pilot helpt Roma-gezinnen in de bijstand aan werk.", "", "" },
	{ "De werkgever sprak met de bond over het sociaal plan.", "", "" },
	{ "Zijn aanvraag werd afgewezen vanwege een oude veroordeling.", "strafrechtelijk", "veroordeling" },
	{ "Mijn schoonouders waren trouwe CDA'ers.", "politiek", "CDA'ers" },
	{ "De meeste wethouders in Zwolle zijn CDA'ers.", "", "" },
	/* general vocabulary: recovery, injuries, feasts, church offices, origin,
	 * carriers, sentences, party membership */
	{ "Mijn schoonvader herstelt goed van zijn heupoperatie.", "gezondheid", "herstelt" },
	{ "Een monteur is met een gebroken arm naar het ziekenhuis gebracht.", "gezondheid",
	  "gebroken arm" },
	{ "Ik ben maandag vrij vanwege het Suikerfeest.", "religie", "Suikerfeest" },
	{ "Zij is diaken in de parochie van Sint Jan.", "religie", "diaken" },
	{ "De buurvrouw zegt dat ze wordt gepest omdat ze Turks is.", "etniciteit", "Turks" },
	{ "Mijn neef blijkt drager te zijn van taaislijmziekte.", "genetisch", "taaislijmziekte" },
	{ "Hij kreeg vorig jaar een werkstraf voor vernieling.", "strafrechtelijk", "werkstraf" },
	{ "Mijn buren zijn al dertig jaar lid van de partij.", "politiek", "lid" },
	{ "Onze buurvrouw is haar meemoeder.", "seksualiteit", "meemoeder" },
	{ "Mijn broer is verliefd geworden op een man.", "seksualiteit", "verliefd" },
	{ "Ze is half Surinaams, half Nederlands.", "etniciteit", "Surinaams" },
	{ "Hij heeft het gen niet geërfd van zijn moeder.", "genetisch", "geërfd" },
	{ "Kinderen met twee moeders krijgen straks twee juridische ouders.", "", "" },
	{ "Steeds meer jongeren krijgen een taakstraf voor vernieling.", "", "" },
	{ "Alle pasgeborenen worden getest op PKU.", "", "" },
	/* round 4 lexicons: named conditions by organ system, symptoms said of
	 * someone, care settings; policy talk and figures of speech stay out */
	{ "Mijn zwager heeft een hartspierontsteking opgelopen.", "gezondheid", "hartspierontsteking" },
	{ "Ze heeft sinds de zomer last van duizelingen.", "gezondheid", "duizelingen" },
	{ "Oom Piet woont sinds maart in het verpleeghuis.", "gezondheid", "verpleeghuis" },
	{ "Ik wil het stokje overgeven aan de nieuwe directeur.", "", "" },
	{ "Het aantal jongeren met een gameverslaving neemt toe.", "", "" },
	{ "Hij slikt sinds een jaar Truvada.", "gezondheid", "Truvada" },
	{ "Mijn vader zit al dertig jaar bij de FNV.", "vakbond", "FNV" },
	{ "Haar vriend is lid van de JOVD.", "politiek", "JOVD" },
	{ "Zijn homoseksualiteit was thuis nooit een probleem.", "seksualiteit", "homoseksualiteit" },
	{ "We hebben een vaderschapstest laten doen.", "genetisch", "vaderschapstest" },
	{ "De vergoeding van de dragerschapsscreening wordt verruimd.", "", "" },
	{ "Mijn zus is hersteld hervormd.", "religie", "hersteld hervormd" },
	{ "Hij is opgepakt voor een plofkraak.", "strafrechtelijk", "plofkraak" },
	/* gezondheid, genetisch, biometrisch (round 5): wording classes, and the
	 * policy talk beside them that must stay open */
	{ "Morgen laat ik mijn amandelen eruit halen, dus ik ben er niet.", "gezondheid", "amandelen eruit" },
	{ "Bij de controle hebben ze een poliep weggehaald, gelukkig goedaardig.", "gezondheid",
	  "een poliep weggehaald, gelukkig goedaardig" },
	{ "De arts belde: het plekje bleek goedaardig.", "gezondheid", "bleek goedaardig" },
	{ "Hij is een goedaardige man, dat weet iedereen.", "", "" },
	{ "Oma was gisteravond helemaal in de war en wist niet waar ze woonde.", "gezondheid",
	  "in de war" },
	{ "Ik was even in de war met de data van het debat.", "", "" },
	{ "Mijn zwager drinkt sinds zijn scheiding veel te veel.", "gezondheid", "drinkt" },
	{ "Vanavond ga ik weer naar de AA, ik zit er nu twee maanden.", "gezondheid", "naar de AA" },
	{ "Hij heeft donderdag een intake bij de verslavingszorg.", "gezondheid", "intake bij de verslavingszorg" },
	{ "De minister gaat morgen naar Jellinek voor een werkbezoek.", "", "" },
	{ "Mijn schoonvader ligt vrijdag onder het mes voor zijn knie.", "gezondheid", "onder het mes" },
	{ "De subsidie voor de musea gaat onder het mes.", "", "" },
	{ "Ik loop sinds het schaatsen nog wat mank.", "gezondheid", "loop" },
	{ "De vergelijking met Duitsland loopt mank.", "", "" },
	{ "Sorry, mijn nek zit alweer op slot.", "gezondheid", "mijn nek zit alweer op slot" },
	{ "Zijn knie is na de wedstrijd flink opgezet.", "gezondheid", "knie is na de wedstrijd flink opgezet" },
	{ "Mn pols verzwikt bij het volleyballen, is nu helemaal dik.", "gezondheid",
	  "Mn pols verzwikt bij het volleyballen, is nu helemaal dik" },
	{ "Een heftruckchauffeur heeft een vinger verloren in de hal.", "gezondheid", "vinger verloren" },
	{ "Het dossier van de heftruckchauffeur is verloren gegaan.", "", "" },
	{ "Ze zijn gestopt vanwege de ADHD van hun dochter.", "gezondheid", "de ADHD van hun dochter" },
	{ "Hij kan niet tillen door zijn rugletsel.", "gezondheid", "zijn rugletsel" },
	{ "Na een flinke nederlaag likt de partij haar wonden.", "", "" },
	{ "Ze moet eerst afbouwen met haar pillen (oxazepam) van de huisarts.", "gezondheid",
	  "haar pillen (oxazepam)" },
	{ "Zij kreeg na haar bevalling last van bekkeninstabiliteit.", "gezondheid", "bekkeninstabiliteit" },
	{ "Hij heeft sinds zijn jeugd epilepsie aanvallen.", "gezondheid", "epilepsie aanvallen" },
	{ "Mijn broer heeft diabetis type 2.", "gezondheid", "diabetis" },
	{ "Ze heeft het syndroom van Down en woont begeleid.", "gezondheid", "syndroom van Down" },
	{ "Een neef met Down werkt bij de bakker.", "gezondheid", "met Down" },
	{ "Het aantal mensen met Down dat werkt is gestegen.", "", "" },
	{ "Mijn moeder krijgt nu een Wlz-indicatie, zegt de casemanager.", "gezondheid", "Wlz-indicatie" },
	{ "Hoeveel mensen een Wlz-indicatie krijgen weet het CIZ.", "", "" },
	{ "She injured her knee skiing and needs crutches.", "gezondheid", "injured her knee" },
	{ "His shoulder was broken and he had surgery twice.", "gezondheid", "His shoulder was broken" },
	{ "Stop pulling my leg about the budget.", "", "" },
	{ "De gemeente wil maatwerk bij inwoners met psychische klachten.", "", "" },
	{ "Psychische problemen zijn de grootste oorzaak van uitval bij jongeren.", "", "" },
	{ "De polis sluit alle vormen van kanker uit.", "", "" },
	{ "Mijn zus is draagster van hemofilie.", "genetisch", "draagster van hemofilie" },
	{ "De hielprik was goed, geen bijzonderheden.", "genetisch", "De hielprik was goed" },
	{ "De uitslag van de dragerschapstest is binnen: we zijn allebei geen drager.", "genetisch",
	  "geen drager" },
	{ "We kiezen voor PGT, want mijn man blijkt drager van een erfelijke hartziekte.", "genetisch",
	  "PGT, want mijn man blijkt drager van een erfelijke hartziekte" },
	{ "Mijn nichtje heeft dezelfde mutatie als haar vader.", "genetisch", "dezelfde mutatie als haar vader" },
	{ "De afdeling heeft de mutatie in de BRP doorgevoerd.", "", "" },
	{ "Bij het onderzoek bleek een gebalanceerde translocatie bij mijn vrouw.", "genetisch",
	  "translocatie" },
	{ "Het kabinet wil de NIPT in het basispakket houden.", "", "" },
	{ "Het poortje scant je gezicht en dan mag je door.", "biometrisch", "scant je gezicht" },
	{ "Mijn telefoon herkent mijn gezicht niet met deze bril.", "biometrisch", "mijn gezicht" },
	{ "Ik herkende zijn gezicht meteen van de foto.", "", "" },
	{ "Ze gebruiken daar irisherkenning, dus mijn iris is nu geregistreerd.", "biometrisch",
	  "mijn iris is nu geregistreerd" },
	{ "De match score was 0,88 bij de controle aan de grens.", "biometrisch", "match score was 0,88" },
	{ "Uit de log blijkt dat de vingerafdruk van een schoonmaker, mevrouw T., om 02.10 uur is gebruikt.",
	  "biometrisch", "de vingerafdruk van een schoonmaker, mevrouw T., om 02.10 uur is gebruikt" },
	{ "Het personeel moet voortaan inklokken met een vingerafdruk.", "", "" },
	{ "Uit het DNA-onderzoek bleek dat mijn neef een zeldzame genvariant heeft.", "genetisch",
	  "een zeldzame genvariant heeft" },
	{ "Het DNA-onderzoek in strafzaken duurt te lang, zegt het OM.", "", "" },
	{ "Ik denk dat mijn dochter het gen ook heeft.", "genetisch", "het gen ook heeft" },
	{ "Hij weet sinds vorig jaar dat hij drager is.", "genetisch", "drager is" },
	{ "De wethouder is drager van het nieuwe beleid.", "", "" },
	{ "Na jaren zoeken bleek hij niet haar biologische vader.", "genetisch", "biologische vader" },
	{ "Via een DNA-match vond ze een halfzus in Utrecht.", "genetisch", "halfzus" },
	{ "Mijn neefje heeft hemofilie, net als mijn opa.", "genetisch", "hemofilie" },
	{ "My brother is a carrier of sickle cell disease.", "genetisch", "carrier of" },
	{ "The DNA test market is growing fast in Europe.", "", "" },
	{ "I have diabetes and need regular breaks.", "gezondheid", "diabetes" },
	{ "She has been off work with stress since May.", "gezondheid", "off work with stress" },
	{ "The new feature is disabled for all users.", "", "" },
	{ "He was badly injured when the scaffold collapsed.", "gezondheid", "was badly injured" },
	{ "Ik voel me al weken somber en moe.", "gezondheid", "somber" },
	{ "Ik voel me beroerd over die uitslag van de stemming.", "", "" },
	{ "Mijn oom moet elk jaar op controle bij de cardioloog.", "gezondheid", "op controle bij de cardioloog" },
	{ "Ze heeft een scheur in haar meniscus.", "gezondheid", "scheur in haar meniscus" },
	{ "Sinds de zomer zit ik in de ziektewet.", "gezondheid", "zit ik in de ziektewet" },
	{ "Morgen wordt hij opgenomen, zegt zijn zus.", "gezondheid", "wordt hij opgenomen" },
	{ "Morgen wordt hij opgenomen in het team van de staatssecretaris.", "", "" },
	{ "Na de scheiding drinkt hij veel te veel.", "gezondheid", "drinkt hij veel te veel" },
	{ "Mijn buurman zit sinds vorig jaar in de WGA.", "gezondheid", "in de WGA" },
	{ "Het aantal mensen in de WGA stijgt.", "", "" },
	{ "Hij is blijvend arbeidsongeschikt na de val van de steiger.", "gezondheid", "blijvend arbeidsongeschikt" },
	{ "Mijn heupen zijn versleten, traplopen lukt niet meer.", "gezondheid", "heupen zijn versleten" },
	{ "Mijn benen zijn op na die wandeling.", "", "" },
	{ "Zijn PET-scan was gelukkig schoon.", "gezondheid", "PET-scan was gelukkig schoon" },
	{ "De uitslag van de stemming was goed voor de coalitie.", "", "" },
	{ "Ze is na twee dagen weer bij bewustzijn.", "gezondheid", "weer bij bewustzijn" },
	{ "Zijn gips is eraf en hij loopt weer zonder krukken.", "gezondheid", "gips is eraf" },
	{ "De wijkverpleging komt nu twee keer per dag bij mijn schoonvader.", "gezondheid",
	  "De wijkverpleging komt nu twee keer per dag bij mijn schoonvader" },
	{ "Het gaat helaas niet goed met mijn opa.", "gezondheid", "niet goed met mijn opa" },
	{ "Het gaat niet goed met de economie.", "", "" },
	{ "Hij heeft zijn pols gebroken, zit nu in het gips.", "gezondheid",
	  "pols gebroken, zit nu in het gips" },
	{ "Ze gaf haar mening over de operatie, maar de Kamer was niet overtuigd.", "", "" },
	{ "Ik moet minder werken door mijn medicatie (methotrexaat).", "gezondheid",
	  "mijn medicatie (methotrexaat)" },
	{ "Reden van verzuim: hernia, volgens de bedrijfsarts.", "gezondheid", "hernia" },
	{ "Mijn nicht is getest op de familiaire mutatie.", "genetisch", "getest op de familiaire mutatie" },
	{ "Hij zegt dat hij genetisch belast is met hartproblemen.", "genetisch", "genetisch belast" },
	{ "Welke kosten horen bij genetische modificatie van gewassen?", "", "" },
	{ "Mijn vader heeft de APOE4-variant, dat weten we sinds kort.", "genetisch", "APOE4-variant" },
	{ "De nieuwe XBB-variant verspreidt zich snel.", "", "" },
	{ "De uitslag van de dragerschapstest kwam vandaag: we zijn allebei drager.", "genetisch",
	  "De uitslag van de dragerschapstest kwam vandaag: we zijn allebei drager" },
	{ "De test is klaar: de nieuwe website werkt.", "", "" },
	{ "Op het werk moet ik tegenwoordig mijn handpalm laten scannen.", "biometrisch", "handpalm laten scannen" },
	{ "De bewakingscamera herkende hem meteen bij de poort.", "biometrisch", "herkende hem meteen" },
	{ "Ik herkende hem meteen bij de poort.", "", "" },
	{ "Hij is via zijn looppatroon herkend door de politie.", "biometrisch", "looppatroon herkend" },
	{ "The agency stored my fingerprints without my consent.", "biometrisch", "stored my fingerprints" },
	{ "Fingerprints are stored in the passport chip.", "", "" },
	{ "Ik moet vanmiddag met mijn zoon naar de spoedeisende hulp.", "gezondheid", "spoedeisende hulp" },
	{ "Hij meldde zich af vanwege maagklachten.", "gezondheid", "vanwege maagklachten" },
	{ "Ze meldde zich af vanwege de drukte in de Kamer.", "", "" },
	{ "Ik ben nog niet gevaccineerd tegen de griep.", "gezondheid", "niet gevaccineerd" },
	{ "Mijn zus is ernstig gehandicapt sinds haar geboorte.", "gezondheid", "ernstig gehandicapt" },
	{ "Bij mijn schoonmoeder is vorige week een cyste gevonden.", "gezondheid", "een cyste gevonden" },
	{ "Bij de controle is een fout in de begroting gevonden.", "", "" },
	{ "Hij heeft vorig jaar een zware ingreep aan zijn rug ondergaan.", "gezondheid", "ondergaan" },
	{ "Mijn tante hoort bijna niks meer aan haar linkeroor.", "gezondheid", "linkeroor" },
	{ "Het embryo heeft dezelfde mutatie, dat hebben ze gezien.", "genetisch", "dezelfde mutatie" },
	{ "Dat mijn oom het gen ook heeft, wisten we niet.", "genetisch", "het gen ook heeft" },
	{ "De mutatie heeft gevolgen voor de uitbetaling.", "", "" },
	{ "Ik zit nog even bij de orthopeed, ik bel je straks.", "gezondheid", "bij de orthopeed" },
	{ "Kun je mijn afspraak bij de uroloog verzetten?", "gezondheid", "afspraak bij de uroloog" },
	{ "De minister gaat naar de huisarts voor een werkbezoek.", "", "" },
	{ "Het verzoek ligt nog bij de bedrijfsarts van het UWV.", "", "" },
	{ "My daughter is very ill and I must stay at home.", "gezondheid", "is very ill" },
	{ "He suffers from chronic back pain since the fall.", "gezondheid", "back pain" },
	{ "They rushed him to hospital after the accident.", "gezondheid", "rushed him to hospital" },
	{ "Banks have stress tests every year.", "", "" },
	{ "Many workers have health problems, the report says.", "", "" },
	{ "Ik heb me vorige maand laten testen (in Leiden), ik ben geen drager.", "genetisch",
	  "Ik heb me vorige maand laten testen (in Leiden), ik ben geen drager" },
	{ "De hielprik was afwijkend, ze denken aan sikkelcelziekte.", "genetisch",
	  "De hielprik was afwijkend, ze denken aan sikkelcelziekte" },
	{ "De test van de nieuwe app is klaar, de drager van het project is tevreden.", "", "" },
	{ "Gezichtsherkenning op Schiphol wordt uitgebreid naar alle reizigers.", "", "" },
	{ "De staatssecretaris had het gen voor politiek al vroeg.", "", "" },
	{ "Dat is een erfelijke belasting van het vorige kabinet.", "", "" },
	{ "Werkgevers moeten rekening houden met de beperking van de werknemer.", "", "" },
	{ "Defensie gaat onder het mes bij de volgende bezuinigingsronde.", "", "" },
	{ "Het voorstel bleek goedaardig, niemand had bezwaar.", "", "" },
	{ "Dit dossier ligt al maanden op de intensive care.", "", "" },
	{ "Het akkoord is doodziek, zegt de oppositie.", "", "" },
	{ "Het kabinet herstelt van de val van de coalitie.", "", "" },
	{ "Mijn zwager ligt al twee weken op de intensive care.", "gezondheid", "op de intensive care" },
	{ "Mijn neef met een verstandelijke beperking zoekt een baan.", "gezondheid",
	  "neef met een verstandelijke beperking" },
	{ "Als hartpatiënt mag ik niet meer tillen.", "gezondheid", "Als hartpatiënt mag ik" },
	{ "Als diabeet moet je regelmatig eten, staat in de folder.", "", "" },
	{ "Het stemprofiel van meneer Aydin, klant sinds 2019, is gedeeld met een incassobureau.",
	  "biometrisch", "Het stemprofiel van meneer Aydin, klant sinds 2019, is gedeeld" },
	{ "Gisteren zijn er twee embryo's teruggeplaatst, nu afwachten.", "gezondheid", "teruggeplaatst" },
	{ "Bij de eerste echo klopte het hartje gewoon, wat een opluchting.", "gezondheid", "klopte het hartje" },
	{ "Het hart van de stad klopt in het oude centrum.", "", "" },
	{ "Mijn broer zit al maanden in een dip en komt de deur niet uit.", "gezondheid", "in een dip" },
	{ "De economie zit in een dip.", "", "" },
	{ "Na de diagnose werd alles anders. Hij kreeg meteen chemo.", "gezondheid", "Na de diagnose" },
	{ "Na de diagnose van de Raad van State volgt de behandeling in de Kamer.", "", "" },
	{ "Fijn dat hij er weer is, na zo'n slopende behandeling.", "gezondheid", "slopende behandeling" },
	{ "Na een pittige behandeling in de Tweede Kamer is de wet aangenomen.", "", "" },
	{ "Mijn moeder heeft nog steeds veel pijn in haar heup.", "gezondheid", "veel pijn" },
	{ "Ik slaap al weken slecht, ik ben op.", "gezondheid", "slaap al weken slecht" },
	{ "Ik slaap slecht van die plannen voor de AOW.", "", "" },
	{ "Hij heeft nog maar dertig procent longfunctie.", "gezondheid", "dertig procent longfunctie" },
	{ "Ze is aan de gevolgen van een hersenbloeding overleden.", "gezondheid", "aan de gevolgen van" },
	{ "De regeling is aan de gevolgen van de crisis bezweken.", "", "" },
	{ "Ik ben getest maar heb nog geen klachten, zegt de neuroloog.", "", "" },
	{ "Zij heeft de erfelijke aanleg voor darmkanker.", "genetisch", "erfelijke aanleg voor" },
	{ "His DNA test results came back last week.", "genetisch", "His DNA test results" },
	{ "The DNA test results of the suspects are in the file.", "", "" },
	{ "Ze werken met gezichtsherkenning, dus mijn gezicht is nu geregistreerd.", "biometrisch",
	  "Ze werken met gezichtsherkenning, dus mijn gezicht is nu geregistreerd" },
	{ "Gezichtsherkenning, zo schrijft de AP, is alleen toegestaan met een wettelijke basis.", "", "" },
	{ "Bij Jan is vorige week ADHD vastgesteld.", "gezondheid", "ADHD vastgesteld" },
	{ "Bij Parkinson is bewegen belangrijk, zegt de folder.", "", "" },
	{ "De kinderen en ik hebben allemaal griep.", "gezondheid", "griep" },
	{ "Kinderen en jongeren met astma sporten minder.", "", "" },
	{ "Sorry, ik lig eruit met buikgriep.", "gezondheid", "lig eruit met buikgriep" },
	{ "Het voorstel ligt eruit met de nieuwe coalitie.", "", "" },
	{ "Hij loopt al een week met een ontstoken kies.", "gezondheid", "ontstoken kies" },
	{ "Ik zie het niet meer zitten met dit kabinet.", "", "" },
	{ "Sinds het ongeluk heeft hij nog steeds nachtmerries.", "gezondheid", "nachtmerries" },
	{ "Ik heb hulp gezocht bij de huisarts voor mijn somberheid.", "gezondheid", "voor mijn somberheid" },
	{ "Het hartje klopt, we zijn zo blij.", "gezondheid", "hartje klopt" },
	{ "In de 12e week van het jaar is het reces.", "", "" },
	{ "De irisscan van de bezoeker werd bij de slagboom niet herkend.", "biometrisch",
	  "irisscan van de bezoeker werd bij de slagboom niet herkend" },
	/* gezondheid, genetisch, biometrisch (round 6, tune5): an elided subject
	 * with an aid, memory in decline, a swollen joint in shorthand, an English
	 * due date, weeks with the pregnant emoji, a measured value with its figure,
	 * a compound addiction, one person's hospital stay, carrying a mutation,
	 * a device that recognised a face; and the policy talk beside them */
	{ "Hij is thuis, liep gisteren al achter een looprek door de kamer.", "gezondheid", "achter een looprek" },
	{ "Wie met een rollator loopt, kan de trein in via de hulpdienst.", "", "" },
	{ "Haar geheugen wordt steeds slechter, ze vergat de verjaardag van haar kleinzoon.", "gezondheid", "geheugen wordt steeds slechter" },
	{ "Mijn moeder gaat zienderogen achteruit sinds de val.", "gezondheid", "zienderogen achteruit" },
	{ "De koopkracht van gepensioneerden gaat hard achteruit.", "", "" },
	{ "Kan niet padellen, enkel flink gezwollen na zaterdag.", "gezondheid", "enkel flink gezwollen" },
	{ "Het project is vorig jaar met de hand opgezet.", "", "" },
	{ "She's due in early September, so she will miss the summit.", "gezondheid", "due in early September" },
	{ "The report is due at the end of April.", "", "" },
	{ "I am due to speak at the conference in May.", "", "" },
	{ "Nog even geheim hoor: 9 weken 🤰", "gezondheid", "9 weken" },
	{ "Zijn bloeddruk was veel te hoog (180/110), de huisarts schrok ervan.", "gezondheid", "bloeddruk was veel te hoog (180/110)" },
	{ "Het aantal mensen met een te hoge bloeddruk stijgt.", "", "" },
	{ "Mijn broer was jarenlang drankverslaafd, nu gaat het beter.", "gezondheid", "jarenlang drankverslaafd" },
	{ "Een op de tien jongeren zou gameverslaafd zijn.", "", "" },
	{ "Zijn opname in het ziekenhuis kwam op een slecht moment.", "gezondheid", "opname in het ziekenhuis" },
	{ "De zorgbegroting dekt de opname van ouderen in het ziekenhuis.", "", "" },
	{ "Mijn zus en ik dragen allebei het BRCA2-gen, bleek uit de test.", "genetisch", "dragen allebei het BRCA2-gen" },
	{ "Gemeenten dragen de gevolgen van de bezuiniging.", "", "" },
	{ "My father carries the BRCA1 mutation, so I will be tested too.", "genetisch", "carries the BRCA1 mutation" },
	{ "De camera bij de slagboom herkende hem direct, en de poort ging open.", "biometrisch", "herkende hem direct" },
	{ "Het systeem werkt zonder vingerafdrukken of gezichtsscans.", "", "" },
	{ "Goed nieuws: mijn schoonzus is in blijde verwachting.", "gezondheid", "in blijde verwachting" },
	/* gez.prive.waarde6, .gokken6, .lijf6 look only in private messages; this
	 * harness gives no class, so only their near-misses are here */
	{ "Bloeddruk te hoog bij een op de vijf volwassenen.", "", "" },
	{ "De minister gokt op een meerderheid in de Senaat.", "", "" },
	{ "Houd je rug vast, morgen komt de uitslag van de peiling.", "", "" },
	{ "Het dossier zit op slot tot na de verkiezingen.", "", "" },
	{ "De scanner bij de grens identificeerde hem aan zijn vingerafdruk.", "biometrisch", "identificeerde hem aan zijn vingerafdruk" },
	{ "De camera herkent gezichten van voorbijgangers; dat is verboden.", "", "" },
	{ "Mijn vader had het ook, dus er is een kans van 50% dat ik het krijg.", "genetisch", "kans van 50% dat ik het krijg" },
	{ "Er is 50 procent kans dat het kabinet valt.", "", "" },
	{ "De bank-app vergeleek mijn selfie met mijn pasfoto.", "biometrisch", "vergeleek" },
	{ "De slimme deurbel herkent mijn zoon en doet open.", "biometrisch", "herkent mijn zoon" },
	{ "Na de heupoperatie loopt ze nog steeds mank.", "gezondheid", "loopt ze nog steeds mank" },
	{ "Het overleg met de bonden loopt moeilijk.", "", "" },
	{ "Opa weet niet meer waar hij woont.", "gezondheid", "weet niet meer" },
	{ "Ik weet niet meer wie er allemaal komen.", "", "" },
	{ "Hij vergeet tegenwoordig steeds meer, ook afspraken.", "gezondheid", "vergeet tegenwoordig steeds meer" },
	{ "Zij krijgen er in maart een kindje bij.", "gezondheid", "krijgen er in maart een kindje" },
	{ "We krijgen een baby op bezoek van de buren.", "", "" },
	{ "Pols bont en blauw na de val van de fiets.", "gezondheid", "Pols bont en blauw" },
	{ "Ik loop sinds januari bij de verslavingszorg.", "gezondheid", "bij de verslavingszorg" },
	{ "Het meeste geld zit in de ggz.", "", "" },
	{ "Hij is twee maanden opgenomen geweest in de psychiatrie.", "gezondheid", "opgenomen geweest" },
	{ "Dat amendement is opgenomen geweest in de begroting.", "", "" },
	{ "De gemeente draagt de mutatie in het register over.", "", "" },
	{ "Mijn zus draagt de mutatie ook, zei de klinisch geneticus.", "genetisch", "draagt de mutatie ook" },
	{ "Het systeem herkende hem als bevoegde medewerker via zijn pasje.", "", "" },
	{ "Hij loopt slecht in de peilingen.", "", "" },
	{ "Ik schaam me dat ik jarenlang drankverslaafd ben geweest.", "gezondheid", "drankverslaafd ben geweest" },
	{ "Hij vindt het lastig dat hij sinds de beroerte achter een rollator loopt.", "gezondheid", "achter een rollator loopt" },
	{ "Het valt me op dat haar geheugen snel achteruitgaat.", "gezondheid", "geheugen snel achteruitgaat" },
	{ "De arts vertelde dat ik het BRCA1-gen ook heb.", "genetisch", "het BRCA1-gen ook heb" },
	{ "Ik heb gezien dat wij de mutatie hebben verwerkt.", "", "" },
	{ "My wife is 20 weeks pregnant, so I will skip the trip.", "gezondheid", "20 weeks pregnant" },
	{ "I'm 12 weeks away from the election.", "", "" },
	{ "His ankle was badly sprained during the match.", "gezondheid", "ankle was badly sprained" },
	{ "My hands are tied on this file.", "", "" },
	{ "My mother's memory is failing, we are looking for a care home.", "gezondheid", "memory is failing" },
	{ "Our memory of the crisis is fading.", "", "" },
	{ "He was addicted to painkillers after the accident.", "gezondheid", "addicted to painkillers" },
	{ "I am addicted to this series.", "", "" },
	{ "Her blood pressure was far too high at the check-up.", "gezondheid", "blood pressure was far too high" },
	{ "Your blood pressure is a key indicator, the campaign says.", "", "" },
	{ "Wij hebben thuis een meervoudig gehandicapte dochter.", "gezondheid", "gehandicapte dochter" },
	{ "Veel ouders hebben een ziek kind thuis.", "", "" },
	{ "Mijn zus heeft vorig jaar de BRCA-test laten doen.", "genetisch", "de BRCA-test" },
	{ "De verzekeraar moet de CF-test gewoon vergoeden.", "", "" },
	{ "Het ministerie heeft de vergoeding van de BRCA-test verhoogd.", "", "" },
	{ "Ze ligt sinds zondag met 40 graden in bed.", "gezondheid", "met 40 graden" },
	{ "Het wordt morgen 39 graden, let op de ouderen.", "", "" },
	{ "Vanaf maandag moet ik weer aan de antibiotica.", "gezondheid", "aan de antibiotica" },
	{ "De minister moet aan de bak met de begroting.", "", "" },
	{ "Mijn moeder ziet steeds slechter sinds de zomer.", "gezondheid", "ziet steeds slechter" },
	{ "Ik zie steeds slechter hoe dit plan gaat werken.", "", "" },
	{ "Zijn knie wordt in mei vervangen.", "gezondheid", "knie wordt in mei vervangen" },
	{ "De kozijnen moeten worden vervangen.", "", "" },
	{ "Hij kon niet mee naar Brussel vanwege zijn hernia.", "gezondheid", "vanwege zijn hernia" },
	{ "Het ging niet door mijn hoofd.", "", "" },
	/* round 7 (tune6): wording classes of fresh text, sentences of our own; the near-misses
	 * are policy talk, figures of speech and lookalikes (a virus mutation, a number plate, a
	 * first name Iris, a list of languages, a passage removed from a memo) */
	{ "Gisteren kwam de brief: geen mutatie gevonden, wat een opluchting.",
	  "genetisch", "geen mutatie gevonden" },
	{ "Bij mijn vader hebben ze geen mutatie gevonden.", "genetisch", "geen mutatie gevonden" },
	{ "De uitslag van vanochtend: negatief voor Lynch.", "genetisch", "negatief voor Lynch" },
	{ "Good news from the clinic, no mutation was found.",
	  "genetisch", "no mutation was found" },
	{ "Onderzoekers hebben een nieuwe mutatie van het vogelgriepvirus gevonden.", "", "" },
	{ "In de monsters van het coronavirus werd geen mutatie gevonden.", "", "" },
	{ "Via 23andMe ontdekt: ik ben voor een kwart Schots!", "genetisch", "kwart Schots" },
	{ "Het DNA-bedrijf is voor 40% Duits eigendom.", "", "" },
	{ "Mama's gezicht staat nu op mijn telefoon, ze kan hem zelf openen.",
	  "biometrisch", "gezicht staat nu op mijn telefoon" },
	{ "Ik heb Femke's gezicht toegevoegd aan Face ID.",
	  "biometrisch", "gezicht toegevoegd aan Face ID" },
	{ "Mijn nieuwe telefoon heeft Face ID.", "", "" },
	{ "Haar gezicht staat op de campagneposter.", "", "" },
	{ "Later bleek dat mijn gezicht zonder toestemming in hun database was gezet.",
	  "biometrisch", "in hun database was gezet" },
	{ "Het voorstel is in het systeem gezet.", "", "" },
	{ "De inbreker werd via de bewakingscamera van de buren herkend.",
	  "biometrisch", "bewakingscamera van de buren herkend" },
	{ "Het kenteken werd door de flitscamera op de A2 herkend.", "", "" },
	{ "De drone werd door de camera boven het terrein herkend.", "", "" },
	{ "De camera's worden volgende week op het station geplaatst.", "", "" },
	{ "The gate at Schiphol did not recognise her again.",
	  "biometrisch", "did not recognise her" },
	{ "Every morning the terminal scans my face before my shift.",
	  "biometrisch", "scans my face" },
	{ "The app recognises text in scanned letters.", "", "" },
	{ "Onze Iris is vandaag geslaagd!", "", "" },
	{ "Mijn zwager drinkt weer, zijn vrouw is wanhopig.", "gezondheid", "drinkt weer" },
	{ "Ze is al drie jaar droog en daar is ze trots op.", "gezondheid", "drie jaar droog" },
	{ "Hij is teruggevallen in zijn oude drugsgebruik.",
	  "gezondheid", "teruggevallen in zijn oude drugsgebruik" },
	{ "Hij drinkt weer koffie zonder suiker.", "", "" },
	{ "De sector drinkt weer champagne.", "", "" },
	{ "De gebruiker is zo moe dat hij niet meer inlogt.", "", "" },
	{ "Het is al drie weken droog in Drenthe.", "", "" },
	/* a union role in a verb-final clause (vak.bijzin, round 11) */
	{ "Omdat ze bij de FNV in de ondernemingsraad zit, weet ze dat.", "vakbond", "bij de FNV in de ondernemingsraad zit" },
	{ "Ik wist niet dat je man voor het CNV actief was.", "vakbond", "voor het CNV actief was" },
	{ "Omdat de FNV in de ondernemingsraad niet vertegenwoordigd is, praten we met de OR.", "", "" },
	/* origin: a year or decade before the country, an island, in-laws in English (round 11) */
	{ "Zijn opa kwam in de jaren zestig uit Turkije om hier te werken.", "etniciteit", "kwam in de jaren zestig uit Turkije" },
	{ "Mijn schoonmoeder is in 1958 geboren op Curaçao.", "etniciteit", "geboren op Curaçao" },
	{ "My mother-in-law is Surinamese, so we eat roti on Sundays.", "etniciteit", "mother-in-law is Surinamese" },
	{ "Mijn ouders kwamen in 2023 uit Marokko terug van vakantie.", "", "" },
	{ "De minister is geboren op een boerderij in Drenthe.", "", "" },
	/* an organ that no longer copes, and too much drink (round 11) */
	{ "De buurman is vannacht weer opgenomen, zijn hart kan de hitte niet aan.", "gezondheid", "opgenomen, zijn hart kan de hitte niet aan" },
	{ "Ze komt niet omdat haar longen de inspanning niet meer aankunnen.", "gezondheid", "haar longen de inspanning niet meer aankunnen" },
	{ "Zijn nieren werken nog maar voor dertig procent.", "gezondheid", "Zijn nieren werken nog maar voor dertig" },
	{ "M'n knie doet het niet meer sinds die val.", "gezondheid", "knie doet het niet meer" },
	{ "Omdat zijn nieren slecht werken, moet hij opletten met zout.", "gezondheid", "zijn nieren slecht werken" },
	{ "Haar longen zitten weer vol vocht.", "gezondheid", "Haar longen zitten weer vol vocht" },
	{ "Onze afdeling werkt slecht samen met de uitvoering.", "", "" },
	{ "De zorg kan de vraag niet aan en het systeem werkt niet meer.", "", "" },
	{ "Onze afdeling kan het werk niet meer aan.", "", "" },
	{ "Eerlijk gezegd ging ik dat jaar te ver met de drank.", "gezondheid", "ik dat jaar te ver met de drank" },
	{ "Ik was toen echt te ver gegaan met de borrels.", "gezondheid", "te ver gegaan met de borrels" },
	{ "Ik weet dat mijn broer een probleem met alcohol heeft.", "gezondheid", "mijn broer een probleem met alcohol" },
	{ "Hij had het drinken niet meer onder controle.", "gezondheid", "het drinken niet meer onder controle" },
	{ "Die regels gaan te ver met het alcoholverbod.", "", "" },
	{ "De gemeente heeft een probleem met drugs in de binnenstad.", "", "" },
	/* married to someone of the same sex, either word order (sek.getrouwd11, round 11) */
	{ "Ik wist niet dat je neef met een man getrouwd was.", "seksualiteit", "met een man getrouwd was" },
	{ "Omdat haar tante met een vrouw samenwoont, praat oma niet meer met haar.", "seksualiteit", "met een vrouw samenwoont" },
	{ "Ik hoorde dat hij met een vrouw uit Gent samenwoont.", "", "" },
	/* verb-final coming out and detention (sek.bijzin11, straf.bijzin.detentie, round 11) */
	{ "Sinds mijn nichtje uit de kast is gekomen, gaat het veel beter met haar.", "seksualiteit", "uit de kast is gekomen" },
	{ "Ik wist niet dat hij vorig jaar geoutet was.", "seksualiteit", "geoutet was" },
	{ "Als je uit de kast bent gekomen, kun je bij het netwerk terecht.", "", "" },
	{ "Ik wist niet dat je zwager in de gevangenis had gezeten.", "strafrechtelijk", "in de gevangenis had gezeten" },
	{ "Omdat haar ex in voorarrest gezeten heeft, krijgt ze geen alimentatie.", "strafrechtelijk", "in voorarrest gezeten heeft" },
	{ "Ik heb gehoord dat de gedetineerden in de cel hadden gezeten zonder licht.", "", "" },
	/* verb-final states, "thuis" before the verb (gez.bijzin, round 11) */
	{ "Omdat hij nu al drie maanden overspannen thuis zit, neemt Kees het over.", "gezondheid", "overspannen thuis zit" },
	{ "Ze zegt dat haar broer nog steeds opgebrand thuis zit.", "gezondheid", "opgebrand thuis zit" },
	{ "Hij komt niet omdat zijn vrouw ziek in bed ligt.", "gezondheid", "ziek in bed ligt" },
	{ "Omdat mijn zus volledig opgebrand was, is ze gestopt.", "gezondheid", "opgebrand was" },
	{ "Omdat hij thuis is, kan hij de pakketjes aannemen.", "", "" },
	{ "His heart can't cope with the heat, so he is back in hospital.", "gezondheid", "His heart can't cope with the heat" },
	{ "Her kidneys are only working at 20% now.", "gezondheid", "kidneys are only working at 20%" },
	{ "To be honest, I had a drinking problem for years.", "gezondheid", "I had a drinking problem" },
	{ "My brother has a problem with alcohol.", "gezondheid", "problem with alcohol" },
	{ "The system can't cope with the demand.", "", "" },
	{ "The sector has a drinking culture problem.", "", "" },
	{ "she's been sober for six months now", "gezondheid", "sober for six months" },
	{ "I'm 100 days clean today.", "gezondheid", "100 days clean" },
	{ "He fell off the wagon again after the funeral.", "gezondheid", "fell off the wagon" },
	{ "My dad still goes to AA meetings every Tuesday.", "gezondheid", "goes to AA meetings" },
	{ "The field has been dry for six months.", "", "" },
	{ "The budget fell off the agenda again.", "", "" },
	{ "De export is teruggevallen.", "", "" },
	{ "Ze is zo moe dat ze amper kan lopen.", "gezondheid", "zo moe dat ze amper kan lopen" },
	{ "Soms zie ik dubbel en moet ik even gaan liggen.", "gezondheid", "zie ik dubbel" },
	{ "Ik ben zo blij dat ik niet hoef te speechen.", "", "" },
	{ "Eerlijk gezegd zie ik weinig heil in dat plan.", "", "" },
	{ "Dad is doing much better after the stroke, thank you.",
	  "gezondheid", "better after the stroke" },
	{ "The economy is doing better after the crisis.", "", "" },
	{ "The army is recovering from the operation in the north.", "", "" },
	{ "De ingreep is prima verlopen, de galblaas is eruit.",
	  "gezondheid", "De ingreep is prima verlopen, de galblaas is eruit" },
	{ "Haar amandelen zijn gisteren verwijderd.",
	  "gezondheid", "amandelen zijn gisteren verwijderd" },
	{ "De passage over de schildklier is verwijderd uit de nota.", "", "" },
	{ "Ik zorg voor mijn schoonvader, die sinds kort dementie heeft.",
	  "gezondheid", "mijn schoonvader, die sinds kort dementie heeft" },
	{ "Onze minister, die een hekel heeft aan vergaderen, komt niet.", "", "" },
	{ "De factuur van Petra is opgenomen.", "", "" },
	{ "Nog steeds heb ik last van die nachtmerries.",
	  "gezondheid", "last van die nachtmerries" },
	{ "Mijn schoonmoeder is in Eritrea geboren.", "etniciteit", "in Eritrea geboren" },
	{ "Gelukkig ben ik in Suriname geboren en getogen, dus ik ken het land.",
	  "etniciteit", "in Suriname geboren" },
	{ "Het plan is in Marokko geboren tijdens een handelsmissie.", "", "" },
	{ "De nieuwe stagiair, Koerdisch, begint maandag.", "etniciteit", "Koerdisch" },
	{ "Mijn schoonzussen zijn allebei Marokkaans.", "etniciteit", "allebei Marokkaans" },
	{ "Op de markt hoor je Nederlands, Turks, Arabisch en Pools.", "", "" },
	{ "Mijn kinderen spreken ook Turks.", "", "" },
	{ "Het eten op het werkbezoek was ook Turks.", "", "" },
	{ "Ha, Indonesisch, dat verklaart veel!", "", "" },
	{ "She was born in Ukraine but grew up in Delft.", "etniciteit", "born in Ukraine" },
	{ "Ik bid elke avond, dat geeft me rust.", "religie", "dat geeft me rust" },
	{ "Het gebed houdt haar overeind.", "religie", "gebed houdt haar overeind" },
	{ "Bidden helpt niet tegen de inflatie.", "", "" },
	{ "De CNV heeft gebeld over de cao. Mijn man is daar al twintig jaar lid.",
	  "vakbond", "al twintig jaar lid" },
	{ "De FNV wil praten. Ik ben al lid van de commissie.", "", "" },
	{ "Onze buurman, Henk de Vries, is penningmeester bij de AOb.",
	  "vakbond", "penningmeester bij de AOb" },
	{ "Mijn tante, die penningmeester bij de AOb is, belde gisteren.", "vakbond",
	  "penningmeester bij de AOb is" },
	{ "Mijn broer is bestuurder van de FNV.", "vakbond", "bestuurder van de FNV" },
	{ "De voorzitter van de FNV zei dat het kabinet moet bewegen.", "", "" },
	{ "Ze zei dat ze nooit meer PVV stemt.", "politiek", "PVV stemt" },
	{ "In het debat bleek dat de VVD en het CDA tegen stemmen.", "", "" },
	{ "Ik wil dat wij voor het CDA-amendement stemmen.", "", "" },
	{ "Haar stemgedrag laten we natuurlijk buiten de beantwoording.", "", "" },
	{ "Mijn neef is vorige week vrijgekomen na een celstraf van twee jaar.",
	  "strafrechtelijk", "vrijgekomen na een celstraf" },
	{ "Hij is na vier jaar gevangenis vrijgekomen.",
	  "strafrechtelijk", "vier jaar gevangenis vrijgekomen" },
	{ "De gijzelaars zijn vrijgelaten na lange onderhandelingen.", "", "" },
	{ "Het geld is vrijgekomen na de verkoop.", "", "" },
	{ "Mijn buurman wordt ervan verdacht geld uit de kas te hebben genomen.",
	  "strafrechtelijk", "wordt ervan verdacht" },
	{ "She is suspected of fraud at her former employer.",
	  "strafrechtelijk", "suspected of fraud" },
	{ "Het kabinet wordt ervan verdacht de cijfers mooier te maken.", "", "" },
	{ "De testuitslag is binnen, positief voor BRCA1 helaas.",
	  "genetisch", "testuitslag is binnen, positief voor BRCA1" },
	{ "De uitslag van de peiling: negatief voor de coalitie.", "", "" },
	{ "Ze zuipt weer, ik ben er klaar mee.", "gezondheid", "zuipt weer" },
	{ "Hij is weer aan het gokken, zegt zijn vrouw.", "gezondheid", "weer aan het gokken" },
	{ "Ik heb haar negen maanden gedragen en nu lijkt ze op hem.",
	  "gezondheid", "haar negen maanden gedragen" },
	{ "Zij heeft hem naar de auto gedragen.", "", "" },
	{ "Hij heeft de kosten gedragen.", "", "" },
	{ "Mn moeder is in Turkije geboren.", "etniciteit", "in Turkije geboren" },
	{ "Hij is geboren in Oekraine.", "etniciteit", "geboren in Oekraine" },
	{ "My parents are from Ukraine.", "etniciteit", "from Ukraine" },
	{ "The minister came from Poland on Friday.", "", "" },
	{ "Ze is weer begonnen met drinken.", "gezondheid", "weer begonnen met drinken" },
	{ "Hij staat al drie maanden droog.", "gezondheid", "drie maanden droog" },
	{ "De put is al drie weken droog.", "", "" },
	{ "Het geld staat al drie maanden droog.", "", "" },
	{ "Ik ben zo misselijk dat ik niks kan eten.",
	  "gezondheid", "zo misselijk dat ik niks kan eten" },
	{ "Dat hij nooit op de PVV zou stemmen, wist ik.", "politiek", "PVV zou stemmen" },
	{ "Hij is vorig jaar uit de gevangenis gekomen.",
	  "strafrechtelijk", "uit de gevangenis gekomen" },
	{ "Mensen die uit de gevangenis komen vinden moeilijk werk.", "", "" },
	{ "Ik heb mn vriendin haar gezicht in Face ID gezet.",
	  "biometrisch", "gezicht in Face ID gezet" },
	{ "Mijn vriend kan mijn iPhone openen met zijn gezicht.",
	  "biometrisch", "openen met zijn gezicht" },
	{ "Je kunt de deur ontgrendelen met een vingerafdruk.", "", "" },
	{ "Mijn gezicht is zonder dat ik het wist in hun systeem gezet.",
	  "biometrisch", "in hun systeem gezet" },
	/* round 8: linked to a number, a template deleted, subordinate word order,
	 * a device that recognised someone on to the match */
	{ "Zijn vingerafdruk werd bij de intake meteen gekoppeld aan zijn klantnummer (score 0,91).",
	  "biometrisch", "gekoppeld aan zijn klantnummer (score 0,91)" },
	{ "Het nieuwe systeem wordt gekoppeld aan het klantnummer.", "", "" },
	/* round 8: held until the hearing, a conviction with its sentence in
	 * brackets, "de AOb, waarvan ik lid ben", a feast begun and kept */
	{ "Mijn neef zit nog tot zijn zitting vast.", "strafrechtelijk", "zit nog tot zijn zitting vast" },
	{ "De rechtbank stelt de zitting uit tot na de zomer.", "", "" },
	{ "Ze vertelde dat hij vorig jaar is veroordeeld wegens inbraak (een taakstraf van 60 uur).",
	  "strafrechtelijk", "veroordeeld wegens inbraak (een taakstraf van 60 uur)" },
	{ "Bij de AOb, waarvan ik al tien jaar lid ben, hoor je daar niets over.",
	  "vakbond", "de AOb, waarvan ik al tien jaar lid ben" },
	{ "De FNV, waar veel mensen lid van zijn, roept op tot staking.", "", "" },
	{ "Het is sinds maandag ramadan en ik eet elke avond iftar bij mijn zus.",
	  "religie", "Het is sinds maandag ramadan" },
	{ "Het is ramadan en we zien meer drukte in de winkels.", "", "" },
	/* round 8: a body part replaced, "heeft de late, erfelijke vorm van",
	 * "..., die stemt nog steeds", a case dropped, tested for a hereditary
	 * disease, an ancestry share, an embryo's test, "'s middags eerst naar de
	 * verloskundige", "ze is immers een Molukse" */
	{ "Zijn heup wordt binnenkort vervangen.", "gezondheid", "heup wordt binnenkort vervangen" },
	{ "Ons hoofd wordt volgend jaar vervangen door een interim.", "", "" },
	{ "Haar oom (70) heeft de late, erfelijke vorm van parkinson.",
	  "gezondheid", "heeft de late, erfelijke vorm van parkinson" },
	{ "Het land heeft een zware vorm van bureaucratie.", "", "" },
	{ "Mijn zus gaat niet mee, die stemt nog altijd SP.",
	  "politiek", "Mijn zus gaat niet mee, die stemt nog altijd SP" },
	{ "De kiezer blijft thuis, die stemt nog altijd niet.", "", "" },
	{ "De officier van justitie heeft zijn zaak geseponeerd.",
	  "strafrechtelijk", "officier van justitie heeft zijn zaak geseponeerd" },
	{ "De officier van justitie heeft vorig jaar minder zaken geseponeerd.", "", "" },
	{ "Ik heb me vorige maand laten testen op hemochromatose.",
	  "genetisch", "laten testen op hemochromatose" },
	{ "Mensen kunnen zich laten testen op hemochromatose.", "", "" },
	{ "Mijn buurman bleek 12% Keltisch volgens die test.", "genetisch", "Mijn buurman bleek 12% Keltisch" },
	{ "Mijn rapport is 80% Engels.", "", "" },
	{ "De uitslag van ons embryo is normaal, dus we gaan door.",
	  "genetisch", "De uitslag van ons embryo is normaal" },
	{ "Ik moet 's middags eerst naar de verloskundige.",
	  "gezondheid", "naar de verloskundige" },
	{ "Ze is immers een Molukse.", "etniciteit", "Ze is immers een Molukse" },
	{ "Mijn schoonvader loopt alweer met krukken door de tuin.", "gezondheid", "loopt alweer met krukken" },
	{ "Ze loopt alweer met de hond door de tuin.", "", "" },
	{ "De AOb staakt morgen in Utrecht, ik ga er als lid natuurlijk heen.", "vakbond", "als lid" },
	{ "De FNV voert actie bij het Binnenhof, ik ben daar als lid van de Kamer niet bij.", "", "" },
	{ "In de tijd dat zij haar vader in zijn laatste weken verpleegde, werkte ze niet.",
	  "gezondheid", "haar vader in zijn laatste weken verpleegde" },
	{ "Zij heeft haar team in de laatste maanden goed begeleid.", "", "" },
	{ "Bij de balie is haar irisscan weer vastgelegd; het eerdere sjabloon (code IR-22) wordt vervolgens gewist.",
	  "biometrisch", "het eerdere sjabloon (code IR-22) wordt vervolgens gewist" },
	{ "Het formulier is vastgelegd; het sjabloon wordt daarna verwijderd.", "", "" },
	{ "Hij werd niet betaald omdat het systeem zijn gezicht vorige week niet herkende en hij thuis bleef.",
	  "biometrisch", "het systeem zijn gezicht vorige week niet herkende" },
	{ "Ik vond dat het systeem zijn werk goed deed.", "", "" },
	{ "Onze camera heeft haar gisteravond herkend, ze stond weer bij het hek, de app gaf een match met het gezicht van zondag.",
	  "biometrisch", "de app gaf een match met het gezicht van zondag" },
	{ "De wijkagent heeft hem herkend, de buurt was opgelucht.", "", "" },
	{ "Men heeft mijn broer op het station herkend, de gezichtsherkenning leverde een hit op.",
	  "biometrisch", "herkend, de gezichtsherkenning leverde een hit" },
	{ "The test showed I have no mutation.", "genetisch", "I have no mutation" },
	{ "Ik ben al jaren parochiaan van de Sint-Jan.", "religie", "parochiaan" },
	{ "Mijn moeder is lidmaat van de Hervormde gemeente.", "religie", "lidmaat" },
	{ "De parochianen protesteren tegen de sluiting van de kerk.", "", "" },
	{ "She was released from prison last year.", "strafrechtelijk", "released from prison" },
	{ "He was released after serving a four-year sentence.",
	  "strafrechtelijk", "four-year sentence" },
	{ "The hostages were released from custody.", "", "" },
	{ "Het Suikerfeest komt eraan. Bij ons thuis vieren we het altijd groots.",
	  "religie", "vieren we het altijd groots" },
	{ "Pesach begint vrijdag. Voor mij is dat de belangrijkste week van het jaar.",
	  "religie", "belangrijkste week" },
	{ "Het Suikerfeest valt dit jaar op 20 maart. Wij vieren dan de opening van het kantoor.",
	  "", "" },
	{ "De ramadan begint volgende week. Ik heb het rooster daarop aangepast.", "", "" },
	/* gen7 probes: a same-sex partner with the verb last or the subject a relative */
	{ "Hij is met een man getrouwd.", "seksualiteit", "met een man getrouwd" },
	{ "Zijn vrouw heeft een relatie met een andere vrouw.",
	  "seksualiteit", "relatie met een andere vrouw" },
	{ "Mijn zus is sinds vorig jaar met een vrouw samen.", "seksualiteit", "met een vrouw samen" },
	{ "Hij is met een man naar de winkel gegaan.", "", "" },
	{ "zijn partner Mark komt ook", "seksualiteit", "partner Mark" },
	{ "Zijn partner Rabobank financiert het project.", "", "" },
	{ "Zij heeft een lat-relatie met haar vriendin.", "seksualiteit", "lat-relatie met haar vriendin" },
	/* gen7 probes: gender identity, a person's own transition */
	{ "haar transitie naar man gaat goed", "seksualiteit", "transitie naar man" },
	{ "mijn zoon wil voortaan als meisje door het leven", "seksualiteit", "als meisje door het leven" },
	{ "Mijn dochter ziet zichzelf als jongen.", "seksualiteit", "ziet zichzelf als jongen" },
	{ "Nederland en zijn transitie naar duurzame energie.", "", "" },
	{ "Ze ziet zichzelf als een vrouw van de daad.", "", "" },
	{ "De zorgtransitie en de transitie naar wijkteams.", "", "" },
	/* gen7 probes: union membership in other wordings */
	{ "m'n broer is lid v/d fnv", "vakbond", "lid v/d fnv" },
	{ "Mijn vriendin is lid van de onderwijsbond AOb.", "vakbond", "onderwijsbond AOb" },
	{ "mijn zoon is jeugdlid van FNV Jong", "vakbond", "jeugdlid van FNV Jong" },
	{ "Ik sta ingeschreven als lid bij de AVV.", "vakbond", "ingeschreven als lid bij de AVV" },
	{ "Ik heb bij de vakbond aangeklopt voor hulp.", "vakbond", "bij de vakbond aangeklopt" },
	{ "mijn FNV-pasje ligt nog in de auto", "vakbond", "FNV-pasje" },
	{ "de FNV-jurist van mijn vader heeft gebeld", "vakbond", "FNV-jurist van mijn vader" },
	{ "my dad is in the union", "vakbond", "in the union" },
	{ "she is a union rep at the hospital", "vakbond", "union rep" },
	{ "De FNV-jurist zei in de krant dat de wet deugt.", "", "" },
	{ "Werknemers kunnen zich bij de vakbond aanmelden.", "", "" },
	{ "The union called a strike.", "", "" },
	/* gen7 probes: a person's own gene test, result and carrier status */
	{ "We wachten nog op de uitslag van de genetische test van ons kindje",
	  "genetisch", "genetische test van ons kindje" },
	{ "De uitslag van mijn genpanel is binnen, geen afwijkingen.", "genetisch", "mijn genpanel" },
	{ "de DNA test wees uit dat Kees niet haar biologische vader is",
	  "genetisch", "niet haar biologische vader is" },
	{ "uitslag binnen: ik ben géén drager", "genetisch", "géén drager" },
	{ "Helaas, ik heb het gen wel.", "genetisch", "heb het gen wel" },
	{ "Zijn dochter heeft cystic fibrosis.", "genetisch", "cystic fibrosis" },
	{ "De uitslag van de NIPT volgt binnen twee weken.", "", "" },
	{ "Het kabinet investeert in genetisch onderzoek naar erfelijke ziekten.", "", "" },
	{ "De biologische vader heeft ook recht op verlof.", "", "" },
	/* gen7 probes: health in the words of a chat */
	{ "ze heeft het aan haar hart", "gezondheid", "het aan haar hart" },
	{ "Hij heeft het aan de stok met de minister.", "", "" },
	{ "Het land heeft het aan zijn economie te danken.", "", "" },
	{ "ik lig er al een week uit met griep", "gezondheid", "uit met griep" },
	{ "We liggen plat met de hele afdeling door de storing.", "", "" },
	{ "pa is weer aan het kuren", "gezondheid", "aan het kuren" },
	{ "mijn vader wordt morgen gescopeerd", "gezondheid", "gescopeerd" },
	{ "Hij gaat kuren in Bad Nauheim.", "", "" },
	{ "hij is geestelijk niet in orde", "gezondheid", "geestelijk niet in orde" },
	{ "De gemeente is mentaal niet klaar voor de fusie.", "", "" },
	{ "ze kan niet meer lopen sinds de val", "gezondheid", "kan niet meer lopen" },
	{ "Ik kan niet meer staan achter dit besluit.", "", "" },
	{ "omdat mijn dochter een chronische darmziekte heeft kan ze niet werken",
	  "gezondheid", "chronische darmziekte heeft" },
	{ "Dat hij een ziekte heeft verzonnen is onzin.", "", "" },
	/* gen7 probes: origin nouns completed (Hindoestaan, Indonesiër; Armeniërs, Russen) */
	{ "Mijn vader is een Hindoestaan.", "etniciteit", "Hindoestaan" },
	{ "Wij zijn Armeniërs.", "etniciteit", "Armeniërs" },
	{ "Mijn schoonouders zijn Indonesiërs.", "etniciteit", "Indonesiërs" },
	{ "De sancties tegen de Russen worden verlengd.", "", "" },
	{ "Wij zijn Europeanen en delen waarden.", "", "" },
	/* gen7 probes, second round: an official repeating a citizen's data */
	{ "Meneer Bakker, die lid is van de politiebond, vraagt om een gesprek.",
	  "vakbond", "lid is van de politiebond" },
	{ "mijn moeder heeft 40 jaar contributie betaald aan de bond",
	  "vakbond", "contributie betaald aan de bond" },
	{ "Het is van belang dat de man lid is van de ondernemingsraad.", "", "" },
	{ "De heer is getrouwd met een man.", "seksualiteit", "getrouwd met een man" },
	{ "Mevrouw woont samen met een vrouw.", "seksualiteit", "samen met een vrouw" },
	{ "De heer sprak met een man van de gemeente.", "", "" },
	{ "Hij is in 2020 van geslacht veranderd.", "seksualiteit", "van geslacht veranderd" },
	{ "Zij heeft haar geslacht in haar paspoort laten wijzigen.",
	  "seksualiteit", "geslacht in haar paspoort laten wijzigen" },
	{ "Mensen die van geslacht veranderen wachten lang op zorg.", "", "" },
	{ "De wet maakt het makkelijker om je geslacht te laten wijzigen.", "", "" },
	{ "De uitslag kwam vandaag: ik ben BRCA2-positief.", "genetisch", "BRCA2-positief" },
	{ "BRCA-positieve vrouwen krijgen een preventieve operatie aangeboden.", "", "" },
	{ "ze heeft PDS en moet op dieet", "gezondheid", "heeft PDS" },
	{ "De afdeling heeft PDS-software nodig.", "", "" },
	/* round 9 (tune8): arrests with the police as subject, a record after "en heeft",
	 * a sentence listed on over its commas, detention years in brackets */
	{ "Die jongen van de overkant is ook al eens opgepakt, zegt Anja.",
	  "strafrechtelijk", "is ook al eens opgepakt" },
	{ "De marechaussee heeft vanochtend een jonge vrouw op Schiphol gearresteerd.",
	  "strafrechtelijk", "heeft vanochtend een jonge vrouw op Schiphol gearresteerd" },
	{ "De politie heeft vorig jaar ruim driehonderd demonstranten aangehouden.", "", "" },
	{ "Hij kreeg zes maanden cel, waarvan drie voorwaardelijk, en een gebiedsverbod.",
	  "strafrechtelijk", "drie voorwaardelijk, en een gebiedsverbod" },
	{ "Na zijn detentie (2015-2018) vond hij geen werk.",
	  "strafrechtelijk", "zijn detentie (2015-2018)" },
	{ "Hij praat weinig over zijn jaren in de bajes.", "strafrechtelijk", "zijn jaren in de bajes" },
	{ "De jaren in de gevangenis hebben het gebouw getekend.", "", "" },
	{ "De buurjongen zoekt werk en heeft een strafblad wegens heling.",
	  "strafrechtelijk", "heeft een strafblad wegens heling" },
	{ "Wie een strafblad heeft, krijgt geen VOG.", "", "" },
	/* round 9 (tune8): an examination with the verb last, dental work, to hospital for
	 * one's organ, an injury after "met", a policy for a condition */
	{ "Fijn dat je morgen eindelijk de botscan krijgt.",
	  "gezondheid", "de botscan krijgt" },
	{ "Ik weet niet of het ziekenhuis een MRI-scan heeft.", "", "" },
	{ "Hierbij de rekening voor het trekken van uw verstandskies.",
	  "gezondheid", "trekken van uw verstandskies" },
	{ "Het vervangen van de kroon op de toren kost een ton.", "", "" },
	{ "Hij moet dinsdag naar de poli voor zijn schildklier.",
	  "gezondheid", "naar de poli voor zijn schildklier" },
	{ "Het geld gaat naar het ziekenhuis voor hun hartafdeling.", "", "" },
	{ "Een bezoeker viel en werd met een verbrijzelde enkel afgevoerd.",
	  "gezondheid", "met een verbrijzelde enkel" },
	{ "Hij kwam thuis met een gebroken hart.", "", "" },
	{ "Het kabinet komt met een regeling voor long covid.", "", "" },
	{ "Haar jeugdpsychiater belt morgen terug.", "gezondheid", "jeugdpsychiater" },
	{ "Mijn schoonvader ligt sinds zondag in het Zuyderland.", "gezondheid", "Zuyderland" },
	/* round 9 (tune8): one health fact over a comma or a full stop, an arrest over a full stop */
	{ "Mijn vader kreeg gisteren een pacemaker, de cardioloog is tevreden.",
	  "gezondheid", "pacemaker, de cardioloog is tevreden" },
	{ "Mijn tante is aan haar laatste kuur begonnen. De oncoloog is voorzichtig positief.",
	  "gezondheid", "kuur begonnen. De oncoloog is voorzichtig positief" },
	{ "Die operatie van de politie liep uit de hand. De specialist van de recherche legt het uit.", "", "" },
	{ "Mijn neef is vorige week aangehouden na een vechtpartij. Zit nog vast in Arnhem.",
	  "strafrechtelijk", "aangehouden na een vechtpartij. Zit nog vast" },
	{ "De motie is aangehouden tot volgende week. Zit nu vast in de agenda.", "", "" },
	{ "Ik drink geen alcohol meer, ik ben zwanger van de tweede.",
	  "gezondheid", "Ik drink geen alcohol meer, ik ben zwanger" },
	{ "Ik liet me testen op darmkanker, mijn opa had het ook.",
	  "gezondheid", "darmkanker, mijn opa had het ook" },
	{ "De agent is opgepakt, hij bleek al jaren drugs te verkopen.",
	  "strafrechtelijk", "De agent is opgepakt, hij bleek al jaren drugs te verkopen" },
	{ "Het voorstel is aangehouden, het blijkt te duur.", "", "" },
	{ "Beste Marloes, dank voor uw lidmaatschap van het CDA.", "", "" },
	{ "Ik weet van uw lidmaatschap van de PVV, meneer.", "politiek", "lidmaatschap van de PVV" },
	/* round 9 (tune8): a church service, a task in it, an act of faith pointed back to,
	 * a feast after the full stop */
	{ "Gaan jullie ook naar de kerstdienst?", "religie", "naar de kerstdienst" },
	{ "De pastoor vroeg of mijn dochter weer wil voorlezen.", "religie", "wil voorlezen" },
	{ "Zondag doet mijn moeder de voorbede.", "religie", "doet mijn moeder de voorbede" },
	{ "De Kamer leest het wetsvoorstel in eerste lezing.", "", "" },
	{ "Ik lees vanavond de eerste lezing van het wetsvoorstel.", "", "" },
	{ "We eten geen varkensvlees, dat hoort bij ons geloof.",
	  "religie", "We eten geen varkensvlees, dat hoort bij ons geloof" },
	{ "De winkels gaan zondag open, dat is de keuze van de raad.", "", "" },
	{ "Ik ben morgen niet op kantoor. Het is Divali.", "religie", "Het is Divali" },
	{ "Ik ben morgen niet op kantoor. Het is Koningsdag.", "", "" },
	/* round 9 (tune8): a gene test named by its condition, a template with its number,
	 * one's own face or fingerprint rejected */
	{ "Wij antwoorden dat zijn Marfan-test nooit gevraagd had mogen worden.",
	  "genetisch", "zijn Marfan-test" },
	{ "De Huntington-test wordt niet vergoed.", "", "" },
	{ "Het gezichtsprofiel (kenmerk GP-4471) van de bezoeker is gewist.",
	  "biometrisch", "gezichtsprofiel (kenmerk GP-4471)" },
	{ "Vingerafdruktemplates worden na dertig dagen gewist.", "", "" },
	{ "His face wasn't recognised by the gate at Schiphol.",
	  "biometrisch", "His face wasn't recognised" },
	{ "The system did not match the invoices.", "", "" },
	/* round 9 (tune8): one's own party poster; campaign stock and gear stay out; the
	 * minister addressed in office */
	{ "Zijn PVV-tuinbord staat nog steeds in de voortuin.", "politiek", "PVV-tuinbord" },
	{ "Wie helpt me morgen 400 CDA-posters ophangen?", "", "" },
	{ "Moet ik m'n CDJA-shirt aan?", "", "" },
	{ "Ze willen een reactie van u als minister, niet als VVD'er.", "", "" },
	{ "Kom vertellen hoe je als D66'er overeind blijft in een coalitie.", "", "" },
	/* round 9 (tune8): what one's union says, English union roles with words between */
	{ "Zijn bond, de AOb, vindt dat hij gelijk heeft.", "vakbond", "vindt dat hij gelijk heeft" },
	{ "My grandfather was a proud Unite shop steward.", "vakbond", "Unite shop steward" },
	{ "I am meeting union delegates tomorrow.", "", "" },
	/* round 13 */
	{ "Zaterdag kan ik niet rijden: ik sta bij de actie van de bond in Utrecht, ben toch lid. Erwin neemt het over", "vakbond", "actie van de bond in Utrecht, ben toch lid" },
	{ "Ik kom naar de actie van de bond, ben lid van de Kamer en wil het horen.", "", "" },
	{ "Nr 12 zit trouwens al jaren in het bestuur van CNV Jongeren, mooi voor ons verhaal", "vakbond", "bestuur van CNV Jongeren" },
	{ "Hij zit al jaren in het bestuur van de voetbalvereniging.", "", "" },
	{ "Guess what, I'm a shop steward for Unite now at the depot", "vakbond", "shop steward for Unite" },
	{ "She is a representative for the council in Leeds.", "", "" },
	{ "mijn vader was zijn leven lang NVV-man en wil dan over vroeger praten", "vakbond", "was zijn leven lang NVV-man" },
	{ "Volgende week niet, ik ga mee met de FNV-seniorenreis naar Trier", "vakbond", "ga mee met de FNV-seniorenreis" },
	{ "De FNV-man aan tafel wilde niet tekenen.", "", "" },
	{ "Een mevrouw aan de Holterweg vertelde dat ze al veertig jaar CDA stemt en gaf ons koffie", "politiek", "al veertig jaar CDA stemt" },
	{ "De SP stemt al jaren tegen de begroting.", "", "" },
	{ "m'n schoonmoeder houdt vanaf woensdag weer de vasten", "religie", "houdt vanaf woensdag weer de vasten" },
	{ "De uitvaartdienst is dinsdag in de Sint-Lambertus", "religie", "uitvaartdienst is dinsdag in de Sint-Lambertus" },
	{ "Chanoeka begint, en ik wil bij mijn familie zijn als we de eerste kaars aansteken.", "religie", "Chanoeka begint, en ik wil bij mijn familie zijn als we de eerste kaars aansteken" },
	{ "Het is donker, ik wil dat we de eerste kaars aansteken.", "", "" },
	{ "Ik zing vannacht toch in de kerstnachtdienst, dat had ze gewild", "religie", "Ik zing vannacht toch in de kerstnachtdienst" },
	{ "Het koor zingt in de kerstnachtdienst op tv.", "", "" },
	{ "ik lig in Isala, licht hartinfarct, ze hebben een stent gezet.", "gezondheid", "licht hartinfarct, ze hebben een stent gezet" },
	{ "Ze hebben een nieuwe paal geplaatst bij de ingang.", "", "" },
	{ "Ik word gek thuis, de huisarts heeft me antidepressiva gegeven.", "gezondheid", "huisarts heeft me antidepressiva gegeven" },
	{ "De huisarts mag geen antibiotica meer voorschrijven.", "", "" },
	{ "De e-gate op Schiphol herkende mijn gezicht niet, dus 40 min in de rij.", "biometrisch", "e-gate op Schiphol herkende mijn gezicht" },
	{ "Ze herkende mijn gezicht niet meteen.", "", "" },
	{ "Hij is via een vergelijking van zijn gezicht met camerabeelden bij het station geïdentificeerd.", "biometrisch", "vergelijking van zijn gezicht met camerabeelden" },
	{ "De man die u heeft bedreigd, is gisteren in Apeldoorn aangehouden.", "strafrechtelijk", "is gisteren in Apeldoorn aangehouden" },
	{ "De motie is gisteren in Den Haag aangehouden.", "", "" },
	{ "Bas moet vanaf februari 3 weekenden brommen voor dat gevecht", "strafrechtelijk", "moet vanaf februari 3 weekenden brommen" },
	{ "De motor blijft de hele nacht brommen.", "", "" },
	{ "and Claire's brother is finally out, he served two years for the fraud thing", "strafrechtelijk", "served two years for the fraud" },
	{ "She served two years on the board of the museum.", "", "" },
	{ "ik ga in maart voor het eerst GL-PvdA stemmen hier in de gemeente.", "politiek", "ga in maart voor het eerst GL-PvdA stemmen" },
	{ "De SP gaat in maart tegen de motie stemmen.", "", "" },
	{ "Ik heb factor V Leiden, vastgesteld met een DNA-onderzoek na een trombose.", "genetisch", "heb factor V Leiden, vastgesteld met een DNA-onderzoek" },
	{ "Factor V is een eiwit in het bloed.", "", "" },
	{ "op school betalen we nu in de kantine met onze handpalm, die van mij staat erin sinds vandaag", "biometrisch", "betalen we nu in de kantine met onze handpalm, die van mij staat erin" },
	{ "In de kantine betalen we nu met onze pinpas.", "", "" },
	{ "Hij heeft al twee jaar iets met zijn collega Frank en heeft het me verteld.", "seksualiteit", "heeft al twee jaar iets met zijn collega Frank" },
	{ "Hij heeft al twee jaar iets met zijn collega Sandra en heeft het me verteld.", "", "" },
	/* round red14 (tune11): "nota bene" between a person and a conviction, "die" before
	 * the offence; the sentence itself, told of a case both writers know */
	{ "Ze is nota bene veroordeeld voor die oplichting, en nu staat ze op de lijst.", "strafrechtelijk", "veroordeeld voor die oplichting" },
	{ "Hij is nota bene opgepakt voor die inbraak bij de buren.", "strafrechtelijk", "opgepakt voor die inbraak" },
	{ "Ik heb nota bene de nota over fraude zelf geschreven.", "", "" },
	{ "Nee hoor, het was een voorwaardelijke celstraf, geen dag binnen gezeten.", "strafrechtelijk", "het was een voorwaardelijke celstraf" },
	{ "Dat werd uiteindelijk een taakstraf van 60 uur.", "strafrechtelijk", "Dat werd uiteindelijk een taakstraf" },
	{ "Het was een straf om die vergadering uit te zitten.", "", "" },
	{ "Voor winkeldiefstal is een geldboete gebruikelijk.", "", "" },
	/* round red14 (tune11): one person's vote moved or given to a party */
	{ "Mijn schoonvader heeft zijn stem dit keer gegeven aan de SGP.", "politiek", "zijn stem dit keer gegeven aan de SGP" },
	{ "Mijn moeder heeft haar stem verlegd naar JA21.", "politiek", "haar stem verlegd naar JA21" },
	{ "Veel boeren hebben hun stem verlegd naar BBB.", "", "" },
	{ "De fractie geeft haar steun aan het amendement van de SP.", "", "" },
	/* round red14 (tune11): a Seventh-day Adventist and a Yazidi after "als"; a part
	 * in a Whitsun or Easter "viering", also asked of the reader; church-going again,
	 * said short after the church; a faith someone only assumed */
	{ "Een collega vertelde dat ze als zevendedagsadventiste op zaterdag niet werkt.", "religie", "als zevendedagsadventiste" },
	{ "Hij sprak als Yezidi over de vervolging van zijn familie.", "religie", "als Yezidi" },
	{ "De Jezidi's in Noord-Irak herdenken de genocide.", "", "" },
	{ "Jij speelt toch ook mee in de paasviering?", "religie", "Jij speelt toch ook mee in de paasviering" },
	{ "Jij zingt toch ook mee op de kerstviering van de afdeling?", "", "" },
	{ "Ga je mee naar de mis in de Sint-Jan? Mijn moeder gaat tegenwoordig elke week.", "religie", "Mijn moeder gaat tegenwoordig elke week" },
	{ "Was het druk bij de kerk? Ik ga morgen weer naar kantoor.", "", "" },
	{ "De kerk in Hollum is net gerestaureerd. Ik ga volgende week weer.", "", "" },
	{ "Bij het UWV dachten ze dat ik moslim ben, maar ik ben gewoon nergens in.", "", "" },
	{ "De buurvrouw dacht dat ik hindoe ben, vanwege mijn naam.", "", "" },
	/* round red14 (tune11): FNV and CNV in lower case, as citizens write them */
	{ "mijn vader zit al jaren bij de fnv", "vakbond", "zit al jaren bij de fnv" },
	{ "de fnv wil een hogere premie voor de ww", "", "" },
	/* round red14 (tune11): a carrier with a relative who shares it; someone's carrier
	 * status as a noun */
	{ "Zij is draagster van de mutatie voor cystische fibrose, net als haar zus.", "genetisch", "net als haar zus" },
	{ "Mijn broer is drager van het gen voor Huntington, zoals mijn moeder.", "genetisch", "zoals mijn moeder" },
	{ "Hij is voorzitter van de werkgroep, net als mijn collega.", "", "" },
	{ "Zijn dragerschap wordt in de brief niet genoemd.", "genetisch", "Zijn dragerschap" },
	{ "Het dragerschap wordt niet vergoed uit het basispakket.", "", "" },
	/* round red14 (tune11): a template with its year before the number; a photo taken
	 * for the face comparison at a gate; a camera that recognised a known person */
	{ "Zijn vingerafdruk uit 2019 (nr. 4471-B) wordt gewist.", "biometrisch", "Zijn vingerafdruk uit 2019 (nr. 4471-B) wordt gewist" },
	{ "Morgen maken we een foto van u voor de gezichtsherkenning bij de toegangspoort.", "biometrisch", "foto van u voor de gezichtsherkenning bij de toegangspoort" },
	{ "De gezichtsherkenning bij de poortjes wordt volgend jaar vervangen.", "", "" },
	{ "De bewakingscamera herkende gisteren meteen de buurjongen bij het hek.", "biometrisch", "herkende gisteren meteen de buurjongen" },
	{ "De camera herkende het kenteken van de bestelbus.", "", "" },
	{ "Mijn moeder herkende de buurman meteen.", "", "" },
	/* round red14 (tune11): COPD in lower case; a finding on someone's organ; the
	 * surgeon's word with the finding after the comma; a finding and its planned
	 * treatment over the comma; poor sleep; a bad night before the condition, in English */
	{ "Mijn moeder heeft copd en is snel buiten adem.", "gezondheid", "copd" },
	{ "Het aantal mensen met COPD stijgt.", "", "" },
	{ "Het gaat om een schaduw op zijn linker long.", "gezondheid", "schaduw op zijn linker long" },
	{ "Die affaire is een vlek op zijn blazoen.", "", "" },
	{ "Chirurg zegt alles is goed gegaan, de tumor is helemaal weggehaald.", "gezondheid", "Chirurg zegt alles is goed gegaan, de tumor is helemaal weggehaald" },
	{ "De wethouder zegt dat alles goed is verlopen, de markt was druk.", "", "" },
	{ "Er zit een abces onder de kies, daarvoor krijgt hij een antibioticakuur.", "gezondheid", "abces onder de kies, daarvoor krijgt hij een antibioticakuur" },
	{ "Er is nog een plek in de agenda, daarvoor is een afspraak gepland.", "", "" },
	{ "Mijn zoon slaapt sinds de verhuizing nauwelijks en is vaak angstig.", "gezondheid", "Mijn zoon slaapt sinds de verhuizing nauwelijks" },
	{ "Ik slaap slecht van die begroting, eerlijk gezegd.", "", "" },
	{ "Had a bad night, my back is playing up again, so I'm working from home.", "gezondheid", "Had a bad night, my back is playing up again" },
	{ "Had a rough night at the count, but we won the seat.", "", "" },
	/* round red15 (tune12): a scanner or scan that did or did not recognise a person, in
	 * any word order, with the score in brackets; a barcode, a group and an instruction
	 * stay out */
	{ "Sinds gisteren herkent de gezichtsscanner bij de poort mij niet meer.", "biometrisch", "herkent de gezichtsscanner bij de poort mij niet meer" },
	{ "De irisscanner herkende hem pas bij de derde poging (score 0,81).", "biometrisch", "herkende hem pas bij de derde poging (score 0,81)" },
	{ "Ik klaagde omdat de camera mijn gezicht niet herkende.", "biometrisch", "de camera mijn gezicht niet herkende" },
	{ "De scanner herkent de barcode op de pas niet.", "", "" },
	{ "Als de scanner u niet herkent, meldt u zich bij de receptie.", "", "" },
	{ "Gezichtsherkenning herkent mensen met een donkere huid slechter, blijkt uit het rapport.", "", "" },
	/* round red15 (tune12): a fingerprint record with its reference in brackets */
	{ "Bij de aanvraag zijn haar vingerafdrukken opgeslagen in het systeem (dossier AV-2231).", "biometrisch", "opgeslagen in het systeem (dossier AV-2231)" },
	{ "De Wet biometrie (2026) regelt het gebruik van vingerafdrukken.", "", "" },
	/* round red15 (tune12): feasts of every religion, a time word before the feast, rites
	 * for the dead, one's own doings during a fast; calendar and service talk stay out */
	{ "We vieren volgende week Purim bij mijn zus.", "religie", "We vieren volgende week Purim" },
	{ "Mijn schoonouders houden dit jaar Raksha Bandhan bij ons.", "religie", "houden dit jaar Raksha Bandhan" },
	{ "Ze gaat elk jaar naar de zeswekendienst van haar opa.", "religie", "zeswekendienst van haar opa" },
	{ "Ik eet tijdens Pesach geen brood.", "religie", "Ik eet tijdens Pesach geen brood" },
	{ "Vorig jaar droeg hij tijdens de vastenmaand een witte djellaba.", "religie", "droeg hij tijdens de vastenmaand" },
	{ "We houden tijdens de ramadan rekening met de openingstijden.", "", "" },
	{ "Wij sluiten tijdens het Suikerfeest de balie.", "", "" },
	{ "Het Requiem van Mozart werd prachtig uitgevoerd.", "", "" },
	{ "Tijdens de ramadan zijn de winkels langer open.", "", "" },
	{ "Soekot valt dit jaar in oktober.", "", "" },
	/* round red15 (tune12): a worker named by job and origin; a group pointed at and
	 * blamed for a nuisance; policy about a group stays out */
	{ "Een Poolse orderpicker viel gisteren van de stelling.", "etniciteit", "Poolse orderpicker" },
	{ "Al die Polen parkeren op de stoep, ik word er gek van.", "etniciteit", "Al die Polen parkeren op de stoep" },
	{ "Er is overlast van arbeidsmigranten uit Bulgarije in Venlo.", "", "" },
	{ "De huisvesting van Polen in de regio is slecht, zegt de burgemeester.", "", "" },
	{ "De Roemeense plukkers krijgen te weinig betaald, blijkt uit het rapport.", "", "" },
	/* round red15 (tune12): an organ's trouble by its compound, seizures with time words
	 * between, an allergy told by what is left out, a scan by its weeks, any lab value,
	 * an absence for a treatment; topic, war and budget talk stay out */
	{ "Zijn nierproblemen zijn erger geworden.", "gezondheid", "nierproblemen" },
	{ "Bij oma is het hartklepprobleem terug.", "gezondheid", "hartklepprobleem" },
	{ "Nierproblemen bij kinderen nemen toe, zegt het RIVM.", "", "" },
	{ "De Kamerbrief over rugklachten is verstuurd.", "", "" },
	{ "Mijn dochter kreeg vannacht twee toevallen.", "gezondheid", "kreeg vannacht twee toevallen" },
	{ "Sem is moe en heeft deze week weer vaker aanvallen.", "gezondheid", "heeft deze week weer vaker aanvallen" },
	{ "Wilders heeft weer aanvallen op de minister gedaan.", "", "" },
	{ "Hamas heeft weer aanvallen uitgevoerd.", "", "" },
	{ "Geen noten in de taart hoor, Jesse is er allergisch voor.", "gezondheid", "Geen noten in de taart hoor, Jesse is er allergisch voor" },
	{ "We nemen brood zonder pinda, want dat is goedkoper.", "", "" },
	{ "Vanmorgen de 20-wekenecho gehad, alles ziet er goed uit.", "gezondheid", "20-wekenecho" },
	{ "De echo van zijn woorden klonk nog lang na.", "", "" },
	{ "Je vitamine D is weer normaal, schrijft de huisarts.", "gezondheid", "Je vitamine D is weer normaal" },
	{ "Uw TSH (5,9) is licht verhoogd.", "gezondheid", "Uw TSH (5,9) is licht verhoogd" },
	{ "Uw WOZ-waarde is verhoogd met 8 procent.", "", "" },
	{ "Ze is uit de roulatie vanwege een operatie aan haar heup.", "gezondheid", "uit de roulatie vanwege een operatie aan haar heup" },
	{ "De minister is afwezig vanwege de behandeling van de begroting.", "", "" },
	/* round red15 (tune12): marching with the union, said by oneself, with the
	 * membership over the comma; a union role opening a sentence about someone */
	{ "Ik ben later, ik loop mee met de AOb, ben al jaren lid.", "vakbond", "ik loop mee met de AOb, ben al jaren lid" },
	{ "Wij staken donderdag mee met de FNV.", "vakbond", "Wij staken donderdag mee met de FNV" },
	{ "De leraren lopen mee met de AOb.", "", "" },
	{ "Kandidaat drie woont in Assen. Kaderlid bij de FNV, goed in debat.", "vakbond", "Kaderlid bij de FNV" },
	{ "Voorzitter van de FNV Tuur Elzinga zei dat het genoeg is.", "", "" },
	/* round red15 (tune12): a party whose name is an everyday word, in lower case after
	 * one's own vote; a word in a sentence stays out */
	{ "mijn vader stemt gewoon sp hoor", "politiek", "mijn vader stemt gewoon sp" },
	{ "we stemmen op de cu, dat weet je toch", "politiek", "we stemmen op de cu" },
	{ "ik stem denk ik voor het voorstel.", "", "" },
	{ "Ik stem volt tegen dat plan.", "", "" },
	/* round red15 (tune12): a person sent to or taking part in a programme for people
	 * with a criminal past; the programme as policy stays out */
	{ "Mijn broer zit sinds maart in een traject voor veelplegers.", "strafrechtelijk", "Mijn broer zit sinds maart in een traject voor veelplegers" },
	{ "Kun je haar aanmelden bij de werkplaats voor ex-gevangenen in Zwolle?", "strafrechtelijk", "haar aanmelden bij de werkplaats voor ex-gevangenen" },
	{ "Het re-integratieprogramma voor ex-gedetineerden wordt uitgebreid.", "", "" },
	{ "De gemeente biedt een traject voor veelplegers aan.", "", "" },
	/* round red15 (tune12): who else has it after a gene test; a covid test stays out */
	{ "Het is een erfelijke vorm. Mijn zus is ook getest: zij heeft het niet.", "genetisch", "zij heeft het niet" },
	{ "We zijn allemaal getest, Sem heeft het ook, dus hij blijft thuis.", "", "" },
	/* round red15 (tune12): a spouse of the sex the salutation gives; the form's neutral
	 * "echtgenoot of partner" and a letter to both stay out */
	{ "Geachte heer Visser,\n\nUw aanvraag is ontvangen. De toeslag voor u en uw echtgenoot wordt herberekend.", "seksualiteit", "u en uw echtgenoot" },
	{ "Geachte mevrouw Yilmaz,\n\nDank voor uw brief. U en uw echtgenote kunnen samen tekenen.", "seksualiteit", "U en uw echtgenote" },
	{ "Geachte heer Jansen,\n\nU en uw echtgenoot of geregistreerd partner moeten beiden tekenen.", "", "" },
	{ "Geachte heer Jansen,\n\nDe toeslag van u en uw vrouw is herberekend.", "", "" },
	{ "Geachte heer en mevrouw Smit,\n\nU en uw echtgenoot ontvangen de brief apart.", "", "" },
	/* round red15: aids and medicines with their diminutives and plurals, a diminutive's
	 * "het" and a neuter adjective; the aids as a budget item stay out */
	{ "Ze loopt al met het rollatortje door de gang.", "gezondheid", "loopt al met het rollatortje" },
	{ "Opa heeft een nieuw gehoorapparaatje.", "gezondheid", "heeft een nieuw gehoorapparaatje" },
	{ "Onze zoon heeft een hoortoestelletje.", "gezondheid", "hoortoestelletje" },
	{ "Zijn insulinepennetje lag nog in de auto.", "gezondheid", "Zijn insulinepennetje" },
	{ "Ze slikt elke avond haar slaappilletjes.", "gezondheid", "slaappilletjes" },
	{ "Waar is mijn puffertje?", "gezondheid", "mijn puffertje" },
	{ "De gemeente betaalt rolstoelen voor mensen met een beperking.", "", "" },
	{ "De puf is eruit, zei de minister over het kabinet.", "", "" },
	/* round red15: a practice in English in the progressive and a child's rite; going
	 * to confession, eating by the dietary laws, a rite for a newborn; falling from
	 * one's faith is no fall; a hearing, a date and a shop stay out */
	{ "We are fasting for Ramadan this month.", "religie", "We are fasting for Ramadan" },
	{ "Our son had his Bar Mitzvah last week.", "religie", "his Bar Mitzvah" },
	{ "His confirmation hearing is on Tuesday.", "", "" },
	{ "Ramadan starts on Monday, so the office closes early.", "", "" },
	{ "Mijn oma gaat elke week biechten.", "religie", "gaat elke week biechten" },
	{ "Mijn schoonmoeder houdt zich streng aan de vastentijd.", "religie", "houdt zich streng aan de vastentijd" },
	{ "De kinderen krijgen de akika zaterdag.", "religie", "akika" },
	{ "De halal slager in de Kanaalstraat is dicht.", "", "" },
	{ "Ik ben van mijn geloof gevallen.", "religie", "van mijn geloof gevallen" },
	/* round red15: a lab value by its figure; a WOZ value stays out */
	{ "Je ferritine is 8, dus je moet ijzer slikken.", "gezondheid", "Je ferritine is 8" },
	{ "Mijn suiker was vanochtend 14,2.", "gezondheid", "Mijn suiker was vanochtend 14,2" },
	{ "Uw WOZ-waarde is 350000 euro.", "", "" },
	/* round red15: reporting to probation, a youth record; the IND and the topic stay out */
	{ "Zij moet zich elke week melden bij de reclassering.", "strafrechtelijk", "moet zich elke week melden bij de reclassering" },
	{ "Mijn zoon heeft een jeugdstrafblad.", "strafrechtelijk", "jeugdstrafblad" },
	{ "Jeugdstrafbladen worden na vijf jaar gewist.", "", "" },
	{ "Hij moet zich melden bij de IND.", "", "" },
	/* round red15: "-Nederlands" after every origin the rules know; a treaty stays out */
	{ "Mijn buurvrouw is Litouws-Nederlands.", "etniciteit", "is Litouws-Nederlands" },
	{ "Hij is Nederlands-Pools.", "etniciteit", "is Nederlands-Pools" },
	{ "Het verdrag is Tsjechisch-Nederlands.", "", "" },
	/* round red15: a partner named, of the possessor's sex, at a sentence start and in
	 * English; a partner of the other sex stays out */
	{ "Zijn partner Mark komt ook.", "seksualiteit", "Zijn partner Mark" },
	{ "His husband, Tom, will join us.", "seksualiteit", "His husband, Tom" },
	{ "Zijn vrouw Anna komt ook.", "", "" },
	{ "His partner Anna is a doctor.", "", "" },
	/* round red15: a group by origin where the writer lives; a death after an illness in
	 * English; the Polish in the country and a bill stay out */
	{ "De Polen van hiernaast hebben weer een feest.", "etniciteit", "De Polen van hiernaast" },
	{ "De Polen in Nederland werken vaak via een uitzendbureau.", "", "" },
	{ "My father passed away after a long illness.", "gezondheid", "passed away after a long illness" },
	{ "The bill died after a long debate.", "", "" },
	/* round red15: found or refused by biometric means; police policy and passes stay out */
	{ "Hij is via gezichtsherkenning opgepakt.", "biometrisch", "via gezichtsherkenning opgepakt" },
	{ "De poortjes op het werk weigeren mijn pas en mijn gezicht sinds de update.", "biometrisch", "weigeren mijn pas en mijn gezicht" },
	{ "De politie mag via gezichtsherkenning geen verdachten opsporen.", "", "" },
	{ "De poortjes weigeren de oude passen.", "", "" },
	/* round red15: a gene found or not in a person with "blijken ... te hebben"; a virus
	 * and a talent stay out */
	{ "Mijn zus blijkt de mutatie niet te hebben.", "genetisch", "blijkt de mutatie niet te hebben" },
	{ "De mutatie van het virus blijkt niet gevaarlijk.", "", "" },
	{ "Hij blijkt een afwijking te hebben van de norm.", "", "" },
	/* round red15: every feast as the time of one's own doings or of going to one's
	 * house of prayer; a working visit stays out */
	{ "Tijdens Rosh Hashanah eet ik bij mijn ouders.", "religie", "Tijdens Rosh Hashanah eet ik" },
	{ "We gaan met Mawlid naar de moskee.", "religie", "We gaan met Mawlid naar de moskee" },
	{ "Tijdens de ramadan gaan we naar de moskee voor een werkbezoek.", "", "" },
	{ "Met Kerst zijn we bij mijn ouders.", "", "" },
	/* round red15: a child's delay in development; a language delay and a count stay out */
	{ "Uw zoon heeft een ontwikkelingsachterstand, schrijft de school.", "gezondheid", "ontwikkelingsachterstand" },
	{ "Kinderen met een taalachterstand krijgen extra les.", "", "" },
	{ "Het aantal kinderen met een ontwikkelingsachterstand stijgt.", "", "" },
	/* round red15: hereditary data in family wordings and a visit to clinical genetics;
	 * a trait, an inheritance, science and a waiting list stay out */
	{ "Het zit in de familie: mijn vader, mijn opa en nu ik.", "genetisch", "Het zit in de familie: mijn vader, mijn opa en nu ik" },
	{ "Ik heb het van mijn moeder geërfd.", "genetisch", "Ik heb het van mijn moeder geërfd" },
	{ "Ze heeft dezelfde genfout als haar broer.", "genetisch", "dezelfde genfout" },
	{ "Het gen is ook bij mijn dochter gevonden.", "genetisch", "Het gen is ook bij mijn dochter gevonden" },
	{ "We hebben een afspraak bij klinische genetica in het UMC.", "genetisch", "afspraak bij klinische genetica" },
	{ "De erfelijkheidsarts wil de hele familie testen.", "genetisch", "erfelijkheidsarts wil de hele familie testen" },
	{ "De muzikaliteit zit in de familie.", "", "" },
	{ "Ik heb de boerderij van mijn vader geërfd.", "", "" },
	{ "De wachtlijst bij klinische genetica is lang.", "", "" },
	/* round red15: a union task "voor" the union; the minister as its contact stays out */
	{ "Ze doet vrijwilligerswerk voor de AOb.", "vakbond", "doet vrijwilligerswerk voor de AOb" },
	{ "De minister is contactpersoon voor de FNV in het overleg.", "", "" },
	/* round red15: a mental trouble by its compound after a possessive; unfit for work by
	 * a share; a topic and a rejected bill stay out */
	{ "Mijn zoon krijgt jeugdhulp vanwege zijn gedragsproblemen.", "gezondheid", "zijn gedragsproblemen" },
	{ "Gedragsproblemen in de klas nemen toe.", "", "" },
	{ "Ik ben 80 procent afgekeurd.", "gezondheid", "Ik ben 80 procent afgekeurd" },
	{ "Het voorstel is volledig afgekeurd door de Kamer.", "", "" },
	/* round red15: a biometric record or match with its id or score in brackets; a law,
	 * a document and a table row in brackets stay out */
	{ "Uw gezicht werd gematcht met de foto in het dossier (score 0,91).", "biometrisch", "gematcht met de foto in het dossier (score 0,91)" },
	{ "Mijn stemprofiel (id VP-1177) staat bij de bank.", "biometrisch", "Mijn stemprofiel (id VP-1177)" },
	{ "De biometrische gegevens (art. 9 AVG) zijn bijzondere persoonsgegevens.", "", "" },
	{ "Het aantal opgeslagen templates (nr. 4 in de tabel) daalt.", "", "" },
	/* round red16 (tune13): a fast kept while the feast is named as the present time; how
	 * one feels during a feast; the calendar alone stays out */
	{ "Neem maar geen koekjes mee, het is nu ramadan en wij vasten.", "religie", "het is nu ramadan en wij vasten" },
	{ "Het is weer Jom Kipoer, ik vast tot vanavond.", "religie", "Het is weer Jom Kipoer, ik vast" },
	{ "Tijdens de vastenmaand voel ik me 's middags slap.", "religie", "Tijdens de vastenmaand voel ik" },
	{ "Het is nog ramadan tot eind maart, dan gaan de markten weer later open.", "", "" },
	{ "Tijdens de ramadan voelt de stad anders, zegt de burgemeester.", "", "" },
	/* round red16 (tune13): a named person's origin said with "is", after a comma or not;
	 * food, goods and languages stay out */
	{ "Onze nieuwe collega, meneer Haile, is Ethiopiër en spreekt vier talen.", "etniciteit", "is Ethiopiër" },
	{ "Samira is Algerijns van huis uit.", "etniciteit", "Samira is Algerijns" },
	{ "Mijn schoonzus is half Libanees.", "etniciteit", "is half Libanees" },
	{ "Het eten daar is Syrisch en erg lekker.", "", "" },
	{ "Zijn moedertaal is Arabisch, zegt de tolk.", "", "" },
	{ "Dat tapijt is Turks, kocht ik in Izmir.", "", "" },
	/* round red16 (tune13): a seat in a union body with "zit in"; a debate panel stays out */
	{ "Mijn moeder zat jaren in de ledenraad van het CNV.", "vakbond", "Mijn moeder zat jaren in de ledenraad van het CNV" },
	{ "Hij zit sinds januari in het onderhandelingsteam van de FNV.", "vakbond", "in het onderhandelingsteam van de FNV" },
	{ "De minister zit donderdag in het panel bij de FNV.", "", "" },
	{ "Het bestuur van de FNV vergadert morgen.", "", "" },
	/* round red16 (tune13): a vote for the one written to or for a list number; a call to
	 * vote and a count stay out */
	{ "Mijn buurvrouw stemt dit keer op jou, zegt ze.", "politiek", "Mijn buurvrouw stemt dit keer op jou" },
	{ "Ik stem straks gewoon op nummer 7.", "politiek", "Ik stem straks gewoon op nummer 7" },
	{ "Stem op nummer 3!", "", "" },
	{ "Hoeveel mensen stemmen op je, denk je?", "", "" },
	/* round red16 (tune13): a person held at the police station; the desk and the office
	 * stay out */
	{ "Mijn neef zit sinds gisteren op het politiebureau in Tilburg.", "strafrechtelijk", "Mijn neef zit sinds gisteren op het politiebureau in Tilburg" },
	{ "Ze zat de hele nacht in een politiecel.", "strafrechtelijk", "Ze zat de hele nacht in een politiecel" },
	{ "Ik zit op het bureau van de secretaris-generaal te wachten.", "", "" },
	{ "De stukken liggen op het bureau van de minister.", "", "" },
	/* round red16 (tune13): burnt out after "thuis,"; one person named by a condition; a
	 * fall with the injury after a comma; groups, examples and a fallen cabinet stay out */
	{ "Mijn zwager is thuis, overspannen, al sinds de zomer.", "gezondheid", "is thuis, overspannen" },
	{ "Die vrouw met dementie van nummer 8 liep weer op straat.", "gezondheid", "vrouw met dementie" },
	{ "Haar zoon met ADHD kan niet stilzitten.", "gezondheid", "Haar zoon met ADHD" },
	{ "Kinderen met autisme krijgen te laat hulp.", "", "" },
	{ "Een leerling met dyslexie heeft recht op extra tijd.", "", "" },
	{ "Mijn vader is van de trap gevallen: gebroken heup.", "gezondheid", "Mijn vader is van de trap gevallen: gebroken heup" },
	{ "Sanne is gisteren uitgegleden, gekneusde pols.", "gezondheid", "Sanne is gisteren uitgegleden, gekneusde pols" },
	{ "Het kabinet is gevallen, een breuk in de coalitie.", "", "" },
	{ "De koers is gevallen; de vertrouwensbreuk is groot.", "", "" },
	/* round red16 (tune13): a device that does not recognise a finger or thumb; a person
	 * who does not know a face stays out */
	{ "Het poortje herkent mijn duim vaak niet.", "biometrisch", "herkent mijn duim vaak niet" },
	{ "Oma herkent mijn gezicht niet meer.", "", "" },
	/* round red16 (tune13): a question asked of people in general and a face scan name no
	 * one's condition; a question about one person and a scan of a head stay found */
	{ "De keuringsarts vroeg of er suikerziekte in de familie voorkomt.", "", "" },
	{ "Het bureau vraagt sollicitanten of ze ooit depressief zijn geweest.", "", "" },
	{ "De huisarts vroeg of mijn vader nog pijn had na zijn heupoperatie.", "gezondheid", "heupoperatie" },
	{ "Voortaan maken ze bij de ingang een scan van je gezicht.", "biometrisch", "een scan van je gezicht" },
	{ "Mijn zoon krijgt morgen een scan van zijn hoofd.", "gezondheid", "scan van zijn hoofd" },
	/* round red16 (tune13): an organisation's check against what it holds, or its plan at
	 * anyone's next visit; taking one's prints for a pass stays found */
	{ "Aan de balie vergelijken wij uw gezicht met de foto in het systeem.", "", "" },
	{ "Bij je eerste training scannen we je vingerafdruk voor de deur.", "", "" },
	{ "Voor uw nieuwe pas nemen wij uw vingerafdrukken af.", "biometrisch", "uw vingerafdrukken" },
	/* round red16 (tune13): an interviewer's question about the addressee's faith asks and
	 * does not tell; the answer stays found */
	{ "Welke rol speelt je geloof in je politieke keuzes?", "", "" },
	{ "Mijn geloof betekent heel veel voor mij, ook in mijn werk.", "religie", "Mijn geloof" },
	/* round red16 (tune13): living on a medicine from {MEDS}; a heart out of rhythm and a
	 * person on the monitor or a drip; coffee, markets and a screen stay out */
	{ "Mijn broer zit al maanden aan de oxazepam.", "gezondheid", "Mijn broer zit al maanden aan de oxazepam" },
	{ "Ik zit weer aan de koffie, veel te veel.", "", "" },
	{ "Zijn hartslag sloeg op hol, hij ligt aan de hartbewaking.", "gezondheid", "Zijn hartslag sloeg op hol" },
	{ "Opa ligt sinds vanmorgen aan het infuus.", "gezondheid", "ligt sinds vanmorgen aan het infuus" },
	{ "De huizenmarkt slaat op hol, zegt de bank.", "", "" },
	{ "Ik zit de hele dag aan de monitor voor de uitslagen.", "", "" },
};

/* Does a span of category cat cover the text at in s? */
static int
covered(const json_t *reds, const char *s, const char *cat, const char *at)
{
	const json_t *r;
	const char *p = strstr(s, at);
	size_t i, start, end;

	json_array_foreach(reds, i, r) {
		start = (size_t)json_integer_value(json_object_get(r, "start"));
		end = (size_t)json_integer_value(json_object_get(r, "end"));
		if (p && !strcmp(json_string_value(json_object_get(r, "category")), cat) &&
		    start <= (size_t)(p - s) && end >= (size_t)(p - s) + strlen(at))
			return 1;
	}
	return 0;
}

/* rules that look only in messages of a class (when=) or from a sender
 * (sender=): there, and not elsewhere */
static const struct {
	struct said said;
	const char *cls;	/* the class ihh-classify gave the message, or NULL */
	const char *from;	/* the sender's name, or NULL */
} in_class[] = {
	/* a spouse of the sender's own sex, read from the sender's first name */
	{ { "Mijn vrouw en ik komen zaterdag graag.", "seksualiteit", "Mijn vrouw" }, NULL,
	  "Mieke Janssen" },
	{ { "Mijn vrouw en ik komen zaterdag graag.", "", "" }, NULL, "Pieter Janssen" },
	/* ... from names of many origins, and from the kin word a contact is saved under */
	{ { "Mijn vrouw en ik komen zaterdag graag.", "seksualiteit", "Mijn vrouw" }, NULL, "Zeynep" },
	{ { "Mijn vrouw en ik komen zaterdag graag.", "", "" }, NULL, "Mustafa" },
	{ { "Mijn vrouw en ik komen zaterdag graag.", "seksualiteit", "Mijn vrouw" }, NULL, "Zus Ellen" },
	{ { "Mijn vrouw en ik komen zaterdag graag.", "", "" }, NULL, "Broer Kees" },
	{ { "Mijn man en ik komen zaterdag graag.", "seksualiteit", "Mijn man" }, NULL, "Oom Sietse" },
	{ { "Mijn man en ik komen zaterdag graag.", "", "" }, NULL, "Tante Riet" },
	{ { "Ik ben verliefd op Linde, mam.", "seksualiteit", "verliefd op Linde" }, NULL, "Tessa de Vries" },
	{ { "Ik ben verliefd op Linde, mam.", "", "" }, NULL, "Lukas de Vries" },
	/* in love with a woman, and she with me; with her (round 11) */
	{ { "ik ben verliefd op Lotte, van hockey. en zij ook op mij!", "seksualiteit", "zij ook op mij" }, NULL, "Eva de Boer" },
	{ { "Ik denk dat ik verliefd ben geworden op Lieke en hij is ook gek op mij", "", "" }, NULL, "Eva de Boer" },
	{ { "Ik ben echt verliefd op haar, mam.", "seksualiteit", "verliefd op haar" }, NULL, "Femke Smit" },
	{ { "Ik ben verliefd op haar nieuwe huis.", "", "" }, NULL, "Femke Smit" },
	{ { "Ik ben verliefd op haar, mam.", "", "" }, NULL, "Pieter Smit" },
	{ { "Mijn broer was verliefd op haar, vroeger.", "", "" }, NULL, "Femke Smit" },
	{ { "Ik werd verliefd op een meisje uit mijn klas.", "seksualiteit", "verliefd op een meisje" }, NULL, "Femke Smit" },
	{ { "Ik ben smoorverliefd geworden op hem en hij op mij.", "", "" }, NULL, "Femke Smit" },
	{ { "Ik was verliefd op hem, hij woont in Gent.", "seksualiteit", "verliefd op hem" }, NULL, "Pieter Smit" },
	{ { "Ik raakte verliefd op een jongen van de zeilclub.", "seksualiteit", "verliefd op een jongen" }, NULL, "Pieter Smit" },
	{ { "Ik ben verliefd op Bram. En hij op mij!", "seksualiteit", "hij op mij" }, NULL, "Pieter Smit" },
	{ { "Bloeddruk weer te hoog, dus terug naar de huisarts.", "gezondheid",
	    "Bloeddruk weer te hoog" }, "prive", NULL },
	{ { "Bloeddruk weer te hoog, dus terug naar de huisarts.", "", "" }, "zakelijk", NULL },
	{ { "Hij heeft weer alles vergokt, ik weet het niet meer.", "gezondheid", "vergokt" }, "prive",
	  NULL },
	{ { "Rug op slot vandaag, ik lig plat.", "gezondheid", "Rug op slot" }, "prive", NULL },
	/* round 7 (tune6): parishioners in a private message; a union named, then "lid" in a
	 * party message; a partner of the sender's own sex, read from the sender's first name */
	{ { "Namens de parochie nodigen wij alle parochianen uit voor de kerstviering.", "religie", "parochianen" }, "prive",
	  NULL },
	{ { "Namens de parochie nodigen wij alle parochianen uit voor de kerstviering.", "", "" }, "zakelijk",
	  NULL },
	{ { "Mijn oude FNV-jas hangt nog in de kast. Ik ben al 30 jaar lid en trots.", "vakbond", "30 jaar lid" }, "partijpolitiek",
	  NULL },
	{ { "Ik heb een vriendin. Ze woont in Zwolle.", "seksualiteit", "vriendin" }, NULL,
	  "Femke de Wit" },
	{ { "Ik heb een vriendin. Ze woont in Zwolle.", "", "" }, NULL,
	  "Pieter Jansen" },
	{ { "Ik heb een vriendin die in Utrecht woont.", "", "" }, NULL,
	  "Femke de Wit" },
	{ { "Mijn vriend Joris en ik gaan in mei samenwonen!", "seksualiteit", "vriend Joris en ik" }, NULL,
	  "Bram Visser" },
	{ { "Mijn vriend Joris en ik gaan in mei samenwonen!", "", "" }, NULL,
	  "Anouk Visser" },
	/* round 9 (tune8): a partner of the sender's own sex in more wordings */
	{ { "Ik neem mijn lief mee, hij heet Daan.", "seksualiteit", "mijn lief mee, hij heet Daan" }, NULL,
	  "Bram Visser" },
	{ { "Ik neem mijn lief mee, hij heet Daan.", "", "" }, NULL, "Anouk Visser" },
	{ { "Na al die jaren ben ik verliefd op een vrouw!", "seksualiteit", "verliefd op een vrouw" }, NULL,
	  "Sanne Smit" },
	{ { "Na al die jaren ben ik verliefd op een vrouw!", "", "" }, NULL, "Pieter Smit" },
	{ { "Mijn vriendin Eva en ik verhuizen in juni naar Gouda.", "seksualiteit", "Mijn vriendin Eva en ik verhuizen" },
	  NULL, "Fenna de Boer" },
	{ { "Mijn man en ik komen graag.", "seksualiteit", "Mijn man" }, NULL, "Milan de Boer" },
	/* round 9 (tune8): a child psychiatrist named in a private message */
	{ { "We bespreken het met de kinderpsychiater.", "gezondheid", "kinderpsychiater" }, "prive", NULL },
	{ { "We bespreken het met de kinderpsychiater.", "", "" }, "zakelijk", NULL },
	/* round 10 (tune9): faces matched or searched, mixed-case genes, carriers said bare */
	{ { "De bewakingscamera had zijn gezicht gematcht met een foto uit het register.", "biometrisch", "gezicht gematcht" }, NULL, NULL },
	{ { "Haar gezichtsmatch is inmiddels uit het systeem gehaald.", "biometrisch", "gezichtsmatch" }, NULL, NULL },
	{ { "Een gezichtsmatch alleen is nooit genoeg bewijs.", "", "" }, NULL, NULL },
	{ { "Een journalist ontdekte dat mijn zoon via PimEyes terug te vinden is.", "biometrisch", "via PimEyes" }, NULL, NULL },
	{ { "Die site koppelt een foto van zijn gezicht aan zijn LinkedIn.", "biometrisch", "foto van zijn gezicht" }, NULL, NULL },
	{ { "Zoekmachines als PimEyes koppelen foto's aan profielen; de AP onderzoekt dat.", "", "" }, NULL, NULL },
	{ { "Vanaf maandag moeten we inklokken met onze vingerafdruk.", "", "" }, NULL, NULL },
	{ { "Uit de test: ik heb de FoxP2-mutatie, heterozygoot.", "genetisch", "FoxP2-mutatie, heterozygoot" }, NULL, NULL },
	{ { "We stappen over op de DigiD-variant van de app.", "", "" }, NULL, NULL },
	{ { "Mijn dochter blijkt dus draagster.", "genetisch", "draagster" }, "zakelijk", NULL },
	{ { "Zij was drager van de kist.", "", "" }, "zakelijk", NULL },
	{ { "Nu weten we het zeker: het is Duchenne.", "genetisch", "het is Duchenne" }, "zakelijk", NULL },
	{ { "Mijn broers zijn allebei drager bij de begrafenis van opa.", "", "" }, NULL, NULL },
	{ { "Mijn broer is drager van de Huntington-mutatie.", "genetisch", "drager van de Huntington-mutatie" }, NULL, NULL },
	{ { "Mijn vader heeft die mutatie ook. Dus een hogere kans op hartfalen, zegt de arts.", "genetisch",
	    "hogere kans op hartfalen" }, NULL, NULL },
	{ { "Dragers van de variant lopen een groter risico, blijkt uit de studie.", "", "" }, NULL, NULL },
	{ { "Haar test was gelukkig negatief: zij heeft de afwijking van haar vader niet.", "genetisch",
	    "Haar test was gelukkig negatief: zij heeft de afwijking van haar vader niet" }, NULL, NULL },
	{ { "De test is negatief: het gen komt in deze populatie niet voor.", "", "" }, NULL, NULL },
	/* round 10 (tune9): addiction care, a deaf or blind person, hearing aids, lab values */
	{ { "Mijn oom zit sinds de zomer in een afkickprogramma.", "gezondheid", "afkickprogramma" }, NULL, NULL },
	{ { "Mijn broer is vijf maanden in behandeling geweest bij Tactus.", "gezondheid", "in behandeling geweest bij Tactus" }, NULL, NULL },
	{ { "De wachtlijsten in de verslavingszorg zijn te lang; cliënten in een herstelprogramma haken af.", "", "" }, NULL, NULL },
	{ { "Het UWV betaalt een tolk omdat zij als slechthorende medewerker veel vergadert.", "gezondheid", "slechthorende medewerker" }, NULL, NULL },
	{ { "Dove werknemers hebben recht op een tolk.", "", "" }, NULL, NULL },
	{ { "She joined us as a deaf employee in 2020 and needs an interpreter.", "gezondheid", "deaf employee" }, NULL, NULL },
	{ { "Deaf employees are entitled to an interpreter.", "", "" }, NULL, NULL },
	{ { "Opa krijgt volgende maand nieuwe hoorapparaten.", "gezondheid", "hoorapparaten" }, "prive", NULL },
	{ { "Opa krijgt volgende maand nieuwe hoorapparaten.", "", "" }, "zakelijk", NULL },
	{ { "Hoorapparaten: 2.100 euro, zie de bijlage.", "", "" }, "prive", NULL },
	{ { "Zijn HDL-cholesterol is veel te laag.", "gezondheid", "HDL-cholesterol" }, NULL, NULL },
	{ { "Ik heb een opname van het interview als u die wilt horen.", "", "" }, NULL, NULL },
	/* round 10 (tune9): a sentence served, a conviction found out, a denial, union policy */
	{ { "De kandidaat heeft een gevangenisstraf van vier maanden uitgezeten.", "strafrechtelijk", "gevangenisstraf van vier maanden uitgezeten" }, NULL, NULL },
	{ { "Haar VOG-aanvraag werd vorige maand geweigerd.", "strafrechtelijk", "VOG-aanvraag werd vorige maand geweigerd" }, NULL, NULL },
	{ { "De nieuwe penningmeester bleek in 2019 veroordeeld voor verduistering, tot een taakstraf.", "strafrechtelijk",
	    "veroordeeld voor verduistering, tot een taakstraf" }, NULL, NULL },
	{ { "Uit het onderzoek bleek dat veel jongeren eerder veroordeeld voor diefstal weer in de fout gaan.", "", "" }, NULL, NULL },
	{ { "Bij navraag bleek het uitzendbureau eerder veroordeeld voor discriminatie.", "", "" }, NULL, NULL },
	{ { "Ik heb echt nog nooit iets gestolen.", "", "" }, NULL, NULL },
	{ { "De inspectie doet onderzoek naar benadeling wegens vakbondslidmaatschap bij het distributiecentrum.", "", "" },
	  NULL, NULL },
	/* round 10 (tune9): in love with, marrying someone of the sender's own sex */
	{ { "Ik ben zo verliefd op Anouk!", "seksualiteit", "verliefd op Anouk" }, NULL, "Femke de Wit" },
	{ { "Ik ben zo verliefd op Anouk!", "", "" }, NULL, "Pieter Jansen" },
	{ { "Ik ga in juni trouwen met Joris!", "seksualiteit", "trouwen met Joris" }, NULL, "Bram Visser" },
	{ { "Ik ga in juni trouwen met Joris!", "", "" }, NULL, "Anouk Visser" },
	{ { "Eva en ik gaan eindelijk samenwonen.", "seksualiteit", "Eva en ik gaan eindelijk samenwonen" }, NULL, "Fenna de Boer" },
	{ { "Big news: I'm in love with Anouk!", "seksualiteit", "in love with Anouk" }, NULL, "Femke de Wit" },
	{ { "Big news: I'm in love with Anouk!", "", "" }, NULL, "Pieter Jansen" },
	{ { "Joris and I are getting married in May.", "seksualiteit", "Joris and I are getting married" }, NULL, "Bram Visser" },
	/* round 10 (tune9): a fall with its injury over the comma, descent in halves, a strict
	 * believer, rites of one's faith, a private person's opinion and abuse of a party */
	{ { "Mijn zus is zaterdag van haar paard gevallen, een gebroken sleutelbeen.", "gezondheid",
	    "van haar paard gevallen, een gebroken sleutelbeen" }, NULL, NULL },
	{ { "De koers is gisteren van de hoogste stand gevallen.", "", "" }, NULL, NULL },
	{ { "Zijn schoonzoon is half Turks, half Koerdisch-Nederlands.", "etniciteit", "half Turks, half Koerdisch-Nederlands" },
	  NULL, NULL },
	{ { "Haar schoonmoeder is ultrakatholiek, dus geen vlees op vrijdag.", "religie", "ultrakatholiek" }, "prive", NULL },
	{ { "Zijn schoonzoon is half Turks, half Koerdisch-Nederlands.", "etniciteit", "half Turks, half Koerdisch-Nederlands" },
	  NULL, NULL },
	{ { "Haar schoonmoeder is ultrakatholiek, dus geen vlees op vrijdag.", "religie", "ultrakatholiek" }, "prive", NULL },
	{ { "Het ultrakatholieke weekblad schreef erover.", "", "" }, "prive", NULL },
	{ { "Morgen is de janaza van zijn oom in Den Haag.", "religie", "janaza" }, NULL, NULL },
	{ { "Shiva is een hindoeïstische god.", "", "" }, NULL, NULL },
	{ { "Nodig oom Wim maar niet uit, die is mordicus tegen euthanasie.", "politiek", "die is mordicus tegen euthanasie" },
	  "prive", NULL },
	{ { "Die partij is fel tegen het homohuwelijk.", "", "" }, "prive", NULL },
	/* one's own cuisine, language or custom of an origin (round 11) */
	{ { "Mijn schoonmoeder maakt altijd haar Surinaamse gerechten als we komen.", "etniciteit", "haar Surinaamse gerechten" }, "prive", NULL },
	{ { "Hij spreekt thuis nog steeds zijn Turkse moedertaal.", "etniciteit", "zijn Turkse moedertaal" }, "prive", NULL },
	{ { "Met Oud en Nieuw houden we onze Molukse tradities in ere.", "etniciteit", "onze Molukse tradities" }, "prive", NULL },
	{ { "Ik heb Marokkaanse koekjes van de bakker meegenomen.", "", "" }, "prive", NULL },
	{ { "Ze vertelde over haar Italiaanse vakantie.", "", "" }, "prive", NULL },
	/* an opinion in run-on chat and verb-final (round 11) */
	{ { "Ik wist niet dat je zus bij de SP actief was.", "politiek", "bij de SP actief was" }, "prive", NULL },
	{ { "Omdat mijn vader al jaren voor het CDA in het bestuur zit, komt hij later.", "politiek", "voor het CDA in het bestuur zit" }, "prive", NULL },
	{ { "Als je bij de VVD actief bent, krijg je die mail ook.", "", "" }, "prive", NULL },
	{ { "Zet oom Kees niet naast de buurvrouw die is erg fel tegen windmolens", "politiek", "die is erg fel tegen windmolens" }, "prive", NULL },
	{ { "Ik nodig hem niet uit omdat hij mordicus tegen abortus is.", "politiek", "hij mordicus tegen abortus is" }, "prive", NULL },
	{ { "Je weet dat mijn opa nogal tegen het koningshuis was.", "politiek", "mijn opa nogal tegen het koningshuis was" }, "prive", NULL },
	{ { "Het is een partij die is fel tegen immigratie, dat weet iedereen.", "", "" }, "prive", NULL },
	{ { "Ik snap niet waarom de partij fel tegen kernenergie is.", "", "" }, "prive", NULL },
	{ { "Wist je dat de fractie die is tegen het homohuwelijk nu twee zetels heeft?", "", "" }, "prive", NULL },
	/* an early pregnancy told by its weeks alone (round 11) */
	{ { "Goed nieuws: het is eindelijk gelukt! 7 weken inmiddels.", "gezondheid", "gelukt! 7 weken" }, "prive", NULL },
	{ { "Ik ben nu acht weken, nog heel pril dus zeg nog niks.", "gezondheid", "Ik ben nu acht weken" }, "prive", NULL },
	{ { "Mijn vrouw is al twaalf weken en alles ziet er goed uit.", "gezondheid", "Mijn vrouw is al twaalf weken" }, "prive", NULL },
	{ { "Ze is elf weken vandaag 🥰", "gezondheid", "Ze is elf weken" }, "prive", NULL },
	{ { "Ik ben twee weken weg, daarna bel ik je.", "", "" }, "prive", NULL },
	{ { "Het is gelukt, de kaartjes zijn binnen!", "", "" }, "prive", NULL },
	{ { "Zij is drie weken op vakantie in Italië.", "", "" }, "prive", NULL },
	{ { "Al die zakkenvullers van de VVD, ik word er moe van.", "politiek", "zakkenvullers van de VVD" }, "prive", NULL },
	{ { "Al die zakkenvullers van de VVD, ik word er moe van.", "", "" }, "zakelijk", NULL },
	/* round 10 (tune9): a belief in seeing the dead again, born and bred with one's origin
	 * in one span, a count of unnamed people arrested */
	{ { "Mijn moeder gelooft rotsvast dat ze haar broer terugziet.", "religie", "gelooft rotsvast dat ze haar broer terugziet" },
	  NULL, NULL },
	{ { "Hij gelooft echt dat hij zijn geld ooit terugziet.", "", "" }, NULL, NULL },
	{ { "Zij is opgegroeid in Suriname, een Hindostaanse vrouw van 40.", "etniciteit",
	    "opgegroeid in Suriname, een Hindostaanse vrouw" }, NULL, NULL },
	{ { "Bij de controle bleek veel mis: drie werkgevers zijn aangehouden wegens uitbuiting.", "", "" }, NULL, NULL },
	{ { "Mijn twee broers zijn gisteren aangehouden wegens inbraak.", "strafrechtelijk", "aangehouden wegens inbraak" },
	  NULL, NULL },
	/* round 10 (tune9): what someone's case is about, in a private message */
	{ { "Het schijnt om witwassen te gaan, volgens de buren.", "strafrechtelijk", "om witwassen te gaan" }, "prive", NULL },
	{ { "Het schijnt om witwassen te gaan, volgens de buren.", "", "" }, "zakelijk", NULL },
	{ { "De Inspectie denkt dat het om fraude gaat bij drie bureaus.", "", "" }, "zakelijk", NULL },
	/* round 12: health in everyday private wordings, from the language (misspelt and
	 * colloquial conditions, feeling ill, the end of life, a baby on the way, the body) */
	{ { "Opa heeft alzheimers, hij herkent ons soms niet.", "gezondheid", "alzheimers" }, "prive", NULL },
	{ { "Ik heb bloedarmoede, vandaar.", "gezondheid", "bloedarmoede" }, "prive", NULL },
	{ { "Ik ben net uit de narcose, alles goed.", "gezondheid", "narcose" }, "prive", NULL },
	{ { "Ik ben bij de POH-GGZ geweest.", "gezondheid", "POH-GGZ" }, "prive", NULL },
	{ { "Ze is nog herstellende.", "gezondheid", "herstellende" }, "prive", NULL },
	{ { "De herstellende economie helpt ons niet.", "", "" }, "prive", NULL },
	{ { "Voel me niet lekker, ga vroeg slapen.", "gezondheid", "Voel me niet lekker" }, "prive", NULL },
	{ { "Ik ben zo somber de laatste tijd.", "gezondheid", "somber" }, "prive", NULL },
	{ { "Ik heb last van angst, vooral 's nachts.", "gezondheid", "last van angst" }, "prive", NULL },
	{ { "Ik voel me niet goed over dit besluit.", "", "" }, "prive", NULL },
	{ { "Ze heeft niet lang meer, zegt de dokter.", "gezondheid", "heeft niet lang meer" }, "prive", NULL },
	{ { "De dokter geeft hem nog een half jaar.", "gezondheid", "geeft hem nog een half jaar" }, "prive", NULL },
	{ { "Ik heb geen zin meer in het leven.", "gezondheid", "geen zin meer in het leven" }, "prive", NULL },
	{ { "We hebben niet lang meer tot de vakantie.", "", "" }, "prive", NULL },
	{ { "Hij knapt langzaam op, gelukkig.", "gezondheid", "knapt langzaam op" }, "prive", NULL },
	{ { "Ik knap altijd op van een wandeling.", "", "" }, "prive", NULL },
	{ { "Er is een kindje op komst!", "gezondheid", "kindje op komst" }, "prive", NULL },
	{ { "Ze moest ingeleid worden, maar alles is goed.", "gezondheid", "ingeleid" }, "prive", NULL },
	{ { "Er is een nieuwe collega op komst.", "", "" }, "prive", NULL },
	{ { "Mijn suikers zijn weer ontregeld.", "gezondheid", "ontregeld" }, "prive", NULL },
	{ { "Ik zit helemaal vast in mijn nek.", "gezondheid", "vast in mijn nek" }, "prive", NULL },
	{ { "Ik heb versleten knieën.", "gezondheid", "versleten knieën" }, "prive", NULL },
	{ { "Ik sta op de wachtlijst bij de GGZ.", "gezondheid", "wachtlijst bij de GGZ" }, "prive", NULL },
	{ { "Ik ben zo misselijk van de medicijnen.", "gezondheid", "misselijk van de medicijnen" }, "prive", NULL },
	{ { "Ik heb de hele nacht gekotst.", "gezondheid", "gekotst" }, "prive", NULL },
	{ { "Gaat het al wat beter met je rug?", "gezondheid", "met je rug" }, NULL, NULL },
	{ { "I've got the flu, staying in bed.", "gezondheid", "got the flu" }, "prive", NULL },
	{ { "The flu season starts early this year.", "", "" }, "prive", NULL },
	{ { "I've been signed off with stress for a month.", "gezondheid", "signed off with stress" }, "prive", NULL },
	{ { "Ze heeft een bloedprop in haar long.", "gezondheid", "bloedprop" }, "prive", NULL },
	/* round 12: faith, sex life, a criminal past and origin in everyday private wordings */
	{ { "Ik ben atheist, al mijn hele leven.", "religie", "atheist" }, "prive", NULL },
	{ { "Eid Mubarak! Fijne dag met de familie.", "religie", "Eid Mubarak" }, "prive", NULL },
	{ { "Zij is Jehova getuige, ze viert geen verjaardagen.", "religie", "Jehova getuige" }, "prive", NULL },
	{ { "We gaan vrijdag naar een concert in de kerk.", "", "" }, "prive", NULL },
	{ { "Ik denk dat ze een open relatie hebben.", "seksualiteit", "open relatie" }, "prive", NULL },
	{ { "Ik heb met hem geslapen, eindelijk.", "seksualiteit", "met hem geslapen" }, "prive", NULL },
	{ { "Ik heb heerlijk geslapen.", "", "" }, "prive", NULL },
	{ { "Mijn neef is een echte bajesklant.", "strafrechtelijk", "bajesklant" }, "prive", NULL },
	{ { "Ze hebben hem verhoord op het bureau.", "strafrechtelijk", "verhoord op het bureau" }, "prive", NULL },
	{ { "Hij heeft zijn straf uitgezeten en zoekt werk.", "strafrechtelijk", "straf uitgezeten" }, "prive", NULL },
	{ { "Ik zit vast in de file, begin zonder mij.", "", "" }, "prive", NULL },
	{ { "Mijn man is Nigeriaan, hij kwam in 2010 hierheen.", "etniciteit", "Mijn man is Nigeriaan" }, NULL, NULL },
	{ { "Mijn stiefvader is Iraniër.", "etniciteit", "stiefvader is Iraniër" }, NULL, NULL },
	{ { "Ik ben een pool aan het graven.", "", "" }, NULL, NULL },
	/* round 12: more plain conditions, infection, diabetes by its type; a pet's health and a
	 * stuck phone are no one's data */
	{ { "Ze heeft een vleesboom, ze wordt in mei geholpen.", "gezondheid", "vleesboom" }, "prive", NULL },
	{ { "Mijn zoon is epileptisch, dus geen flitslicht.", "gezondheid", "epileptisch" }, "prive", NULL },
	{ { "Ik ben ongesteld en heb geen zin.", "gezondheid", "ongesteld" }, "prive", NULL },
	{ { "Ik ben ook besmet, dus ik blijf thuis.", "gezondheid", "besmet" }, "prive", NULL },
	{ { "Hij heeft type 2, net als zijn vader.", "gezondheid", "type 2" }, "prive", NULL },
	{ { "Ik heb type 2 van de enquête ingevuld.", "", "" }, "prive", NULL },
	{ { "Zijn computer is besmet met een virus.", "", "" }, "prive", NULL },
	{ { "Ze heeft veel last van trauma's, vooral 's nachts.", "gezondheid", "last van trauma's" }, "prive", NULL },
	{ { "Onze hond moet geopereerd worden aan zijn poot.", "", "" }, "prive", NULL },
	{ { "Mijn telefoon zit vast, ik bel je zo.", "", "" }, "prive", NULL },
	/* round 12: a prenatal gene test by its compound; activism and a vote in English */
	{ { "De NIPT-uitslag is binnen, alles is goed.", "genetisch", "NIPT-uitslag" }, "prive", NULL },
	{ { "Ik ben lid geworden van Extinction Rebellion.", "politiek", "lid geworden van Extinction Rebellion" }, "prive", NULL },
	{ { "My dad voted for Trump, twice.", "politiek", "voted for Trump" }, "prive", NULL },
	{ { "Trump is weer in het nieuws.", "", "" }, "prive", NULL },
	/* round 13: a partner named, by the writer's sex */
	{ { "Thuis. Mijn partner Stefan heeft me twee weken vertroeteld", "seksualiteit", "Mijn partner Stefan" }, NULL, "Onno Brink" },
	{ { "Thuis. Mijn partner Stefan heeft me twee weken vertroeteld", "", "" }, NULL, "Anke" },
	{ { "Ik kom met mijn partner Joyce.", "seksualiteit", "mijn partner Joyce" }, NULL, "Anke" },
	{ { "Ik kom met mijn partner Joyce.", "", "" }, NULL, "Onno Brink" },
	{ { "I'll bring my husband, Andrej, he cooks much better", "seksualiteit", "my husband" }, NULL, "Tomaž Kranjc" },
	{ { "I'll bring my husband, Andrej, he cooks much better", "", "" }, NULL, "Ana Kranjc" },
	/* round red14 (tune11): going along with the union to an action, in a private
	 * message, a name in lower case too; a cabinet that goes along agrees */
	{ { "Morgen actie in Den Haag, Kees gaat met de FNV mee naar het Malieveld.", "vakbond", "Kees gaat met de FNV mee" }, "prive", NULL },
	{ { "henk gaat weer mee met de bond, die bus vertrekt om zeven uur", "vakbond", "henk gaat weer mee met de bond" }, "prive", NULL },
	{ { "Het kabinet gaat mee met de bond in de eis voor een hoger minimumloon.", "", "" }, "prive", NULL },
	{ { "Jan gaat mee met de bond naar het Malieveld.", "", "" }, "zakelijk", NULL },
	/* round red14 (tune11): a wife from an Irish first name; in love with a woman with a
	 * stop between; "mijn vriendin en ik" from a woman who shares a household */
	{ { "My wife and I would love to come to the reception.", "seksualiteit", "My wife" }, NULL, "Aoife Byrne" },
	{ { "My wife and I would love to come to the reception.", "", "" }, NULL, "Liam Byrne" },
	{ { "Ik ben verliefd... op Noor, al maanden!", "seksualiteit", "verliefd... op Noor" }, NULL, "Femke Smit" },
	{ { "Ik ben verliefd! op Noor, al maanden!", "", "" }, NULL, "Pieter Smit" },
	{ { "Mijn vriendin en ik moeten rondkomen van haar uitkering.", "seksualiteit", "Mijn vriendin en ik" }, NULL, "Marieke Bos" },
	{ { "Mijn vriendin en ik moeten rondkomen van haar uitkering.", "", "" }, NULL, "Joost Bos" },
	{ { "Mijn vriendin en ik gaan zaterdag winkelen in Deventer.", "", "" }, NULL, "Marieke Bos" },
	/* round red14 (tune11): a short gene result in a private message */
	{ { "geen mutatie, we kunnen weer slapen", "genetisch", "geen mutatie" }, "prive", NULL },
	{ { "Ik zie geen mutatie op mijn rekening, heb je het al overgemaakt?", "", "" }, "prive", NULL },
	{ { "alles in orde, geen drager van dat X-gedoe", "genetisch", "alles in orde, geen drager van dat X-gedoe" }, "prive", NULL },
	{ { "ik ben geen drager van de kist, dat doen mijn neven", "", "" }, "prive", NULL },
	/* round red14 (tune11): a stain on a coat is no finding on an organ */
	{ { "Er zit een vlekje op mijn jas, van de koffie.", "", "" }, "prive", NULL },
	/* round red15: the diminutive plural of an origin, pointed at, in a private message */
	{ { "Die Marokkaantjes hangen weer op het plein.", "etniciteit", "Die Marokkaantjes" }, "prive", NULL },
	{ { "Die Marokkaantjes hangen weer op het plein.", "", "" }, "zakelijk", NULL },
};

Test(patterns, categories)
{
	const size_t ncat = sizeof(categories) / sizeof(categories[0]);
	char err[512], *shown;
	struct rules *rs = rules_load(RULES, err, sizeof(err));
	struct grounds *g = grounds_load(RULES "/grounds.tsv", 0, err, sizeof(err));
	struct rules_result res = { 0 };
	struct redact_counts n = { 0 };
	json_t *rec, *reds;
	size_t i;

	cr_assert(rs && g, "%s", err);
	for (i = 0; i < ncat + sizeof(in_class) / sizeof(in_class[0]); i++) {
		const struct said *s = i < ncat ? &categories[i] : &in_class[i - ncat].said;

		rec = message(s->text);
		if (i >= ncat && in_class[i - ncat].cls)
			json_object_set_new(rec, "class", json_string(in_class[i - ncat].cls));
		if (i >= ncat && in_class[i - ncat].from)
			json_object_set_new(rec, "from", json_pack("{s:s}", "name", in_class[i - ncat].from));
		redact_record(rs, g, rec, &res, &n);
		reds = json_object_get(rec, "redactions");
		shown = reds ? json_dumps(reds, JSON_COMPACT) : strdup("none");
		if (!*s->want)
			cr_expect_eq(json_array_size(reds), 0, "%s: %s", s->text, shown);
		else
			cr_expect(covered(reds, s->text, s->want, s->covers),
			    "%s: no %s span over \"%s\" in %s", s->text, s->want, s->covers, shown);
		free(shown);
		json_decref(rec);
	}
	rules_result_free(&res);
	grounds_free(g);
	rules_free(rs);
}

/* The hits of every rule of one kind in rec, as "id@start-end" lines. */
static GString *
hits_of(struct rules *rs, const json_t *rec, enum rule_kind kind, struct rules_result *res)
{
	GString *s = g_string_new(NULL);
	size_t i;

	cr_assert_eq(rules_match(rs, rec, kind, res), 0);
	for (i = 0; i < res->nhits; i++)
		g_string_append_printf(s, "%s@%zu-%zu\n", res->hits[i].rule->id,
		    res->hits[i].start, res->hits[i].end);
	return s;
}

/*
 * Vectorscan only says which rules to run; it must never keep PCRE2 from
 * a hit.  Every sentence above and every message of the dev split gives
 * the same hits with the prefilter as with every rule run on
 * every text (IHH_NO_PREFILTER), with every category on.
 */
Test(patterns, the_prefilter_loses_nothing)
{
	const char *const splits[] = { "fixtures/eval/dev.jsonl" };
	char err[512], *text;
	struct rules *fast, *slow;
	struct rules_result res = { 0 };
	json_t *texts = json_array(), *recs, *rec;
	size_t i, k, ncat = sizeof(categories) / sizeof(categories[0]);
	size_t ncls = sizeof(classes) / sizeof(classes[0]);
	enum rule_kind kind;

	fast = rules_load(RULES, err, sizeof(err));
	cr_assert(fast, "%s", err);
	setenv("IHH_NO_PREFILTER", "1", 1);
	slow = rules_load(RULES, err, sizeof(err));
	unsetenv("IHH_NO_PREFILTER");
	cr_assert(slow, "%s", err);
	cr_assert_eq(rules_enable(fast, "iban,telefoon", err, sizeof(err)), 0, "%s", err);
	cr_assert_eq(rules_enable(slow, "iban,telefoon", err, sizeof(err)), 0, "%s", err);
	for (i = 0; i < ncls; i++)
		json_array_append_new(texts, message(classes[i].text));
	for (i = 0; i < ncat; i++)
		json_array_append_new(texts, message(categories[i].text));
	for (k = 0; k < sizeof(splits) / sizeof(splits[0]); k++) {
		cr_assert((text = slurp(splits[k], NULL)), "%s", splits[k]);
		recs = records(text);
		json_array_extend(texts, recs);
		json_decref(recs);
		free(text);
	}
	cr_assert_gt(json_array_size(texts), 900);
	json_array_foreach(texts, i, rec)
		for (kind = KIND_CLASS; kind <= KIND_CATEGORY; kind++) {
			GString *want = hits_of(slow, rec, kind, &res);
			GString *got = hits_of(fast, rec, kind, &res);

			cr_expect_str_eq(got->str, want->str, "\"%s\": with the prefilter\n%s\nwithout\n%s",
			    json_string_value(json_object_get(rec, "text")), got->str, want->str);
			g_string_free(want, TRUE);
			g_string_free(got, TRUE);
		}
	json_decref(texts);
	rules_result_free(&res);
	rules_free(fast);
	rules_free(slow);
}
