"""Generated from regels.yaml by `python -m impltool.knowledge.compiled`; do not edit:
edit the YAML file and run that command again."""

# fmt: off
FINGERPRINT = '94014-63e47b32'

DATA = {'DOEL-01': {'gebied': 'doelen',
             'ernst': 'waarschuwing',
             'titel': 'Het plan heeft geen doelen',
             'bron': 'Toolkit Implementatie, PDCA-cyclus: Plan',
             'wat': 'Kijkt of er onder `doelen` minstens één doel staat waarin iets is ingevuld. '
                    'Een doel met alleen een `id` en verder lege velden of plaatshouders (zoals na '
                    '`impl init`) telt niet: dan scoort het gebied doelen 0 %.',
             'waarom': 'De toolkit laat elk plan beginnen met de vraag wat je wilt bereiken. '
                       'Zonder doel kun je geen passende activiteiten kiezen en kun je achteraf '
                       'niet zien of de invoering gelukt is.',
             'oplossen': 'Schrijf onder `doelen` op wat je wilt bereiken. Geef elk doel een korte '
                         'code (D1, D2) en vul `wat`, `bij_wie`, `waar` en `wanneer` in.',
             'voorbeeld': 'doelen:\n'
                          '  - id: D1\n'
                          '    wat: Vrijwilligers gebruiken de huisbezoekmethode bij eenzame '
                          'ouderen\n'
                          '    bij_wie: alleenwonende ouderen van 75 jaar en ouder\n'
                          '    waar: wijk Oost\n'
                          '    wanneer: 2027-06-30\n'},
 'DOEL-02': {'gebied': 'doelen',
             'ernst': 'waarschuwing',
             'titel': 'Een doel mist wat, bij wie, waar of wanneer, of zegt het in algemene '
                      'woorden',
             'bron': 'Toolkit Implementatie, PDCA-cyclus: Plan',
             'wat': 'Kijkt bij elk doel of `wat`, `bij_wie`, `waar` en `wanneer` zijn ingevuld, en '
                    'noemt wat er ontbreekt. Een plaatshouder telt als leeg: "n.t.b.", "nader te '
                    'bepalen", "PM", "-" of "?" (ook met een opmerking tussen haakjes erachter). '
                    'Daarna leest de regel de tekst zelf. Een tekst is concreet als er iets in '
                    'staat dat je kunt aanwijzen: een getal of datum, een naam of afkorting '
                    '(Brinkum, GGD), een woord uit de namen in het eigen plan, of een woord uit '
                    'het werkveld (ouderen, wijkteam, mantelzorgers, ook in samenstellingen). '
                    "Zonder zo'n houvast telt `wat` als vaag als een derde of meer van de woorden "
                    'beleidstaal is ("integrale", "versterken", "waar nodig"); `bij_wie` noemt '
                    'niemand en `waar` noemt geen plek als er alleen zulke woorden staan ("alle '
                    'betrokkenen", "overal waar dat nodig is"; "online" en "thuis" zijn wel een '
                    'plek). Een zin die woord voor woord in drie of meer velden staat, telt ook '
                    'als vaag. De melding citeert de vage woorden (hooguit vier) en zegt wat er '
                    'nodig is. Gewone woorden zonder beleidstaal ("mensen met een licht '
                    'verstandelijke beperking") zijn goed. Heeft het plan geen ingevulde doelen, '
                    'dan zegt DOEL-01 dat.',
             'waarom': 'De toolkit vraagt een doel zo te beschrijven dat duidelijk is wat je '
                       'bereikt, bij welke mensen, op welke plek en wanneer. Een doel in algemene '
                       "woorden ('meer samenhang in de wijk', 'een succes bij iedereen die ermee "
                       "te maken heeft') kun je niet plannen en niet controleren: iedereen leest "
                       'er iets anders in.',
             'oplossen': 'Vul de ontbrekende onderdelen in. Bij `wanneer` zet je een datum '
                         '(JJJJ-MM-DD). Vervang algemene woorden door wat je kunt tellen of '
                         'aanwijzen: hoeveel mensen, welke groep, welke wijk of locatie. Is het '
                         'doel groot, maak het dan kleiner met `subdoelen`.',
             'voorbeeld': 'doelen:\n'
                          '  - id: D1\n'
                          '    wat: Vrijwilligers gebruiken de huisbezoekmethode bij eenzame '
                          'ouderen\n'
                          '    bij_wie: alleenwonende ouderen van 75 jaar en ouder\n'
                          '    waar: wijk Oost\n'
                          '    wanneer: 2027-06-30\n'
                          '    subdoelen:\n'
                          '      - Twintig vrijwilligers zijn getraind\n'
                          '      - Elke vrijwilliger bezoekt minstens twee ouderen per maand\n',
             'gaat_af': 'doelen:\n'
                        '  - id: D1\n'
                        '    wat: De aanpak wordt een succes en draagt bij aan een sterke '
                        'samenhang\n'
                        '    bij_wie: iedereen die ermee te maken heeft\n'
                        '    waar: overal waar dat nodig is\n'
                        '    wanneer: 2027-06-30\n'},
 'DOEL-03': {'gebied': 'doelen',
             'ernst': 'waarschuwing',
             'titel': 'Een doel heeft geen KPI die het meetbaar maakt',
             'bron': "Movisie-artikel 'Implementeren kun je leren', praktijkvoorbeeld kwaliteit en "
                     'outcome',
             'wat': 'Kijkt of er voor elk doel minstens één KPI is met `doel:` gelijk aan de code '
                    'van dat doel.',
             'waarom': 'Het Movisie-artikel laat zien dat je een doel pas kunt meten als je het '
                       'uitwerkt in subdoelen en indicatoren. Wie vooraf niet vastlegt waaraan je '
                       'succes herkent, kan achteraf niet zeggen of het gelukt is.',
             'oplossen': 'Zet onder `kpis` voor elk doel een meetbare indicator en verwijs met '
                         '`doel:` naar de code van het doel (bijvoorbeeld `doel: D1`).',
             'voorbeeld': 'doelen:\n'
                          '  - id: D1\n'
                          '    wat: Vrijwilligers gebruiken de huisbezoekmethode bij eenzame '
                          'ouderen\n'
                          '    bij_wie: alleenwonende ouderen van 75 jaar en ouder\n'
                          '    waar: wijk Oost\n'
                          '    wanneer: 2027-06-30\n'
                          'kpis:\n'
                          '  - id: K1\n'
                          '    naam: Bezochte ouderen\n'
                          '    doel: D1\n'
                          '    indicator: Aantal ouderen dat minstens drie huisbezoeken kreeg\n'
                          '    nulmeting: 0\n'
                          '    streefwaarde: 60\n'
                          '    eenheid: ouderen\n'
                          '    deadline: 2027-06-30\n'
                          '    bron: Registratie van de vrijwilligerscoördinator\n'},
 'DOEL-04': {'gebied': 'doelen',
             'ernst': 'waarschuwing',
             'titel': 'Het plan zegt niet concreet welk probleem het oplost',
             'bron': 'Toolkit Implementatie, PDCA-cyclus: Plan; blog vijf valkuilen, valkuil 1',
             'wat': 'Kijkt of `interventie.probleem` is ingevuld (een plaatshouder telt als leeg), '
                    'of het concreet is, en of het probleem niet alleen als het ontbreken van een '
                    'middel is beschreven. Concreet betekent: er staat iets in dat je kunt '
                    'aanwijzen (een getal, een plek of naam, een groep of een woord uit het '
                    'werkveld), of de tekst bestaat voor minder dan een derde uit beleidstaal '
                    '("integrale", "samenhang", "versterken"); zie DOEL-02 voor hoe de quickscan '
                    'tekst leest. Het middel: als een zin een woord als "geen", "ontbreekt", '
                    '"mist" of "zonder" koppelt aan een middel (een woord dat eindigt op app, '
                    'website, site, platform, systeem, portaal, applicatie, software of tool, ook '
                    "in het meervoud), en elke zin van het probleem over zo'n middel gaat, dan "
                    'zegt het plan hoe en niet waarom.',
             'waarom': 'Volgens een blog over burgerinitiatieven mislukken die vaak doordat men '
                       'met de oplossing begint (een app, een platform) en niet met de vraag wat '
                       'er nodig is en voor wie. "Er is geen buurtapp" is geen probleem van '
                       'bewoners; "ouderen vinden geen hulp bij klusjes" wel. Een probleem in '
                       'algemene woorden ("de samenhang in het aanbod kan beter") zegt evenmin wat '
                       'er misgaat. De toolkit begint het plan bij het probleem: het houdt het '
                       'plan bij het doel.',
             'oplossen': 'Beschrijf bij `interventie` onder `probleem` in een paar zinnen wat er '
                         'nu misgaat, bij wie, hoeveel mensen het raakt en hoe je dat weet (een '
                         'telling, een wijkmonitor, signalen van het wijkteam). Schrijf het middel '
                         '(de app, de website) pas daarna, bij `beschrijving`.',
             'voorbeeld': 'interventie:\n'
                          '  naam: Huisbezoeken tegen eenzaamheid\n'
                          '  soort: sociale_interventie\n'
                          '  probleem: >-\n'
                          '    In wijk Oost wonen veel ouderen alleen. Het wijkteam ziet dat een '
                          'deel van hen\n'
                          '    nauwelijks nog contact heeft met anderen, maar zelf niet om hulp '
                          'vraagt.\n'
                          '  beschrijving: >-\n'
                          '    Getrainde vrijwilligers bezoeken deze ouderen thuis en helpen hen '
                          'weer contact te\n'
                          '    maken met mensen in de buurt.\n',
             'gaat_af': 'interventie:\n'
                        '  naam: Huisbezoeken tegen eenzaamheid\n'
                        '  soort: sociale_interventie\n'
                        '  probleem: >-\n'
                        '    Er is behoefte aan een integrale en samenhangende aanpak die beter '
                        'aansluit bij\n'
                        '    de vraag.\n'
                        '  beschrijving: >-\n'
                        '    Getrainde vrijwilligers bezoeken deze ouderen thuis en helpen hen '
                        'weer contact te\n'
                        '    maken met mensen in de buurt.\n'},
 'DOEL-05': {'gebied': 'doelen',
             'ernst': 'waarschuwing',
             'titel': 'Een datum van een doel, KPI of evaluatie valt buiten de periode',
             'bron': 'Toolkit Implementatie, PDCA-cyclus: Plan',
             'geldt_voor': 'plannen met een `periode`',
             'wat': 'Kijkt of de `wanneer` van elk doel en de `deadline` van elke KPI binnen de '
                    '`periode` van het plan vallen, en of geen evaluatiemoment vóór de start van '
                    'de periode ligt. Evalueren na het eind mag: de toolkit evalueert tijdens en '
                    'na afloop. Zonder `periode` oordeelt de regel niet.',
             'waarom': 'Een doel dat pas na de looptijd bereikt hoeft te zijn, kan het plan niet '
                       'meer bijsturen: er is dan geen team meer dat het volgt. Meestal is het een '
                       'tikfout in het jaartal, of is de periode te kort gekozen.',
             'oplossen': 'Zet de datum binnen de periode, of verleng de `periode` als het plan '
                         'echt langer loopt. Een meting vóór de start hoort bij de `nulmeting` van '
                         'een KPI, niet bij de evaluatiemomenten.',
             'voorbeeld': 'periode: {start: 2026-01-01, eind: 2027-12-31}\n'
                          'doelen:\n'
                          '  - id: D1\n'
                          '    wat: Vrijwilligers gebruiken de huisbezoekmethode bij eenzame '
                          'ouderen\n'
                          '    bij_wie: alleenwonende ouderen van 75 jaar en ouder\n'
                          '    waar: wijk Oost\n'
                          '    wanneer: 2027-06-30\n'
                          'kpis:\n'
                          '  - id: K1\n'
                          '    naam: Bezochte ouderen\n'
                          '    doel: D1\n'
                          '    indicator: Aantal ouderen dat minstens drie huisbezoeken kreeg\n'
                          '    nulmeting: 0\n'
                          '    streefwaarde: 60\n'
                          '    eenheid: ouderen\n'
                          '    deadline: 2027-06-30\n'
                          '    bron: Registratie van de vrijwilligerscoördinator\n'
                          'evaluatie:\n'
                          '  vragen: ["Voelen de bezochte ouderen zich minder eenzaam?"]\n'
                          '  methode: Korte vragenlijst bij het eerste en het vijfde bezoek\n'
                          '  momenten: [2026-09-30, 2027-06-30, 2028-01-31]\n'
                          "  rapportage: Verslag van twee pagina's voor het managementteam en de "
                          'wethouder\n'},
 'DOEL-06': {'gebied': 'doelen',
             'ernst': 'tip',
             'titel': 'De interventie is in algemene woorden beschreven',
             'bron': 'Toolkit Implementatie, §2.1 (het handboek: de kern en de vrijheid)',
             'wat': 'Leest `interventie.beschrijving` en elk van de `werkzame_elementen`, zoals '
                    'DOEL-02 tekst leest: staat er niets in dat je kunt aanwijzen (een getal, een '
                    'naam, een groep, een woord uit het werkveld zoals huisbezoek of training) en '
                    'is meer dan een derde van de woorden beleidstaal, of staat de zin woord voor '
                    'woord in drie of meer velden, dan is hij vaag. Eén melding voor het hele '
                    'plan: die noemt de vage velden en citeert de vage woorden van de eerste. '
                    'Gewone woorden ("de oudere kiest zelf de stappen") zijn goed.',
             'waarom': 'Wie de interventie gaat uitvoeren, moet weten wat er gebeurt en wat de '
                       'kern is die iedereen zo uitvoert als bedoeld. De toolkit legt dat vast in '
                       'een handboek met de kern en de ruimte om aan te passen. "Een integrale '
                       'aanpak die aansluit bij de behoefte" zegt geen uitvoerder wat hij moet '
                       'doen.',
             'oplossen': 'Beschrijf wat er gebeurt, door wie, met wie en hoe vaak: "een '
                         'vrijwilliger bezoekt de oudere zes keer thuis". Noem bij '
                         '`werkzame_elementen` de onderdelen die vastliggen, elk in een eigen '
                         'korte zin, en zet wat mag variëren bij `aanpasbaar`.',
             'voorbeeld': 'interventie:\n'
                          '  naam: Huisbezoeken tegen eenzaamheid\n'
                          '  soort: sociale_interventie\n'
                          '  probleem: >-\n'
                          '    In wijk Oost wonen veel ouderen alleen. Het wijkteam ziet dat een '
                          'deel van hen\n'
                          '    nauwelijks nog contact heeft met anderen, maar zelf niet om hulp '
                          'vraagt.\n'
                          '  beschrijving: >-\n'
                          '    Een getrainde vrijwilliger bezoekt de oudere zes keer thuis en gaat '
                          'de eerste keer mee\n'
                          '    naar een activiteit in de buurt.\n'
                          '  werkzame_elementen:\n'
                          '    - het gesprek gaat over wensen en plezier, niet over wat er mis is\n'
                          '    - de oudere kiest zelf de stappen\n',
             'gaat_af': 'interventie:\n'
                        '  naam: Huisbezoeken tegen eenzaamheid\n'
                        '  soort: sociale_interventie\n'
                        '  probleem: >-\n'
                        '    In wijk Oost wonen veel ouderen alleen. Het wijkteam ziet dat een '
                        'deel van hen\n'
                        '    nauwelijks nog contact heeft met anderen, maar zelf niet om hulp '
                        'vraagt.\n'
                        '  beschrijving: >-\n'
                        '    We zetten in op een integrale en samenhangende aanpak die aansluit '
                        'bij de behoeften.\n'
                        '  werkzame_elementen:\n'
                        '    - maatwerk waar nodig\n'
                        '    - de oudere kiest zelf de stappen\n'},
 'BETR-01': {'gebied': 'betrokkenen',
             'ernst': 'waarschuwing',
             'titel': 'Niet alle drie soorten doelgroepen staan in het plan',
             'bron': 'Toolkit Implementatie, §1.1; IMPACT-methode, stap 1 (noemt eindgebruikers, '
                     'beslissers en helpers)',
             'wat': 'Kijkt of er onder `doelgroepen` minstens één groep staat van elk type: '
                    'beslissers, gebruikers en profijtgroep. Noemt de types die ontbreken.',
             'waarom': 'De toolkit onderscheidt drie groepen die je allemaal nodig hebt: wie '
                       'beslist en betaalt, wie ermee gaat werken, en voor wie het bedoeld is. De '
                       'IMPACT-methode zegt hetzelfde: zonder draagvlak bij alle drie loopt de '
                       'invoering vast.',
             'oplossen': 'Voeg de ontbrekende groep toe onder `doelgroepen`, met `type: '
                         'beslissers`, `gebruikers` of `profijtgroep`. Denk bij beslissers aan '
                         'directie, wethouder of beleidsmedewerker.',
             'voorbeeld': 'doelgroepen:\n'
                          '  - id: bestuur\n'
                          '    naam: Directie welzijnsorganisatie en wethouder\n'
                          '    type: beslissers\n'
                          '  - id: vrijwilligers\n'
                          '    naam: Vrijwilligers van het steunpunt\n'
                          '    type: gebruikers\n'
                          '  - id: ouderen\n'
                          '    naam: Alleenwonende ouderen in wijk Oost\n'
                          '    type: profijtgroep\n'},
 'BETR-02': {'gebied': 'betrokkenen',
             'ernst': 'tip',
             'titel': 'Er is niet gedacht aan financiers of ketenpartners',
             'bron': 'Toolkit Implementatie, PDCA-cyclus: Plan (tip over indirecte doelgroepen)',
             'wat': 'Kijkt of het plan een indirecte groep noemt: een doelgroep met `direct: '
                    'false`, of een betrokkene met `type: financier` of `type: ketenpartner`.',
             'waarom': 'De toolkit raadt aan ook te bedenken wie je op afstand nodig hebt, zoals '
                       'de gemeente die betaalt of partners die meewerken aan de uitvoering. '
                       'Vergeet je hen, dan stopt het werk als het geld op is of als een partner '
                       'niet meedoet.',
             'oplossen': 'Zet de financier en de belangrijkste ketenpartners bij `betrokkenen` '
                         '(met `type: financier` of `ketenpartner`), of als doelgroep met `direct: '
                         'false`, en bedenk wat zij van je nodig hebben.',
             'voorbeeld': 'betrokkenen:\n'
                          '  - id: gemeente\n'
                          '    naam: Gemeente, afdeling sociaal domein\n'
                          '    type: financier\n'
                          '    betrokken_vanaf: ontwikkelen\n'
                          '  - id: huisartsen\n'
                          '    naam: Huisartsen in wijk Oost\n'
                          '    type: ketenpartner\n'
                          '    betrokken_vanaf: weten\n'},
 'BETR-03': {'gebied': 'betrokkenen',
             'ernst': 'waarschuwing',
             'titel': 'Gebruikers en profijtgroep denken niet mee vóór de invoering',
             'bron': 'Toolkit Implementatie, §0.1 en PDCA-cyclus: Plan (tip); Blog vijf valkuilen, '
                     'valkuil 4',
             'wat': 'Kijkt of gebruikers of de profijtgroep de aanpak mee vormgeven voordat de '
                    'invoering begint: er moet een activiteit zijn van een meedenk-soort '
                    '(`betrekken_gebruikers`, `proefimplementatie`, `feedback` of '
                    '`lokale_aanpassing`) met een doelgroep van het type gebruikers of '
                    'profijtgroep, met een `start` vóór de start van de invoering. De invoering '
                    'begint bij de eerste activiteit in de fase doen (zonder die: bij '
                    '`periode.start`). Vervallen activiteiten tellen niet. Voor een ontwikkelaar '
                    '(`rol: ontwikkelaar`) en voor een online platform moet die activiteit ook in '
                    '`fasen.ontwikkelen` staan. De regel geldt voor elk plan: ook een organisatie '
                    'die een bestaande interventie invoert, stemt haar af met de mensen die ermee '
                    'werken.',
             'waarom': 'De toolkit noemt het meedenken van gebruikers en profijtgroep cruciaal: '
                       'dan sluit de interventie aan op wat zij nodig hebben en voelen zij zich '
                       'eigenaar. Wie een bestaande interventie invoert, stemt haar met hen af op '
                       'de eigen situatie voordat het werk begint (de PDCA-tip bij Plan). Een blog '
                       'over burgerinitiatieven ziet platforms mislukken die de doelgroep pas '
                       'vragen als alles al klaar is; daarom moet een ontwikkelaar of platform hen '
                       'al tijdens de ontwikkeling laten meedenken.',
             'oplossen': 'Plan vóór de eerste activiteit in de fase doen een activiteit waarin '
                         'gebruikers of profijtgroep meedenken, zoals een klankbordgroep '
                         '(`betrekken_gebruikers`), een proef (`proefimplementatie`) of het samen '
                         'aanpassen aan de eigen situatie (`lokale_aanpassing`), en zet bij '
                         '`doelgroepen` de codes van je gebruikers of profijtgroep. Ben je '
                         'ontwikkelaar of maak je een online platform, zet die activiteit dan in '
                         '`fasen.ontwikkelen`.',
             'voorbeeld': 'rol: ontwikkelaar\n'
                          'doelgroepen:\n'
                          '  - id: vrijwilligers\n'
                          '    naam: Vrijwilligers van het steunpunt\n'
                          '    type: gebruikers\n'
                          '  - id: ouderen\n'
                          '    naam: Alleenwonende ouderen in wijk Oost\n'
                          '    type: profijtgroep\n'
                          'fasen:\n'
                          '  ontwikkelen:\n'
                          '    - id: A1\n'
                          '      wat: Klankbordgroep van vrijwilligers en ouderen denkt mee over '
                          'de aanpak\n'
                          '      soort: betrekken_gebruikers\n'
                          '      wie: ontwikkelaar\n'
                          '      start: 2026-02-01\n'
                          '      eind: 2026-05-31\n'
                          '      doelgroepen: [vrijwilligers, ouderen]\n'
                          '  doen:\n'
                          '    - id: A9\n'
                          '      wat: Eerste vrijwilligers beginnen met huisbezoeken\n'
                          '      soort: pilot\n'
                          '      wie: coördinator vrijwilligers\n'
                          '      start: 2026-09-01\n'
                          '      doelgroepen: [vrijwilligers]\n'},
 'BETR-04': {'gebied': 'betrokkenen',
             'ernst': 'tip',
             'titel': 'Beslissers worden niet op de hoogte gehouden',
             'bron': 'IMPACT-methode, stap 1 (draagvlak)',
             'wat': 'Kijkt of de beslissers op de hoogte blijven terwijl de invoering loopt: een '
                    'activiteit `update_beslissers` die een doelgroep van het type beslissers '
                    'bereikt en die eindigt (of, zonder eind, begint) op of na de start van de '
                    'invoering. Een tweede `kickoff` of `overleg` met de beslissers na de start '
                    'telt ook. Eén startbijeenkomst is niet genoeg. Vervallen activiteiten tellen '
                    'niet.',
             'waarom': 'De IMPACT-methode raadt aan de mensen die tot de invoering besloten hebben '
                       'betrokken te houden: begin met één gezamenlijke start en stuur daarna '
                       'regelmatig nieuws over mijlpalen, ervaringen en resultaten. Wie niets '
                       'hoort, haakt af als er keuzes of geld nodig zijn.',
             'oplossen': 'Plan na de start van de invoering vaste momenten voor een update aan de '
                         'beslissers (`soort: update_beslissers`, bijvoorbeeld elk kwartaal een '
                         'korte notitie of een gesprek) en zet de code van je beslissers-doelgroep '
                         'bij `doelgroepen`. Een startbijeenkomst alleen is niet genoeg.',
             'voorbeeld': 'doelgroepen:\n'
                          '  - id: bestuur\n'
                          '    naam: Directie welzijnsorganisatie en wethouder\n'
                          '    type: beslissers\n'
                          'fasen:\n'
                          '  weten:\n'
                          '    - id: A3\n'
                          '      wat: Kickoff met directie en wethouder\n'
                          '      soort: kickoff\n'
                          '      wie: projectleider\n'
                          '      start: 2026-03-10\n'
                          '      doelgroepen: [bestuur]\n'
                          '  doen:\n'
                          '    - id: A12\n'
                          '      wat: Elk kwartaal een update met cijfers en een verhaal uit de '
                          'praktijk\n'
                          '      soort: update_beslissers\n'
                          '      wie: projectleider\n'
                          '      start: 2026-10-01\n'
                          '      eind: 2027-12-31\n'
                          '      doelgroepen: [bestuur]\n'},
 'BETR-05': {'gebied': 'betrokkenen',
             'ernst': 'waarschuwing',
             'titel': 'De profijtgroep heeft nergens inspraak',
             'bron': 'Blog vijf valkuilen, valkuil 3 (de professional laten bepalen); Toolkit '
                     'Implementatie, §0.2',
             'wat': 'Kijkt of ergens in het plan een activiteit van een meedenk-soort '
                    '(`betrekken_gebruikers`, `proefimplementatie`, `feedback` of '
                    '`lokale_aanpassing`) een doelgroep van het type profijtgroep bereikt. '
                    'Professionals (type gebruikers) tellen hier niet: zij spreken niet voor de '
                    'mensen om wie het gaat. Vervallen activiteiten tellen niet.',
             'waarom': 'Een blog over burgerinitiatieven waarschuwt dat professionals vaak vanuit '
                       'hun eigen doelen en producten beslissen en vergeten de mensen om wie het '
                       'gaat te vragen wat zij willen. De toolkit laat bewoners en cliënten daarom '
                       'meedenken en meeproberen (§0.2). Professionals die de interventie '
                       'uitvoeren, zijn gebruikers: zij kunnen niet namens de profijtgroep '
                       'spreken.',
             'oplossen': 'Plan minstens één activiteit waarin de profijtgroep meedenkt of haar '
                         'mening geeft, zoals een klankbordgroep, een proef of een feedbackronde, '
                         'en zet de code van de profijtgroep-doelgroep bij `doelgroepen`.',
             'voorbeeld': 'doelgroepen:\n'
                          '  - id: vrijwilligers\n'
                          '    naam: Vrijwilligers van het steunpunt\n'
                          '    type: gebruikers\n'
                          '  - id: ouderen\n'
                          '    naam: Alleenwonende ouderen in wijk Oost\n'
                          '    type: profijtgroep\n'
                          'fasen:\n'
                          '  willen:\n'
                          '    - id: A7\n'
                          '      wat: Groepsgesprekken met vrijwilligers en ouderen over de opzet '
                          'van de bezoeken\n'
                          '      soort: betrekken_gebruikers\n'
                          '      wie: projectleider\n'
                          '      start: 2026-06-01\n'
                          '      doelgroepen: [vrijwilligers, ouderen]\n'},
 'TEAM-01': {'gebied': 'betrokkenen',
             'ernst': 'waarschuwing',
             'titel': 'Er is geen implementatieteam, of niemand heeft een rol',
             'bron': 'Toolkit Implementatie, Betrokken partijen (implementatieteam)',
             'wat': 'Kijkt of er onder `team` mensen staan en of minstens één van hen een `rol` '
                    'heeft. Een plaatshouder als "n.t.b.", "volgt" of "-" telt als leeg.',
             'waarom': 'Volgens de toolkit maakt en trekt een implementatieteam het plan: het '
                       'plant, organiseert en communiceert de activiteiten. Als niet vastligt wie '
                       'dat doet, blijft het liggen.',
             'oplossen': 'Zet onder `team` wie de invoering trekt, met voor iedereen een `rol` '
                         '(bijvoorbeeld projectleider, coördinator, aandachtsfunctionaris).',
             'voorbeeld': 'team:\n'
                          '  - naam: Sanne de Vries\n'
                          '    rol: projectleider\n'
                          '    competenties: [leiderschap, coordinatie_administratie]\n'
                          '  - naam: Ahmed Yilmaz\n'
                          '    rol: coördinator vrijwilligers\n'
                          '    competenties: [praktijkervaring]\n'},
 'TEAM-02': {'gebied': 'betrokkenen',
             'ernst': 'tip',
             'titel': 'Het team mist een van de vijf competenties',
             'bron': 'Toolkit Implementatie, tips voor het samenstellen van je implementatieteam',
             'wat': 'Kijkt of de teamleden samen alle vijf competenties inbrengen: leiderschap, '
                    'inhoudelijke kennis, praktijkervaring, communicatie en marketing, en '
                    'coördinatie en administratie.',
             'waarom': 'De toolkit raadt een gemengd team aan, omdat een invoering al die '
                       'kwaliteiten vraagt: iemand die trekt, iemand die de inhoud kent, iemand '
                       'uit de praktijk, iemand die goed communiceert en iemand die het regelwerk '
                       'doet.',
             'oplossen': 'Vul bij elk teamlid `competenties` in. Ontbreekt er een, zoek dan iemand '
                         'die dit kan inbrengen, bijvoorbeeld een collega van communicatie voor '
                         'een paar uur per week.',
             'voorbeeld': 'team:\n'
                          '  - naam: Sanne de Vries\n'
                          '    rol: projectleider\n'
                          '    competenties: [leiderschap, coordinatie_administratie]\n'
                          '  - naam: Ahmed Yilmaz\n'
                          '    rol: coördinator vrijwilligers\n'
                          '    competenties: [praktijkervaring, inhoudelijke_kennis]\n'
                          '  - naam: Lotte Jansen\n'
                          '    rol: communicatieadviseur\n'
                          '    competenties: [communicatie_marketing]\n'},
 'TEAM-03': {'gebied': 'betrokkenen',
             'ernst': 'tip',
             'titel': 'Management en uitvoerende professionals zijn niet vanaf het begin betrokken',
             'bron': 'Toolkit Implementatie, tips voor het samenstellen van je implementatieteam',
             'wat': 'Kijkt of onder `betrokkenen` zowel het management (`type: beslisser`) als de '
                    'uitvoerende professionals (`type: gebruiker`) staan met `betrokken_vanaf: '
                    'ontwikkelen` of `weten`. Een betrokkene zonder `betrokken_vanaf` telt als '
                    'niet vroeg betrokken.',
             'waarom': 'De toolkit zegt dat het team draagvlak nodig heeft bij iedereen die ermee '
                       'te maken krijgt, en raadt daarom aan leiding en werkvloer vanaf de start '
                       'mee te nemen. Wie later instapt, voelt zich minder eigenaar.',
             'oplossen': 'Zet het management (`type: beslisser`) en de uitvoerende professionals '
                         '(`type: gebruiker`) bij `betrokkenen`, met `betrokken_vanaf: '
                         'ontwikkelen` of `weten`.',
             'voorbeeld': 'betrokkenen:\n'
                          '  - id: directie\n'
                          '    naam: Directeur welzijnsorganisatie\n'
                          '    type: beslisser\n'
                          '    betrokken_vanaf: ontwikkelen\n'
                          '  - id: vrijwilligers\n'
                          '    naam: Vrijwilligers van het steunpunt\n'
                          '    type: gebruiker\n'
                          '    betrokken_vanaf: weten\n'},
 'FAC-01': {'gebied': 'factoren',
            'ernst': 'waarschuwing',
            'titel': 'Niet alle vragen van de factorenchecklist zijn beoordeeld',
            'bron': 'Toolkit Implementatie, ingrediënt 2 (checklist beïnvloedende factoren); '
                    'Movisie-nieuws over de Implementatie-Quickscan',
            'wat': 'Kijkt of alle vragen uit de ingebouwde checklist onder `factoren` een oordeel '
                   'hebben, en noemt de ontbrekende per domein. De regel gaat ook af als zes of '
                   'meer van de zeventien vragen op `onbekend` staan: dan is de analyse van wat '
                   'helpt en wat remt nog niet gedaan, en scoort het gebied 0 %.',
            'waarom': 'De toolkit en de Implementatie-Quickscan beginnen bij een analyse van wat '
                      'de invoering helpt en wat haar remt. Pas als je dat weet, kun je '
                      'activiteiten kiezen die daarop inspelen. Een vraag die je overslaat, kan '
                      'later een verrassing worden.',
            'oplossen': 'Loop de checklist door met het team en beoordeel elke vraag als '
                        'bevorderend, belemmerend, neutraal of onbekend. `impl checklist --yaml` '
                        'geeft een blok om in je plan te plakken.',
            'voorbeeld': 'factoren:\n'
                         '  - {item: org.visie_missie, oordeel: bevorderend}\n'
                         '  - {item: org.commitment, oordeel: bevorderend}\n'
                         '  - {item: org.randvoorwaarden, oordeel: neutraal}\n'
                         '  - {item: org.veranderingen, oordeel: neutraal}\n'
                         '  - {item: org.beleid, oordeel: bevorderend}\n'
                         '  - {item: int.gebruikers_betrokken, oordeel: bevorderend}\n'
                         '  - {item: int.voordeel, oordeel: bevorderend}\n'
                         '  - {item: int.eenvoud, oordeel: neutraal}\n'
                         '  - {item: int.uitproberen, oordeel: bevorderend}\n'
                         '  - {item: int.past_werkwijze, oordeel: neutraal}\n'
                         '  - {item: int.aanpasbaar, oordeel: bevorderend}\n'
                         '  - {item: ontw.betrouwbaar, oordeel: bevorderend}\n'
                         '  - {item: ontw.invloed, oordeel: neutraal}\n'
                         '  - {item: gebr.bekend, oordeel: neutraal}\n'
                         '  - {item: gebr.gemotiveerd, oordeel: bevorderend}\n'
                         '  - {item: gebr.kennis_vaardigheden, oordeel: neutraal}\n'
                         '  - {item: gebr.verwacht_resultaat, oordeel: bevorderend}\n'},
 'FAC-02': {'gebied': 'factoren',
            'ernst': 'tip',
            'titel': 'Van een factor weet je nog niet of die helpt of remt',
            'bron': 'Toolkit Implementatie, ingrediënt 2 (ForCA-quickscan en MIDI-vragenlijst)',
            'wat': 'Geeft een tip als één tot vijf vragen uit de checklist, of een eigen factor, '
                   'op `onbekend` staan. Staan er zes of meer vragen op onbekend, dan waarschuwt '
                   'FAC-01 in plaats daarvan.',
            'waarom': 'Een onbekende factor is een blinde vlek: je weet niet of je er iets aan '
                      'moet doen. De toolkit wijst op vragenlijsten zoals de ForCA-quickscan en de '
                      'MIDI-vragenlijst om factoren uitgebreider in kaart te brengen.',
            'oplossen': 'Zoek het uit bij de mensen om wie het gaat, bijvoorbeeld met een korte '
                        'vragenlijst, een groepsgesprek of een teamoverleg. Vul daarna het oordeel '
                        'in en schrijf bij `toelichting` waarop je het baseert.',
            'voorbeeld': 'factoren:\n'
                         '  - item: gebr.gemotiveerd\n'
                         '    oordeel: bevorderend\n'
                         '    toelichting: In een korte vragenlijst gaven 14 van de 18 '
                         'vrijwilligers aan graag mee te doen.\n'
                         '  - item: gebr.kennis_vaardigheden\n'
                         '    oordeel: neutraal\n'
                         '    toelichting: De meeste vrijwilligers hebben al ervaring met '
                         'huisbezoeken.\n'},
 'FAC-03': {'gebied': 'factoren',
            'ernst': 'waarschuwing',
            'titel': 'Een belemmerende factor krijgt geen aanpak',
            'bron': 'Toolkit Implementatie, ingrediënt 3 (passende implementatie-activiteiten); '
                    'Movisie-nieuws over de Implementatie-Quickscan',
            'wat': 'Kijkt of elke factor met `oordeel: belemmerend` wordt aangepakt: een '
                   'activiteit noemt hem in `adresseert`, is niet vervallen, en begint vóór het '
                   'laatste `eind` van de activiteiten in de fase doen (zonder die: vóór het eind '
                   'van de `periode`). Een factor met een `tot` op of vóór de start van de '
                   'invoering is ook afgehandeld: de situatie is dan voorbij voordat het werk '
                   'begint. Staan er bij de factor `doelgroepen`, dan telt de start van het werk '
                   'voor die groepen (de eerste activiteit in de fase doen die hen bereikt); is er '
                   'voor hen geen werk met een datum, dan handelt `tot` de factor niet af.',
            'waarom': 'De toolkit en het nieuwsbericht over de Implementatie-Quickscan zijn hier '
                      'duidelijk over: een plan kiest zijn activiteiten op basis van wat de '
                      'invoering remt. Een rem die je wel ziet maar niet aanpakt, blijft remmen.',
            'oplossen': 'Plan een activiteit die de rem wegneemt of verkleint, laat haar beginnen '
                        'terwijl de invoering nog loopt, en zet de code van de factor bij '
                        '`adresseert` (bijvoorbeeld `adresseert: [gebr.kennis_vaardigheden]`). Bij '
                        'gebrek aan kennis past een training of coaching, bij weinig steun van de '
                        'leiding een gesprek of update voor de beslissers. Is de remmende situatie '
                        'voorbij voordat de invoering begint, zet dan bij de factor `tot` met de '
                        'datum.',
            'voorbeeld': 'factoren:\n'
                         '  - item: gebr.kennis_vaardigheden\n'
                         '    oordeel: belemmerend\n'
                         '    toelichting: Nieuwe vrijwilligers weten niet hoe ze eenzaamheid '
                         'bespreekbaar maken.\n'
                         'fasen:\n'
                         '  doen:\n'
                         '    - id: A10\n'
                         '      wat: Training gesprekstechniek in drie dagdelen\n'
                         '      soort: training\n'
                         '      wie: trainer van het steunpunt\n'
                         '      start: 2026-09-01\n'
                         '      sessies: 3\n'
                         '      adresseert: [gebr.kennis_vaardigheden]\n',
            'gaat_af': 'factoren:\n'
                       '  - id: eigen.vervoer\n'
                       '    domein: organisatie_context\n'
                       '    omschrijving: Er is geen vervoer naar de bijeenkomsten in het '
                       'dorpshuis\n'
                       '    oordeel: belemmerend\n'
                       "    toelichting: De buurtbus rijdt niet meer na zes uur 's avonds.\n"},
 'FAC-04': {'gebied': 'factoren',
            'ernst': 'tip',
            'titel': 'Een andere grote verandering loopt nog als het werk begint',
            'bron': 'Toolkit Implementatie, ingrediënt 2 (kenmerken van de organisatie en context)',
            'wat': 'Geeft een tip als `org.veranderingen` (lopen er veel andere veranderingen, '
                   'zoals een reorganisatie of fusie?) belemmerend is en er geen `tot` bij staat, '
                   'of als het werk begint vóór die `tot`. Hetzelfde geldt voor een eigen '
                   'belemmerende factor met een `tot`. Het werk begint bij de eerste activiteit in '
                   'de fase doen (ook een selectie). Staan er bij de factor `doelgroepen` (de '
                   'verandering speelt maar bij een deel van de groepen, zoals één team dat '
                   'fuseert), dan telt de eerste activiteit in de fase doen die die groepen '
                   'bereikt, en noemt de tip haar; is er voor hen nog geen werk met een datum, dan '
                   'oordeelt de regel niet.',
            'waarom': 'De toolkit waarschuwt dat een organisatie die al druk is met een fusie of '
                      'reorganisatie weinig ruimte heeft voor nog iets nieuws. Mensen hebben dan '
                      'hun aandacht ergens anders. Raakt de verandering maar één groep, dan hoeft '
                      'alleen het werk voor die groep te wachten.',
            'oplossen': 'Zet bij de factor `tot`: de datum waarop de andere verandering achter de '
                        'rug is. Laat het werk pas daarna beginnen, of maak expliciet ruimte naast '
                        'die verandering en leg dat vast onder `bijstellingen`. Speelt de '
                        'verandering maar bij een deel van de doelgroepen, zet die dan bij de '
                        'factor onder `doelgroepen`.',
            'voorbeeld': 'doelgroepen:\n'
                         '  - {id: wijkteam, naam: Medewerkers Sociaal Wijkteam Zuid, type: '
                         'gebruikers}\n'
                         '  - {id: buurtwerk, naam: Buurtwerkers, type: gebruikers}\n'
                         'factoren:\n'
                         '  - item: org.veranderingen\n'
                         '    oordeel: belemmerend\n'
                         '    toelichting: Het wijkteam Zuid fuseert tot en met juni 2026; het '
                         'buurtwerk niet.\n'
                         '    tot: 2026-06-30\n'
                         '    doelgroepen: [wijkteam]\n'
                         'fasen:\n'
                         '  doen:\n'
                         '    - id: A11\n'
                         '      wat: Pilot met vier buurtwerkers\n'
                         '      soort: pilot\n'
                         '      wie: Coördinator buurtwerk\n'
                         '      start: 2026-03-01\n'
                         '      eind: 2026-05-31\n'
                         '      doelgroepen: [buurtwerk]\n'
                         '    - id: A12\n'
                         '      wat: Training gespreksvaardigheden voor het wijkteam, drie '
                         'dagdelen\n'
                         '      soort: training\n'
                         '      wie: Trainer van de welzijnsorganisatie\n'
                         '      start: 2026-09-01\n'
                         '      eind: 2026-10-15\n'
                         '      sessies: 3\n'
                         '      doelgroepen: [wijkteam]\n',
            'gaat_af': 'doelgroepen:\n'
                       '  - {id: wijkteam, naam: Medewerkers Sociaal Wijkteam Zuid, type: '
                       'gebruikers}\n'
                       'factoren:\n'
                       '  - item: org.veranderingen\n'
                       '    oordeel: belemmerend\n'
                       '    toelichting: Het wijkteam Zuid fuseert tot en met juni 2026.\n'
                       '    tot: 2026-06-30\n'
                       '    doelgroepen: [wijkteam]\n'
                       'fasen:\n'
                       '  doen:\n'
                       '    - id: A12\n'
                       '      wat: Training gespreksvaardigheden voor het wijkteam, drie dagdelen\n'
                       '      soort: training\n'
                       '      wie: Trainer van de welzijnsorganisatie\n'
                       '      start: 2026-05-01\n'
                       '      eind: 2026-06-15\n'
                       '      sessies: 3\n'
                       '      doelgroepen: [wijkteam]\n'},
 'FAC-05': {'gebied': 'factoren',
            'ernst': 'tip',
            'titel': 'Wat remt, wordt aangepakt met activiteiten die er niet bij passen',
            'bron': 'Toolkit Implementatie, ingrediënt 3 (passende activiteiten kiezen)',
            'wat': 'Kijkt bij elke belemmerende vraag uit de checklist die activiteiten in '
                   '`adresseert` noemen (vervallen activiteiten tellen niet) of minstens één van '
                   'die activiteiten van een soort is die bij die vraag past. Welke soorten '
                   'passen, staat per vraag in `impl checklist`. Eigen factoren beoordeelt deze '
                   'regel niet.',
            'waarom': 'De toolkit vraagt bij elke factor die remt een activiteit te kiezen die '
                      'daar echt iets aan doet. Een feestje verandert niets aan ontbrekende '
                      'vaardigheden, en een nieuwsbrief niets aan een gebrek aan geld. Zo lijkt '
                      'een knelpunt opgelost terwijl het blijft bestaan.',
            'oplossen': 'Plan een activiteit van een passende soort (de melding noemt ze) en zet '
                        'de factor bij die activiteit onder `adresseert`. Past geen van die '
                        'soorten, leg dan met `quickscan.negeer` uit waarom jouw aanpak wel werkt.',
            'voorbeeld': 'factoren:\n'
                         '  - item: gebr.kennis_vaardigheden\n'
                         '    oordeel: belemmerend\n'
                         '    toelichting: De vrijwilligers hebben nog nooit een gesprek over '
                         'eenzaamheid gevoerd.\n'
                         'fasen:\n'
                         '  doen:\n'
                         '    - id: A12\n'
                         '      wat: Training gespreksvaardigheden in drie dagdelen\n'
                         '      soort: training\n'
                         '      wie: Trainer van de welzijnsorganisatie\n'
                         '      start: 2026-09-01\n'
                         '      eind: 2026-10-15\n'
                         '      sessies: 3\n'
                         '      adresseert: [gebr.kennis_vaardigheden]\n'},
 'FAC-06': {'gebied': 'factoren',
            'ernst': 'waarschuwing',
            'titel': 'Gebruikers dachten mee, maar dat werk is vervallen of te laat',
            'bron': 'Toolkit Implementatie, §0.1 en ingrediënt 2; Blog vijf valkuilen, valkuil 4',
            'wat': 'Kijkt naar de checklistvraag `int.gebruikers_betrokken` (zijn gebruikers '
                   'betrokken bij het ontwikkelen?). Staat die op bevorderend, en noemt het plan '
                   'in de fase ontwikkelen activiteiten waarin gebruikers of de profijtgroep '
                   'meedenken (`betrekken_gebruikers`, `proefimplementatie`, `feedback` of '
                   '`lokale_aanpassing`), dan moet minstens één daarvan doorgaan (niet vervallen) '
                   'en beginnen vóór de start van de invoering. Anders volgt een waarschuwing die '
                   'noemt welke activiteiten vervallen zijn en welke te laat of zonder datum '
                   'beginnen. Alleen de fase ontwikkelen telt: feedback na de invoering zegt niets '
                   'over het ontwikkelen. Noemt het plan in die fase geen zulke activiteit, dan '
                   'oordeelt de regel niet (het oordeel kan op eerder werk van de ontwikkelaar '
                   'rusten).',
            'waarom': 'Een factor op bevorderend is een reden om er niets aan te doen. Zijn de '
                      'activiteiten waarop dat oordeel rust vervallen of uitgesteld, dan is die '
                      'reden weg, terwijl de analyse nog zegt dat het goed zit. De toolkit en de '
                      'blog over valkuilen waarschuwen juist dat een interventie zonder inbreng '
                      'van gebruikers slecht aansluit.',
            'oplossen': 'Laat gebruikers en profijtgroep alsnog meedenken vóór de start van de '
                        'invoering, of pas het oordeel aan (belemmerend of onbekend) en plan een '
                        'activiteit die erop inspeelt.',
            'voorbeeld': 'doelgroepen:\n'
                         '  - {id: ouders, naam: Ouders van jonge kinderen in Zuid, type: '
                         'profijtgroep}\n'
                         'factoren:\n'
                         '  - item: int.gebruikers_betrokken\n'
                         '    oordeel: bevorderend\n'
                         '    toelichting: Zes ouders denken mee in een klankbordgroep.\n'
                         'fasen:\n'
                         '  ontwikkelen:\n'
                         '    - id: O1\n'
                         '      wat: Klankbordgroep met zes ouders over de opzet van de cursus\n'
                         '      soort: betrekken_gebruikers\n'
                         '      wie: Projectleider\n'
                         '      start: 2025-01-15\n'
                         '      eind: 2025-03-31\n'
                         '      doelgroepen: [ouders]\n',
            'gaat_af': 'doelgroepen:\n'
                       '  - {id: ouders, naam: Ouders van jonge kinderen in Zuid, type: '
                       'profijtgroep}\n'
                       'factoren:\n'
                       '  - item: int.gebruikers_betrokken\n'
                       '    oordeel: bevorderend\n'
                       '    toelichting: Zes ouders denken mee in een klankbordgroep.\n'
                       'fasen:\n'
                       '  ontwikkelen:\n'
                       '    - id: O1\n'
                       '      wat: Klankbordgroep met zes ouders over de opzet van de cursus\n'
                       '      soort: betrekken_gebruikers\n'
                       '      wie: Projectleider\n'
                       '      start: 2025-01-15\n'
                       '      eind: 2025-03-31\n'
                       '      doelgroepen: [ouders]\n'
                       '      status: vervallen\n'},
 'ACT-01': {'gebied': 'activiteiten',
            'ernst': 'waarschuwing',
            'titel': 'Een fase heeft geen activiteiten',
            'bron': 'Toolkit Implementatie, fasen 0 tot en met 5',
            'wat': 'Kijkt of elke fase (0 tot en met 5) minstens één activiteit heeft die niet '
                   'vervallen is. Voor een uitvoerende organisatie is een lege fase 0 '
                   '(ontwikkelen) alleen een tip: zij voert een bestaande interventie in en '
                   'ontwikkelt die meestal niet zelf. In de score telt fase 0 dan als een apart '
                   'tip-onderdeel.',
            'waarom': 'De toolkit beschrijft invoeren als een reeks fasen: mensen moeten eerst '
                      'weten dat de interventie er is, dan begrijpen wat het is, het willen, het '
                      'doen en het blijven doen. Een fase zonder activiteiten is vaak de plek waar '
                      'het later stokt.',
            'oplossen': 'Plan voor elke lege fase minstens één activiteit. `impl checklist` laat '
                        'per fase zien welke activiteiten de toolkit aanraadt. Voert je '
                        'organisatie een bestaande interventie in, dan kun je in fase ontwikkelen '
                        'bijvoorbeeld meedoen aan een proefimplementatie.',
            'voorbeeld': 'fasen:\n'
                         '  ontwikkelen:\n'
                         '    - {id: A1, soort: betrekken_gebruikers, wat: Groepsgesprek met '
                         'vrijwilligers en ouderen}\n'
                         '  weten:\n'
                         '    - {id: A2, soort: communicatie, wat: Presentatie in het '
                         'teamoverleg}\n'
                         '  begrijpen:\n'
                         '    - {id: A3, soort: handboek, wat: Werkkaart in eenvoudige taal}\n'
                         '  willen:\n'
                         '    - {id: A4, soort: ambassadeurs, wat: Ervaren vrijwilligers vertellen '
                         'hun verhaal}\n'
                         '  doen:\n'
                         '    - {id: A5, soort: training, wat: Training in drie dagdelen, sessies: '
                         '3}\n'
                         '  blijven_doen:\n'
                         '    - {id: A6, soort: monitoring, wat: Elk kwartaal de registratie '
                         'bekijken}\n'},
 'ACT-02': {'gebied': 'activiteiten',
            'ernst': 'waarschuwing',
            'titel': 'Een fase mist haar kernactiviteiten',
            'bron': 'Toolkit Implementatie, §0.1 tot en met §5.3',
            'wat': 'Kijkt per fase die al activiteiten heeft of de kernactiviteiten uit de toolkit '
                   'erbij zitten (de `soort` van de activiteit), en noemt de ontbrekende met hun '
                   'paragraaf. Vervallen activiteiten tellen niet mee. Voor een uitvoerende '
                   'organisatie is een gat in fase ontwikkelen alleen een tip, en telt het in de '
                   'score als een apart tip-onderdeel.',
            'waarom': 'De toolkit noemt per fase de activiteiten waarvan bekend is dat ze helpen, '
                      'zoals een communicatieplan om het nieuws bij de juiste mensen te krijgen, '
                      'en training en coaching om ermee te leren werken. Ontbreekt er een, dan mis '
                      'je vaak een stap.',
            'oplossen': 'Voeg de ontbrekende soorten toe in de fase waar ze horen. Past een '
                        'kernactiviteit echt niet bij jouw situatie, zet de regel dan met een '
                        'reden onder `quickscan.negeer`.',
            'voorbeeld': 'fasen:\n'
                         '  ontwikkelen:\n'
                         '    - {id: A1, soort: betrekken_gebruikers, wat: Klankbordgroep met '
                         'ouderen}\n'
                         '    - {id: A2, soort: proefimplementatie, wat: Drie maanden proefdraaien '
                         'in één team}\n'
                         '  weten:\n'
                         '    - {id: A3, soort: communicatieplan, wat: Communicatieplan per '
                         'doelgroep}\n'
                         '    - {id: A4, soort: communicatie, wat: Nieuwsbrief en presentatie in '
                         'het teamoverleg}\n'
                         '  begrijpen:\n'
                         '    - {id: A5, soort: handboek, wat: Werkkaart in eenvoudige taal}\n'
                         '    - {id: A6, soort: reflectie, wat: Intervisie over de huidige '
                         'werkwijze}\n'
                         '  willen:\n'
                         '    - {id: A7, soort: kosten_baten, wat: Overzicht van kosten en '
                         'opbrengsten voor de directie}\n'
                         '    - {id: A8, soort: ambassadeurs, wat: Ouderen vertellen wat de '
                         'bezoeken hen opleveren}\n'
                         '    - {id: A9, soort: lokale_aanpassing, wat: Samen met de ontwikkelaar '
                         'aanpassen aan de wijk}\n'
                         '  doen:\n'
                         '    - {id: A10, soort: selectie, wat: Vrijwilligers kiezen die bij de '
                         'methode passen}\n'
                         '    - {id: A11, soort: training, wat: Training in drie dagdelen, '
                         'sessies: 3}\n'
                         '    - {id: A12, soort: coaching, wat: Maandelijkse coaching op de '
                         'werkvloer}\n'
                         '    - {id: A13, soort: pilot, wat: Eerst starten met vijf '
                         'vrijwilligers}\n'
                         '  blijven_doen:\n'
                         '    - {id: A14, soort: randvoorwaarden, wat: Uren en budget opnemen in '
                         'de jaarbegroting}\n'
                         '    - {id: A15, soort: monitoring, wat: Elk kwartaal de registratie '
                         'bekijken}\n'
                         '    - {id: A16, soort: verbeteren, wat: Werkkaart bijwerken met wat we '
                         'leren}\n'
                         '    - {id: A17, soort: feedback, wat: Jaarlijkse feedbackronde onder '
                         'vrijwilligers}\n'},
 'ACT-03': {'gebied': 'activiteiten',
            'ernst': 'waarschuwing',
            'titel': 'Een activiteit mist wie, wat of wanneer',
            'bron': 'Toolkit Implementatie, PDCA-cyclus: Plan (wie, wat, waar en wanneer)',
            'wat': 'Kijkt bij elke activiteit of `wat`, `wie` (de trekker) en `start` zijn '
                   'ingevuld. Een plaatshouder als "n.t.b.", "volgt" of "-" telt als leeg. '
                   'Vervallen activiteiten tellen niet mee. Heeft het plan nog geen activiteiten, '
                   'dan telt de regel in de score als niet gehaald.',
            'waarom': 'De toolkit vraagt bij elke activiteit vast te leggen wie wat doet, waar en '
                      'wanneer. Een activiteit zonder trekker of startdatum gebeurt vaak niet.',
            'oplossen': 'Vul bij elke activiteit aan wat je precies doet (`wat`), wie de trekker '
                        'is (`wie`) en wanneer het begint (`start`, JJJJ-MM-DD).',
            'voorbeeld': 'fasen:\n'
                         '  ontwikkelen:\n'
                         '    - {id: A1, wat: Groepsgesprek met ouderen, wie: projectleider, '
                         'start: 2026-02-01}\n'
                         '  weten:\n'
                         '    - {id: A2, wat: Presentatie in het teamoverleg, wie: projectleider, '
                         'start: 2026-03-10}\n'
                         '  begrijpen:\n'
                         '    - {id: A3, wat: Werkkaart in eenvoudige taal, wie: coördinator, '
                         'start: 2026-04-01}\n'
                         '  willen:\n'
                         '    - {id: A4, wat: Vrijwilligers vertellen hun verhaal, wie: '
                         'coördinator, start: 2026-05-15}\n'
                         '  doen:\n'
                         '    - {id: A5, wat: Training in drie dagdelen, wie: trainer, start: '
                         '2026-09-01}\n'
                         '  blijven_doen:\n'
                         '    - {id: A6, wat: Kwartaaloverzicht van de registratie, wie: '
                         'coördinator, start: 2027-01-01}\n'},
 'ACT-04': {'gebied': 'activiteiten',
            'ernst': 'fout',
            'titel': 'Een activiteit eindigt voor ze begint, of valt buiten de periode',
            'bron': 'Planformaat van impl (controle op tegenstrijdige datums)',
            'wat': 'Kijkt bij elke activiteit of `eind` niet vóór `start` ligt, en of beide datums '
                   'binnen de `periode` van het plan vallen.',
            'waarom': 'Hier spreekt het plan zichzelf tegen; meestal is een datum verkeerd getypt. '
                      'Een planning met zulke fouten geeft een verkeerd beeld van wat wanneer '
                      'gebeurt.',
            'oplossen': 'Verbeter de datum die niet klopt. Valt een activiteit echt later dan '
                        'gepland, verleng dan de `periode`.',
            'voorbeeld': 'periode: {start: 2026-01-01, eind: 2027-12-31}\n'
                         'fasen:\n'
                         '  ontwikkelen:\n'
                         '    - {id: A1, wat: Groepsgesprek met ouderen, start: 2026-02-01, eind: '
                         '2026-03-31}\n'
                         '  weten:\n'
                         '    - {id: A2, wat: Presentatie in het teamoverleg, start: 2026-03-10, '
                         'eind: 2026-03-10}\n'
                         '  begrijpen:\n'
                         '    - {id: A3, wat: Werkkaart in eenvoudige taal, start: 2026-04-01, '
                         'eind: 2026-06-30}\n'
                         '  willen:\n'
                         '    - {id: A4, wat: Vrijwilligers vertellen hun verhaal, start: '
                         '2026-05-15, eind: 2026-08-31}\n'
                         '  doen:\n'
                         '    - {id: A5, wat: Training in drie dagdelen, start: 2026-09-01, eind: '
                         '2026-10-15}\n'
                         '  blijven_doen:\n'
                         '    - {id: A6, wat: Kwartaaloverzicht van de registratie, start: '
                         '2027-01-01, eind: 2027-12-31}\n'},
 'ACT-05': {'gebied': 'activiteiten',
            'ernst': 'tip',
            'titel': 'Alle activiteiten gebruiken dezelfde strategie',
            'bron': "Movisie-artikel 'Implementeren kun je leren'; Toolkit Implementatie, "
                    'ingrediënt 3',
            'wat': 'Kijkt of de activiteiten samen meer dan één `strategie` gebruiken: informeren, '
                   'faciliteren, overtuigen of verplichten. Vervallen activiteiten tellen niet '
                   'mee. Bij één activiteit oordeelt de regel niet; zonder activiteiten telt ze in '
                   'de score als niet gehaald.',
            'waarom': 'Het Movisie-artikel noemt verschillende manieren om een verandering in te '
                      'voeren: mensen iets leren, het ze makkelijk maken, ze overtuigen of het '
                      'verplichten. De toolkit ziet dat een combinatie van activiteiten meestal '
                      'het beste werkt. Alleen informeren is zelden genoeg.',
            'oplossen': 'Zet bij elke activiteit een `strategie` en kijk of de mix past. Voeg '
                        'bijvoorbeeld naast voorlichting (informeren) een training of hulpmiddel '
                        'toe (faciliteren), of laat ambassadeurs vertellen wat het oplevert '
                        '(overtuigen).',
            'voorbeeld': 'fasen:\n'
                         '  weten:\n'
                         '    - {id: A2, wat: Nieuwsbrief over de aanpak, soort: communicatie, '
                         'strategie: informeren}\n'
                         '  willen:\n'
                         '    - {id: A4, wat: Ervaringsverhalen, soort: ambassadeurs, strategie: '
                         'overtuigen}\n'
                         '  doen:\n'
                         '    - {id: A5, wat: Training in drie dagdelen, soort: training, '
                         'strategie: faciliteren}\n'},
 'ACT-06': {'gebied': 'activiteiten',
            'ernst': 'tip',
            'titel': 'Geen kleine start voordat je breed invoert',
            'bron': 'Toolkit Implementatie, PDCA-cyclus: Do',
            'wat': 'Kijkt of het plan klein begint. De kleine start is de eerste `pilot` of '
                   '`proefimplementatie` in de fase doen (niet vervallen, met een `start`); staat '
                   'daar geen, dan de eerste in een andere fase, zoals een proefimplementatie '
                   'tijdens het ontwikkelen. De brede invoering is de eerste activiteit in de fase '
                   'doen met `soort: uitrol`, of met `soort: overig` als die ook de profijtgroep '
                   'bereikt die de kleine start bereikt (zo tellen voorbereidingen zoals "woningen '
                   'woonklaar maken" niet als invoering). De tip volgt als er geen kleine start '
                   'is, of als de kleine start pas begint nadat de brede invoering al loopt (op '
                   'dezelfde dag mag). Zonder brede invoering moet de kleine start beginnen '
                   'voordat de laatste training of coaching in de fase doen klaar is; zonder '
                   'training of coaching telt elke pilot met een datum. Een `selectie`, training '
                   'of coaching vóór de pilot is gewoon.',
            'waarom': 'De toolkit raadt aan klein te starten: eerst met een handvol mensen of '
                      'teams die er zin in hebben. Zo test je of plan en interventie werken en kun '
                      'je bijstellen voordat iedereen meedoet. Een pilot die pas begint als de '
                      'andere locaties al met de interventie werken, kan de brede invoering niet '
                      'meer bijsturen.',
            'oplossen': 'Plan een `pilot` (of `proefimplementatie`) met een kleine groep die '
                        'begint vóór de brede invoering (zet die als `soort: uitrol` in de fase '
                        'doen), en neem een moment op om daarna bij te stellen.',
            'voorbeeld': 'fasen:\n'
                         '  doen:\n'
                         '    - id: A10\n'
                         '      wat: Vijf vrijwilligers beginnen drie maanden met de huisbezoeken\n'
                         '      soort: pilot\n'
                         '      wie: coördinator vrijwilligers\n'
                         '      start: 2026-09-01\n'
                         '      eind: 2026-11-30\n'
                         '    - id: A11\n'
                         '      wat: Alle vrijwilligers van het steunpunt gaan met de methode '
                         'werken\n'
                         '      soort: uitrol\n'
                         '      wie: coördinator vrijwilligers\n'
                         '      start: 2027-01-15\n',
            'gaat_af': 'fasen:\n'
                       '  doen:\n'
                       '    - id: A10\n'
                       '      wat: Alle vrijwilligers van het steunpunt gaan met de methode '
                       'werken\n'
                       '      soort: uitrol\n'
                       '      wie: coördinator vrijwilligers\n'
                       '      start: 2026-05-01\n'
                       '    - id: A11\n'
                       '      wat: Vijf vrijwilligers in Noord proberen de methode drie maanden '
                       'uit\n'
                       '      soort: pilot\n'
                       '      wie: coördinator vrijwilligers\n'
                       '      start: 2026-09-01\n'
                       '      eind: 2026-11-30\n'},
 'ACT-07': {'gebied': 'activiteiten',
            'ernst': 'tip',
            'titel': 'Een training bestaat uit maar één bijeenkomst',
            'bron': 'Toolkit Implementatie, §4.2 (tips voor een goede training)',
            'wat': 'Kijkt bij elke training (`soort: training`, niet vervallen) of `sessies` '
                   'minstens 2 is; ontbreekt `sessies`, dan volgt ook een tip. De regel geldt niet '
                   'als de interventie goed past bij de huidige werkwijze (`int.past_werkwijze` '
                   'bevorderend) en kennis en motivatie van de gebruikers niet remmen '
                   '(`gebr.kennis_vaardigheden` en `gebr.gemotiveerd` niet belemmerend): dan kan '
                   'één workshop genoeg zijn (toolkit §4.2).',
            'waarom': 'Volgens de toolkit blijft een training beter hangen als je haar over een '
                      'paar dagen of dagdelen spreidt, met tussendoor tijd om het in de praktijk '
                      'te proberen. Eén losse dag werkt minder goed.',
            'oplossen': 'Verdeel de training over meerdere bijeenkomsten (bijvoorbeeld drie '
                        'dagdelen met een paar weken ertussen) en zet het aantal bij `sessies`. '
                        'Een terugkombijeenkomst of coaching achteraf helpt ook. Past de '
                        'interventie goed bij de huidige werkwijze en kunnen en willen de '
                        'gebruikers het al, leg dat dan vast bij de factoren: dan volstaat één '
                        'workshop.',
            'voorbeeld': 'fasen:\n'
                         '  doen:\n'
                         '    - id: A11\n'
                         '      wat: Training gesprekstechniek, drie dagdelen met twee weken '
                         'ertussen\n'
                         '      soort: training\n'
                         '      wie: trainer van het steunpunt\n'
                         '      start: 2026-09-01\n'
                         '      eind: 2026-10-15\n'
                         '      sessies: 3\n'},
 'ACT-08': {'gebied': 'activiteiten',
            'ernst': 'waarschuwing',
            'titel': 'Een activiteit is over haar einddatum maar niet afgerond',
            'bron': 'Toolkit Implementatie, PDCA-cyclus: Check',
            'wat': 'Kijkt bij elke activiteit met een `eind` in het verleden (vóór vandaag, of '
                   'vóór `--datum`) of de `status` gereed of vervallen is. Zonder activiteiten '
                   'telt de regel in de score als niet gehaald.',
            'waarom': 'De toolkit vraagt tijdens de uitvoering steeds te kijken hoe het gaat, '
                      'zodat je op tijd kunt bijsturen. Een activiteit die over haar tijd is en '
                      'nog op gepland of bezig staat, is een signaal: ze is vergeten, uitgesteld '
                      'of de status is niet bijgewerkt. Vervallen werk telt nergens meer mee.',
            'oplossen': 'Zet de `status` op gereed of vervallen als dat zo is. Loopt de activiteit '
                        'nog, verschuif dan `eind` en schrijf onder `bijstellingen` waarom.',
            'voorbeeld': 'fasen:\n'
                         '  ontwikkelen:\n'
                         '    - {id: A1, wat: Groepsgesprek met ouderen, eind: 2026-03-31, status: '
                         'gereed}\n'
                         '  weten:\n'
                         '    - {id: A2, wat: Presentatie in het teamoverleg, eind: 2026-03-10, '
                         'status: gereed}\n'
                         '  begrijpen:\n'
                         '    - {id: A3, wat: Werkkaart in eenvoudige taal, eind: 2026-06-30, '
                         'status: gereed}\n'
                         '  willen:\n'
                         '    - {id: A4, wat: Filmpje met ervaringen van ouderen, eind: '
                         '2026-08-31, status: vervallen}\n'
                         '  doen:\n'
                         '    - {id: A5, wat: Coaching op de werkvloer, eind: 2027-06-30, status: '
                         'bezig}\n'
                         '  blijven_doen:\n'
                         '    - {id: A6, wat: Kwartaaloverzicht van de registratie, eind: '
                         '2027-12-31, status: gepland}\n'},
 'ACT-09': {'gebied': 'activiteiten',
            'ernst': 'waarschuwing',
            'titel': 'Een doelgroep moet al doen voordat ze ervan weet',
            'bron': 'Toolkit Implementatie, fasemodel en ingrediënt 3',
            'wat': 'Kijkt per directe doelgroep of de activiteiten de fasen volgen die de groep '
                   'doorloopt: eerst weten, dan begrijpen en willen, dan doen. De regel begint bij '
                   'de `huidige_fase` van de groep (weten als die ontbreekt of ontwikkelen is; bij '
                   'doen of blijven doen oordeelt hij niet). Hij gaat af als de eerste activiteit '
                   'in de fase doen voor deze groep (een selectie telt niet mee) eerder begint dan '
                   'de eerste activiteit voor hen in een fase ervoor, of als een groep die nog '
                   'moet horen van de interventie wel in de fase doen maar in geen enkele '
                   'activiteit in de fase weten voorkomt. Een activiteit `soort: communicatie` '
                   'telt als weten, in welke fase ze ook staat (een proefles of aankondiging in de '
                   'fase doen vertelt de groep ook dat de interventie er is); een '
                   '`communicatieplan` maken bereikt de groep nog niet en telt niet mee. Dezelfde '
                   'dag is goed. Vervallen activiteiten tellen niet. Accepteren kan per groep: '
                   '`negeer` met `waar:` de code van de doelgroep.',
            'waarom': 'Het fasemodel van de toolkit zegt dat mensen pas goed met iets aan de slag '
                      'gaan als ze weten dat het er is, begrijpen wat het inhoudt en het zelf '
                      'willen. Een training voor mensen die nog nooit van de interventie gehoord '
                      'hebben, voelt als iets dat over hen wordt uitgestort; de opkomst en het '
                      'resultaat vallen dan tegen.',
            'oplossen': 'Laat de activiteit in de fase doen later beginnen, of begin eerder met '
                        'informeren en uitleggen voor deze groep (`soort: communicatie`; het '
                        'communicatieplan schrijven is nog geen vertellen). Weet de groep het al '
                        '(bijvoorbeeld omdat ze meedacht bij de ontwikkeling), zet dan '
                        '`huidige_fase` bij de doelgroep.',
            'voorbeeld': 'doelgroepen:\n'
                         '  - id: vrijwilligers\n'
                         '    naam: Vrijwilligers van de huisbezoekdienst\n'
                         '    type: gebruikers\n'
                         '    huidige_fase: weten\n'
                         '    kanalen:\n'
                         '      - {naam: vrijwilligersavond, soort: persoonlijk}\n'
                         '      - {naam: nieuwsbrief, soort: massamedia, online: true}\n'
                         '    boodschap: Met een paar vaste vragen kun je eenzaamheid bespreekbaar '
                         'maken.\n'
                         '    contactmomenten: 8\n'
                         '    verspreiders: [coördinator vrijwilligerswerk]\n'
                         'fasen:\n'
                         '  weten:\n'
                         '    - id: A3\n'
                         '      wat: Communicatieplan per doelgroep\n'
                         '      soort: communicatieplan\n'
                         '      wie: Communicatieadviseur\n'
                         '      start: 2026-02-01\n'
                         '      eind: 2026-02-28\n'
                         '      doelgroepen: [vrijwilligers]\n'
                         '  doen:\n'
                         '    - id: A11\n'
                         '      wat: Proefgesprek op de vrijwilligersavond, met uitleg over de '
                         'methode\n'
                         '      soort: communicatie\n'
                         '      wie: Coördinator vrijwilligerswerk\n'
                         '      start: 2026-08-15\n'
                         '      eind: 2026-08-15\n'
                         '      doelgroepen: [vrijwilligers]\n'
                         '    - id: A12\n'
                         '      wat: Training gespreksvaardigheden in drie dagdelen\n'
                         '      soort: training\n'
                         '      wie: Trainer van de welzijnsorganisatie\n'
                         '      start: 2026-09-01\n'
                         '      eind: 2026-10-15\n'
                         '      sessies: 3\n'
                         '      doelgroepen: [vrijwilligers]\n',
            'gaat_af': 'doelgroepen:\n'
                       '  - id: vrijwilligers\n'
                       '    naam: Vrijwilligers van de huisbezoekdienst\n'
                       '    type: gebruikers\n'
                       '    huidige_fase: weten\n'
                       'fasen:\n'
                       '  weten:\n'
                       '    - id: A3\n'
                       '      wat: Communicatieplan per doelgroep\n'
                       '      soort: communicatieplan\n'
                       '      wie: Communicatieadviseur\n'
                       '      start: 2026-02-01\n'
                       '      eind: 2026-02-28\n'
                       '      doelgroepen: [vrijwilligers]\n'
                       '  doen:\n'
                       '    - id: A12\n'
                       '      wat: Training gespreksvaardigheden in drie dagdelen\n'
                       '      soort: training\n'
                       '      wie: Trainer van de welzijnsorganisatie\n'
                       '      start: 2026-09-01\n'
                       '      eind: 2026-10-15\n'
                       '      sessies: 3\n'
                       '      doelgroepen: [vrijwilligers]\n'},
 'COM-01': {'gebied': 'communicatie',
            'ernst': 'waarschuwing',
            'titel': 'Een doelgroep heeft geen kanalen of geen boodschap',
            'bron': 'Toolkit Implementatie, §1.1 (communicatieplan)',
            'wat': 'Kijkt bij elke doelgroep of er `kanalen` en een `boodschap` zijn ingevuld. Een '
                   'plaatshouder als "n.t.b.", "volgt" of "-" telt als leeg. Heeft het plan nog '
                   'geen ingevulde doelgroepen, dan scoort het gebied communicatie 0 % zonder '
                   'aparte melding van deze regel.',
            'waarom': 'Een communicatieplan legt volgens de toolkit per groep vast wat die moet '
                      'horen en hoe je haar bereikt. Elke groep heeft een eigen kijk en eigen '
                      'vragen; een boodschap die voor iedereen hetzelfde is, raakt niemand echt.',
            'oplossen': 'Schrijf bij elke doelgroep in één of twee zinnen wat zij moet weten '
                        '(`boodschap`) en zet onder `kanalen` hoe je haar bereikt.',
            'voorbeeld': 'doelgroepen:\n'
                         '  - id: vrijwilligers\n'
                         '    naam: Vrijwilligers van het steunpunt\n'
                         '    type: gebruikers\n'
                         '    boodschap: Met een paar vaste bezoeken maak je echt verschil voor '
                         'een oudere in je buurt.\n'
                         '    kanalen:\n'
                         '      - {naam: vrijwilligersoverleg, soort: persoonlijk}\n'
                         '      - {naam: nieuwsbrief steunpunt, soort: massamedia, online: '
                         'true}\n'},
 'COM-02': {'gebied': 'communicatie',
            'ernst': 'waarschuwing',
            'titel': 'Een directe doelgroep heeft te weinig kanalen of geen persoonlijk kanaal',
            'bron': 'Toolkit Implementatie, §1.1 (communicatieplan)',
            'wat': 'Kijkt bij elke directe doelgroep (`direct: true`, de standaard) of er minstens '
                   'twee kanalen zijn en of één daarvan persoonlijk is (`soort: persoonlijk`).',
            'waarom': 'De toolkit raadt aan de boodschap vaker en via verschillende wegen te '
                      'brengen, en naast nieuwsbrieven en intranet ook persoonlijke kanalen te '
                      "gebruiken: collega's, sleutelfiguren of iemand die langskomt. Veel mensen "
                      'horen iets liever van iemand die ze kennen.',
            'oplossen': 'Voeg een tweede kanaal toe, en zorg dat er minstens één persoonlijk is, '
                        'zoals een teamoverleg, een huisbezoek of een gesprek met een '
                        'sleutelfiguur.',
            'voorbeeld': 'doelgroepen:\n'
                         '  - id: ouderen\n'
                         '    naam: Alleenwonende ouderen in wijk Oost\n'
                         '    type: profijtgroep\n'
                         '    boodschap: Er is iemand uit de buurt die graag bij u langskomt voor '
                         'een praatje.\n'
                         '    kanalen:\n'
                         '      - {naam: huisbezoek door de ouderenadviseur, soort: persoonlijk}\n'
                         '      - {naam: wijkkrant, soort: massamedia}\n'},
 'COM-03': {'gebied': 'communicatie',
            'ernst': 'tip',
            'titel': 'De boodschap komt minder dan zeven keer langs',
            'bron': 'IMPACT-methode, stap 3 (communiceren)',
            'wat': 'Kijkt bij elke directe doelgroep of `contactmomenten` is ingevuld en minstens '
                   '7 is.',
            'waarom': 'De IMPACT-methode wijst erop dat mensen een boodschap vaak moeten zien '
                      'voordat ze haar onthouden, rond de zeven keer. Eén bericht in de '
                      'nieuwsbrief is dus niet genoeg; kanalen die hetzelfde verhaal vertellen '
                      'versterken elkaar.',
            'oplossen': 'Tel hoe vaak elke groep de boodschap in de planperiode tegenkomt, over '
                        'alle kanalen samen, en plan er zo nodig meer. Zet het aantal bij '
                        '`contactmomenten`.',
            'voorbeeld': 'doelgroepen:\n'
                         '  - id: vrijwilligers\n'
                         '    naam: Vrijwilligers van het steunpunt\n'
                         '    type: gebruikers\n'
                         '    contactmomenten: 8\n'},
 'COM-04': {'gebied': 'communicatie',
            'ernst': 'tip',
            'titel': 'Een doelgroep heeft geen verspreiders',
            'bron': 'Toolkit Implementatie, §1.1 (sleutelfiguren en opinieleiders)',
            'wat': 'Kijkt bij elke doelgroep of er `verspreiders` zijn genoemd: sleutelfiguren of '
                   'opinieleiders die de boodschap overbrengen.',
            'waarom': 'De toolkit raadt aan vroeg mensen te zoeken die goed op de hoogte zijn, '
                      'gerespecteerd worden en een groot netwerk hebben. Wie een groep vertrouwt, '
                      'verschilt per groep: een collega, een huisarts, een buurtbewoner.',
            'oplossen': 'Vraag je per doelgroep af naar wie zij luisteren, en zet die mensen of '
                        'rollen onder `verspreiders`. Betrek ze vroeg.',
            'voorbeeld': 'doelgroepen:\n'
                         '  - id: vrijwilligers\n'
                         '    naam: Vrijwilligers van het steunpunt\n'
                         '    type: gebruikers\n'
                         '    verspreiders: [ervaren vrijwilligers die al huisbezoeken doen]\n'
                         '  - id: ouderen\n'
                         '    naam: Alleenwonende ouderen in wijk Oost\n'
                         '    type: profijtgroep\n'
                         '    verspreiders: [huisarts, wijkverpleegkundige, voorzitter '
                         'ouderenbond]\n'},
 'COM-05': {'gebied': 'communicatie',
            'ernst': 'tip',
            'titel': 'De aanpak past niet bij hoe snel een groep iets nieuws oppakt',
            'bron': 'Toolkit Implementatie, ingrediënt 2 (kenmerken van de gebruikers: '
                    'adoptiecategorieën)',
            'wat': 'Kijkt naar doelgroepen waarbij `adoptie` is ingevuld, en welke activiteiten '
                   'die groep bereiken. Heeft een groep late_majority of laggards, dan moet een '
                   'activiteit passen bij wat zij nodig hebben: voor gebruikers '
                   '`lokale_aanpassing`, `handboek` of `coaching`; voor beslissers ook '
                   '`kosten_baten` (een overzicht van kosten en baten overtuigt juist hen); bij '
                   'laggards ook `procesafspraken`; voor de profijtgroep `lokale_aanpassing`, '
                   '`ambassadeurs`, `pilot`, `proefimplementatie`, `coaching` of `training` '
                   '(bewoners lezen geen handboek). Heeft een groep innovators of early_adopters, '
                   'dan moet een `pilot`, `proefimplementatie`, `kosten_baten` of `ambassadeurs` '
                   'hen bereiken. De vroege meerderheid beoordeelt de regel niet.',
            'waarom': 'De toolkit legt uit dat mensen in verschillend tempo meegaan. Voorlopers '
                      'raken overtuigd door het voordeel en door het zelf te proberen; '
                      'achterblijvers vooral als het makkelijk te gebruiken en aan te passen is. '
                      'Eén aanpak voor iedereen mist dus een deel van de groep.',
            'oplossen': 'Zet bij de activiteit de code van de doelgroep onder `doelgroepen`. Laat '
                        'voorlopers meedoen aan de pilot of laat hen zien wat het oplevert; geef '
                        'late volgers onder de professionals een eenvoudige werkkaart, coaching of '
                        'ruimte om het op hun eigen manier te doen, en laat bewoners of cliënten '
                        'die afwachten het horen van mensen die ze kennen of het eerst klein '
                        'proberen, met persoonlijke begeleiding. Een wethouder of bestuur dat '
                        'afwacht, overtuig je met een overzicht van kosten en baten (`soort: '
                        'kosten_baten`).',
            'voorbeeld': 'doelgroepen:\n'
                         '  - id: voorlopers\n'
                         '    naam: Vrijwilligers die graag iets nieuws proberen\n'
                         '    type: gebruikers\n'
                         '    adoptie: [innovators, early_adopters]\n'
                         '  - id: twijfelaars\n'
                         '    naam: Vrijwilligers die eerst willen zien hoe het gaat\n'
                         '    type: gebruikers\n'
                         '    adoptie: [late_majority]\n'
                         '  - id: wethouder\n'
                         '    naam: Wethouder zorg en welzijn\n'
                         '    type: beslissers\n'
                         '    adoptie: [late_majority]\n'
                         'fasen:\n'
                         '  willen:\n'
                         '    - id: A8\n'
                         '      wat: Overzicht van kosten en baten voor de wethouder\n'
                         '      soort: kosten_baten\n'
                         '      wie: projectleider\n'
                         '      start: 2026-06-01\n'
                         '      doelgroepen: [wethouder]\n'
                         '  doen:\n'
                         '    - id: A10\n'
                         '      wat: Pilot met vijf vrijwilligers\n'
                         '      soort: pilot\n'
                         '      wie: coördinator vrijwilligers\n'
                         '      start: 2026-09-01\n'
                         '      doelgroepen: [voorlopers]\n'
                         '    - id: A12\n'
                         '      wat: Coaching bij de eerste bezoeken, met een eenvoudige '
                         'werkkaart\n'
                         '      soort: coaching\n'
                         '      wie: coördinator vrijwilligers\n'
                         '      start: 2027-01-15\n'
                         '      doelgroepen: [twijfelaars]\n',
            'gaat_af': 'doelgroepen:\n'
                       '  - id: wethouder\n'
                       '    naam: Wethouder zorg en welzijn\n'
                       '    type: beslissers\n'
                       '    adoptie: [late_majority]\n'
                       'fasen:\n'
                       '  willen:\n'
                       '    - id: A8\n'
                       '      wat: Kennismaking met de wethouder\n'
                       '      soort: overleg\n'
                       '      wie: projectleider\n'
                       '      start: 2026-06-01\n'
                       '      doelgroepen: [wethouder]\n'},
 'COM-06': {'gebied': 'communicatie',
            'ernst': 'waarschuwing',
            'titel': 'Het online platform heeft geen afspraken met offline partners',
            'geldt_voor': 'alleen online platforms (`soort: online_platform` bij `interventie`)',
            'bron': 'IMPACT-methode, stap 2 (online en offline verbinden)',
            'wat': 'Kijkt bij een online platform of er een activiteit is met `soort: '
                   'procesafspraken` (niet vervallen).',
            'waarom': 'De IMPACT-methode ziet een online platform als aanvulling op wat er al is, '
                      'zoals wijkteams en buurthulpdiensten. Afspraken over doorverwijzen en '
                      'bemiddelen zorgen dat online en offline elkaar versterken in plaats van '
                      'langs elkaar heen werken.',
            'oplossen': 'Plan een activiteit met `soort: procesafspraken` met bijvoorbeeld het '
                        'wijkteam of de buurthulpdienst: wie verwijst naar wie, en wie helpt als '
                        'iemand online niet verder komt.',
            'voorbeeld': 'interventie:\n'
                         '  naam: Buurtplein Oost\n'
                         '  soort: online_platform\n'
                         '  probleem: Bewoners die elkaar willen helpen, vinden elkaar niet.\n'
                         'fasen:\n'
                         '  willen:\n'
                         '    - id: A8\n'
                         '      wat: Afspraken met wijkteam en buurthulpdienst over doorverwijzen '
                         'naar het platform\n'
                         '      soort: procesafspraken\n'
                         '      wie: projectleider\n'
                         '      start: 2026-05-01\n'},
 'KPI-01': {'gebied': 'evaluatie',
            'ernst': 'waarschuwing',
            'titel': "Het plan heeft geen KPI's",
            'bron': 'IMPACT-methode, stap 4 (evalueren)',
            'wat': 'Kijkt of er onder `kpis` minstens één meetbare indicator staat waarin iets is '
                   "ingevuld. Zonder KPI's en zonder evaluatieplan scoort het gebied meten en "
                   'evalueren 0 %.',
            'waarom': 'De IMPACT-methode raadt aan SMART-indicatoren op te stellen en die '
                      'regelmatig te bekijken. Cijfers laten zien wat werkt en waar je moet '
                      'bijsturen; zonder indicatoren is dat gissen.',
            'oplossen': 'Zet onder `kpis` per doel een indicator, met nulmeting, streefwaarde, '
                        'eenheid, deadline en bron (hoe je het meet).',
            'voorbeeld': 'kpis:\n'
                         '  - id: K1\n'
                         '    naam: Actieve vrijwilligers\n'
                         '    doel: D1\n'
                         '    indicator: Vrijwilligers die minstens één huisbezoek per maand doen\n'
                         '    nulmeting: 0\n'
                         '    streefwaarde: 20\n'
                         '    eenheid: vrijwilligers\n'
                         '    deadline: 2027-06-30\n'
                         '    bron: Maandoverzicht van de coördinator\n'},
 'KPI-02': {'gebied': 'evaluatie',
            'ernst': 'waarschuwing',
            'titel': 'Een KPI is niet SMART',
            'bron': 'IMPACT-methode, stap 4 (evalueren)',
            'wat': 'Kijkt bij elke KPI of alles er is om hem SMART te maken, en noemt wat '
                   'ontbreekt en waarvoor het dient: `indicator` (specifiek: wat je precies meet), '
                   '`streefwaarde`, `eenheid` en `bron` (meetbaar: een getal, in een eenheid, en '
                   'hoe je het meet), `doel` (gekoppeld aan een doel uit het plan) en `deadline` '
                   '(tijdgebonden). Een plaatshouder telt als leeg. Een `indicator` in algemene '
                   'woorden telt ook als niet specifiek: staat er niets in dat je kunt aanwijzen '
                   '(een getal, een groep, een woord uit het werkveld) en is meer dan een derde '
                   'beleidstaal ("de kwaliteit van de samenwerking"), dan citeert de melding die '
                   'woorden. De regel noemt een KPI nooit onrealistisch omdat er iets ontbreekt.',
            'waarom': 'Een SMART-indicator is specifiek, meetbaar, acceptabel, realistisch en '
                      'tijdgebonden. Pas dan meet iedereen hetzelfde en weet je wanneer het doel '
                      'gehaald is. De IMPACT-methode vraagt daarom om SMART-KPI\'s. Bij "betere '
                      'samenwerking" telt iedereen iets anders.',
            'oplossen': 'Vul de ontbrekende velden in: wat je precies telt (`indicator`), hoeveel '
                        '(`streefwaarde` en `eenheid`), bij welk doel het hoort (`doel`), wanneer '
                        '(`deadline`) en waar de cijfers vandaan komen (`bron`). Schrijf de '
                        'indicator zo dat twee mensen hetzelfde zouden tellen: wie, wat, hoe vaak.',
            'voorbeeld': 'kpis:\n'
                         '  - id: K1\n'
                         '    naam: Bezochte ouderen\n'
                         '    doel: D1\n'
                         '    indicator: Ouderen die minstens drie huisbezoeken kregen\n'
                         '    nulmeting: 0\n'
                         '    streefwaarde: 60\n'
                         '    eenheid: ouderen\n'
                         '    deadline: 2027-06-30\n'
                         '    bron: Registratie van de vrijwilligerscoördinator\n',
            'gaat_af': 'kpis:\n'
                       '  - id: K1\n'
                       '    naam: Samenwerking\n'
                       '    doel: D1\n'
                       '    indicator: Een betere en duurzame samenwerking met relevante partners\n'
                       '    nulmeting: 0\n'
                       '    streefwaarde: 60\n'
                       '    eenheid: procent\n'
                       '    deadline: 2027-06-30\n'
                       '    bron: Registratie van de vrijwilligerscoördinator\n'},
 'KPI-03': {'gebied': 'evaluatie',
            'ernst': 'tip',
            'titel': 'Een KPI heeft geen nulmeting',
            'bron': 'Toolkit Implementatie, §5.2 (de beginsituatie vastleggen)',
            'wat': 'Kijkt bij elke KPI of er een `nulmeting` is: de waarde bij de start.',
            'waarom': 'De toolkit vraagt bij monitoren en evalueren (§5.2) eerst vast te leggen '
                      'hoe de situatie bij de start is. Zonder nulmeting weet je na afloop niet of '
                      'een getal van 40 vooruitgang is of achteruitgang, en of de verandering door '
                      'de interventie komt.',
            'oplossen': 'Meet bij de start hoe het ervoor staat en zet die waarde bij `nulmeting`. '
                        'Is die nog niet gemeten, plan het dan als eerste activiteit.',
            'voorbeeld': 'kpis:\n'
                         '  - id: K2\n'
                         '    naam: Ouderen die zich eenzaam voelen\n'
                         '    doel: D1\n'
                         '    indicator: Aandeel bezochte ouderen dat zich vaak eenzaam voelt\n'
                         '    nulmeting: 60\n'
                         '    streefwaarde: 40\n'
                         '    eenheid: procent\n'
                         '    deadline: 2027-12-31\n'
                         '    bron: Korte vragenlijst bij het eerste en het zesde bezoek\n'},
 'KPI-04': {'gebied': 'evaluatie',
            'ernst': 'tip',
            'titel': "De KPI's van het platform missen bezoekers, gebruikers of activiteit",
            'geldt_voor': 'alleen online platforms (`soort: online_platform` bij `interventie`)',
            'bron': 'IMPACT-methode, stap 4 (evalueren)',
            'wat': "Kijkt bij een online platform of de KPI's samen de drie thema's dekken: "
                   'bezoekers, gebruikers en activiteit. Je geeft het thema aan met `thema` bij de '
                   'KPI.',
            'waarom': 'De IMPACT-methode noemt drie dingen om bij een platform te volgen: wie er '
                      'komt kijken, wie zich aanmeldt en wat er gebeurt (vragen, aanbod, matches). '
                      'Alleen bezoekers tellen zegt weinig over of mensen elkaar echt helpen.',
            'oplossen': 'Zorg voor minstens één KPI per thema en zet bij elke KPI `thema: '
                        'bezoekers`, `thema: gebruikers` of `thema: activiteit`.',
            'voorbeeld': 'interventie:\n'
                         '  naam: Buurtplein Oost\n'
                         '  soort: online_platform\n'
                         '  probleem: Bewoners die elkaar willen helpen, vinden elkaar niet.\n'
                         'kpis:\n'
                         '  - id: K1\n'
                         '    naam: Bezoekers per maand\n'
                         '    thema: bezoekers\n'
                         '    doel: D1\n'
                         '    indicator: Unieke bezoekers van het platform per maand\n'
                         '    nulmeting: 0\n'
                         '    streefwaarde: 800\n'
                         '    eenheid: bezoekers\n'
                         '    deadline: 2027-06-30\n'
                         '    bron: Websitestatistieken\n'
                         '  - id: K2\n'
                         '    naam: Aangemelde bewoners\n'
                         '    thema: gebruikers\n'
                         '    doel: D1\n'
                         '    indicator: Bewoners met een account\n'
                         '    nulmeting: 0\n'
                         '    streefwaarde: 250\n'
                         '    eenheid: accounts\n'
                         '    deadline: 2027-06-30\n'
                         '    bron: Beheeromgeving van het platform\n'
                         '  - id: K3\n'
                         '    naam: Matches per maand\n'
                         '    thema: activiteit\n'
                         '    doel: D1\n'
                         '    indicator: Hulpvragen die een buurtbewoner oppakte\n'
                         '    nulmeting: 0\n'
                         '    streefwaarde: 40\n'
                         '    eenheid: matches\n'
                         '    deadline: 2027-06-30\n'
                         '    bron: Beheeromgeving van het platform\n'},
 'KPI-05': {'gebied': 'evaluatie',
            'ernst': 'waarschuwing',
            'titel': 'Een KPI loopt duidelijk achter op schema',
            'bron': 'Blog vijf valkuilen, valkuil 2; Toolkit Implementatie, PDCA-cyclus: Check',
            'wat': 'Trekt voor elke KPI met metingen een rechte lijn van het beginpunt naar de '
                   'streefwaarde op de `deadline`. Het beginpunt is de `nulmeting` op de start van '
                   'de lijn. Die start is de `start` die bij de KPI staat; anders de start van het '
                   'eerste werk in de fase doen voor de `doelgroepen` van het doel van de KPI; '
                   'anders de start van de invoering (de eerste activiteit in de fase doen, anders '
                   '`periode.start`). Zonder nulmeting is het beginpunt de eerste van twee of meer '
                   'metingen. De regel beoordeelt de laatste meting pas als die minstens een derde '
                   'van de weg naar de deadline ligt: een trage start mag. Hij waarschuwt als de '
                   'gemeten verandering minder dan de helft is van de verwachte. Dat werkt ook als '
                   'de waarde moet dalen. Begint de lijn niet bij de start van de invoering, dan '
                   'zegt de melding waar ze begint en waarom. De verwachte waarde wordt afgerond '
                   'zoals de eenheid geteld wordt: hele getallen als nulmeting en streefwaarde '
                   'heel zijn, anders op één decimaal. Metingen met een datum na de dag van de '
                   'check (vandaag of `--datum`) tellen nog niet mee; staan er twee op één dag, '
                   'dan telt de laatste in de lijst, zoals bij `impl voortgang`, dat dezelfde lijn '
                   'gebruikt.',
            'waarom': 'Een blog over burgerinitiatieven waarschuwt dat grote resultaten tijd '
                      'kosten: in het begin gaat het langzaam, en dat mag. Daarom oordeelt de '
                      'regel pas na een derde van de weg, en pas als minder dan de helft van de '
                      'verwachte vooruitgang is gehaald. De toolkit vraagt tijdens de uitvoering '
                      'te meten en bij te sturen: loopt een KPI dan nog ver achter, zoek uit '
                      'waarom. Begint het werk voor een groep bewust later (bijvoorbeeld na een '
                      'fusie), dan hoort de lijn daar te beginnen: anders lijkt een KPI achter '
                      'terwijl het werk nog moest beginnen.',
            'oplossen': 'Zoek uit waarom de KPI achterloopt. Pas de aanpak aan, of stel de '
                        'streefwaarde of deadline bij als die te hoog gegrepen was, en leg dat '
                        'vast onder `bijstellingen`. Begint het werk voor de mensen van dit doel '
                        'bewust later dan de invoering, zet dan bij het doel `doelgroepen` (de '
                        'groepen met wie je het doel bereikt), of bij de KPI `start` (de dag van '
                        'de nulmeting).',
            'voorbeeld': 'periode: {start: 2025-01-01, eind: 2026-12-31}\n'
                         'fasen:\n'
                         '  doen:\n'
                         '    - id: A12\n'
                         '      wat: Vijf vrijwilligers beginnen met de huisbezoeken in Noord\n'
                         '      soort: pilot\n'
                         '      wie: Coördinator vrijwilligerswerk\n'
                         '      start: 2025-03-01\n'
                         '      eind: 2025-05-31\n'
                         'kpis:\n'
                         '  - id: K1\n'
                         '    naam: Bezochte ouderen in Zuid\n'
                         '    doel: D1\n'
                         '    indicator: Ouderen in Zuid met een vast huisbezoek\n'
                         '    nulmeting: 0\n'
                         '    streefwaarde: 60\n'
                         '    eenheid: ouderen\n'
                         '    start: 2026-03-01  # in Zuid begint het werk pas na de fusie van het '
                         'wijkteam\n'
                         '    deadline: 2026-12-31\n'
                         '    bron: Registratie van de coördinator\n'
                         '    metingen:\n'
                         '      - {datum: 2026-09-30, waarde: 25}\n',
            'gaat_af': 'periode: {start: 2025-01-01, eind: 2026-12-31}\n'
                       'fasen:\n'
                       '  doen:\n'
                       '    - id: A12\n'
                       '      wat: Vijf vrijwilligers beginnen met de huisbezoeken in Noord\n'
                       '      soort: pilot\n'
                       '      wie: Coördinator vrijwilligerswerk\n'
                       '      start: 2025-03-01\n'
                       '      eind: 2025-05-31\n'
                       'kpis:\n'
                       '  - id: K1\n'
                       '    naam: Bezochte ouderen in Zuid\n'
                       '    doel: D1\n'
                       '    indicator: Ouderen in Zuid met een vast huisbezoek\n'
                       '    nulmeting: 0\n'
                       '    streefwaarde: 60\n'
                       '    eenheid: ouderen\n'
                       '    deadline: 2026-12-31\n'
                       '    bron: Registratie van de coördinator\n'
                       '    metingen:\n'
                       '      - {datum: 2026-09-30, waarde: 15}\n'},
 'KPI-06': {'gebied': 'evaluatie',
            'ernst': 'waarschuwing',
            'titel': 'Een KPI vraagt geen verandering (streefwaarde is de nulmeting)',
            'bron': 'IMPACT-methode, stap 4 (evalueren)',
            'wat': 'Kijkt bij elke KPI met een nulmeting en een streefwaarde of die twee '
                   'verschillen.',
            'waarom': 'Een KPI laat zien wat de interventie moet veranderen. Is de streefwaarde '
                      'gelijk aan de nulmeting, dan vraagt de KPI niets, en kun je er niet aan '
                      'zien of het werkt. Meestal is de streefwaarde vergeten aan te passen. Soms '
                      'is het doel juist een niveau vasthouden (het aantal vrijwilligers blijft op '
                      'peil); dat is een echte keuze, maar dan hoort die er met een reden bij te '
                      'staan.',
            'oplossen': 'Zet een streefwaarde die zegt wat je wilt bereiken. Wil je bewust een '
                        'niveau vasthouden, accepteer de bevinding dan voor deze KPI: `negeer` met '
                        '`regel: KPI-06`, `waar:` de code van de KPI en een `reden`.',
            'voorbeeld': 'kpis:\n'
                         '  - id: K1\n'
                         '    naam: Bezochte ouderen\n'
                         '    doel: D1\n'
                         '    indicator: Aantal ouderen dat minstens drie huisbezoeken kreeg\n'
                         '    nulmeting: 0\n'
                         '    streefwaarde: 60\n'
                         '    eenheid: ouderen\n'
                         '    deadline: 2027-06-30\n'
                         '    bron: Registratie van de vrijwilligerscoördinator\n'},
 'KPI-07': {'gebied': 'evaluatie',
            'ernst': 'tip',
            'titel': 'Een doel wordt alleen gemeten met tellingen van wat het project doet',
            'bron': "Movisie-artikel 'Implementeren kun je leren' (doel, subdoel, indicator); "
                    'IMPACT-methode, stap 4',
            'wat': "Kijkt per doel met KPI's of elke KPI alleen telt wat het project doet: de "
                   '`eenheid` (of, zonder eenheid, de `indicator`) is een woord als aanmeldingen, '
                   'bijeenkomsten, webinars, nieuwsbrieven, flyers, bezoekers, downloads of '
                   'berichten, ook in samenstellingen ("webinaraanmeldingen", "verstuurde '
                   'nieuwsbrieven"). Dan zegt geen enkele KPI of het doel bereikt wordt. Vraagt '
                   'het doel zelf om zo\'n aantal ("2.500 bezoekers per maand", "wordt door 25 '
                   'statushouders bezocht"), dan is het goed. "Deelnemers" telt niet als zo\'n '
                   'woord: dat de doelgroep meedoet is vaak al een eerste effect. Op een online '
                   'platform telt een KPI met `thema: gebruikers` of `thema: activiteit` nooit als '
                   'telling van activiteit: wat gebruikers op het platform doen, is daar het '
                   'effect. Eén melding per doel.',
            'waarom': 'Het Movisie-artikel laat zien hoe je een doel uitwerkt in subdoelen en '
                      'indicatoren die zeggen of het doel gehaald is. Tellen hoeveel bijeenkomsten '
                      'er waren of hoeveel mensen zich aanmeldden laat zien dat er iets gebeurt, '
                      'niet dat het werkt. Wie alleen zulke aantallen volgt, ziet niet op tijd dat '
                      'de aanpak zijn doel mist.',
            'oplossen': 'Voeg een KPI toe die het doel zelf meet: een aandeel (hoeveel procent van '
                        'de groep), een score (een vragenlijst), gedrag dat je ziet, of hoe vaak '
                        'de aanpak gaat zoals bedoeld. Houd de telling erbij als extra. Is het '
                        'aantal echt het doel, zeg dat dan in het `wat` van het doel, of accepteer '
                        'de bevinding met `negeer`, `waar:` de code van het doel en een `reden`.',
            'voorbeeld': 'doelen:\n'
                         '  - id: D1\n'
                         '    wat: Vrijwilligers voeren de huisbezoeken uit zoals het handboek ze '
                         'beschrijft\n'
                         '    bij_wie: 20 vrijwilligers van het steunpunt\n'
                         '    waar: wijk Oost\n'
                         '    wanneer: 2027-06-30\n'
                         'kpis:\n'
                         '  - id: K1\n'
                         '    naam: Aanmeldingen voor de training\n'
                         '    doel: D1\n'
                         '    indicator: Aanmeldingen voor de training\n'
                         '    nulmeting: 0\n'
                         '    streefwaarde: 20\n'
                         '    eenheid: aanmeldingen\n'
                         '    deadline: 2027-06-30\n'
                         '    bron: Registratie van de vrijwilligerscoördinator\n'
                         '  - id: K2\n'
                         '    naam: Huisbezoeken volgens het handboek\n'
                         '    doel: D1\n'
                         '    indicator: Aandeel huisbezoeken dat alle vier de stappen van het '
                         'handboek volgt\n'
                         '    nulmeting: 0\n'
                         '    streefwaarde: 80\n'
                         '    eenheid: procent\n'
                         '    deadline: 2027-06-30\n'
                         '    bron: Logboek van de vrijwilligers\n',
            'gaat_af': 'doelen:\n'
                       '  - id: D1\n'
                       '    wat: Vrijwilligers voeren de huisbezoeken uit zoals het handboek ze '
                       'beschrijft\n'
                       '    bij_wie: 20 vrijwilligers van het steunpunt\n'
                       '    waar: wijk Oost\n'
                       '    wanneer: 2027-06-30\n'
                       'kpis:\n'
                       '  - id: K1\n'
                       '    naam: Aanmeldingen voor het webinar\n'
                       '    doel: D1\n'
                       '    indicator: Aanmeldingen voor het webinar over de huisbezoeken\n'
                       '    nulmeting: 0\n'
                       '    streefwaarde: 150\n'
                       '    eenheid: webinaraanmeldingen\n'
                       '    deadline: 2027-06-30\n'
                       '    bron: Registratie van de vrijwilligerscoördinator\n'},
 'EVAL-01': {'gebied': 'evaluatie',
             'ernst': 'waarschuwing',
             'titel': 'Het evaluatieplan mist vragen, methode of momenten, of ze zijn vaag',
             'bron': 'Toolkit Implementatie, PDCA-cyclus: Check',
             'wat': 'Kijkt of er een `evaluatie` is met `vragen`, een `methode` en `momenten`. Een '
                    'plaatshouder als "n.t.b.", "volgt" of "-" telt als leeg. Ook vage tekst telt '
                    'niet: de `vragen` tellen als leeg als elke vraag vaag is (er staat niets in '
                    'dat je kunt aanwijzen, en de vraag bestaat uit beleidstaal of zegt niets, '
                    'zoals "Hoe gaat het?"). De `methode` telt als leeg als ze vaag is ("op de '
                    'gebruikelijke manier") of geen manier noemt om informatie te verzamelen: een '
                    'vragenlijst, interview, registratie, observatie, focusgroep, meting, '
                    'intervisie en dergelijke, ook in samenstellingen '
                    '("tevredenheidsvragenlijst"). "In gesprek gaan" telt niet als methode; een '
                    'groepsgesprek wel. De melding zegt welke van de twee ontbreekt.',
             'waarom': 'De toolkit raadt aan vooraf een evaluatieplan te maken: wat je wilt weten, '
                       'welke vragen je beantwoordt en hoe je de informatie verzamelt. Dan meet je '
                       'onderweg het goede en kun je het resultaat vergelijken met je doel. Met '
                       '"Hoe gaat het?" en "op de gebruikelijke manier" weet na afloop niemand wat '
                       'er gemeten is.',
             'oplossen': 'Schrijf onder `evaluatie` twee tot vijf `vragen` over wie en wat (wat '
                         'wil je weten, bij welke groep), de `methode` (vragenlijst, interviews, '
                         'registratie) en de `momenten` waarop je evalueert.',
             'voorbeeld': 'evaluatie:\n'
                          '  vragen:\n'
                          '    - Bereiken de vrijwilligers de ouderen die we voor ogen hadden?\n'
                          '    - Wat helpt en wat hindert de vrijwilligers bij de bezoeken?\n'
                          '  methode: Registratie van bezoeken, plus een groepsgesprek met '
                          'vrijwilligers\n'
                          '  momenten: [2026-06-30, 2026-12-15, 2027-06-30]\n',
             'gaat_af': 'evaluatie:\n'
                        '  vragen:\n'
                        '    - Hoe gaat het?\n'
                        '  methode: op de gebruikelijke manier\n'
                        '  momenten: [2026-06-30, 2026-12-15, 2027-06-30]\n'},
 'EVAL-02': {'gebied': 'evaluatie',
             'ernst': 'tip',
             'titel': 'Je evalueert alleen aan het eind',
             'bron': 'Toolkit Implementatie, PDCA-cyclus: Check (tip: evalueer per fase)',
             'wat': 'Geeft een tip als alle evaluatiemomenten in het laatste kwart van de '
                    '`periode` liggen, hoeveel het er ook zijn. Zonder `periode` oordeelt de regel '
                    'niet.',
             'waarom': 'De toolkit raadt aan per fase te kijken of de doelen gehaald worden, en '
                       'zorgt dat de uitkomsten op tijd komen. Een evaluatie die pas aan het eind '
                       'komt, helpt niet meer om bij te sturen.',
             'oplossen': 'Voeg tussentijdse momenten toe, bijvoorbeeld na elke fase of elk '
                         'halfjaar, ruim vóór het laatste kwart van de periode.',
             'voorbeeld': 'periode: {start: 2026-01-01, eind: 2027-12-31}\n'
                          'evaluatie:\n'
                          '  vragen:\n'
                          '    - Bereiken de vrijwilligers de ouderen die we voor ogen hadden?\n'
                          '  methode: Registratie van bezoeken, plus een groepsgesprek met '
                          'vrijwilligers\n'
                          '  momenten: [2026-06-30, 2026-12-15, 2027-06-30, 2027-12-01]\n'},
 'EVAL-03': {'gebied': 'evaluatie',
             'ernst': 'tip',
             'titel': 'Niet vastgelegd aan wie en hoe je de uitkomsten rapporteert',
             'bron': 'Toolkit Implementatie, PDCA-cyclus: Check',
             'wat': 'Kijkt of het evaluatieplan een `rapportage` heeft: aan wie je de uitkomsten '
                    'geeft, en in welke vorm. Een plaatshouder als "n.t.b.", "volgt" of "-" telt '
                    'als leeg.',
             'waarom': 'Volgens de toolkit worden uitkomsten vaker gebruikt als ze op tijd komen, '
                       'geloofwaardig zijn en leesbaar worden gebracht, en als de mensen die ermee '
                       'verder moeten er vanaf het begin bij zijn. Dat begint met weten voor wie '
                       'je rapporteert.',
             'oplossen': 'Schrijf bij `rapportage` wie de uitkomsten krijgt (team, directie, '
                         'financier, deelnemers) en in welke vorm: een korte notitie, een '
                         'presentatie of een infographic.',
             'voorbeeld': 'evaluatie:\n'
                          '  vragen:\n'
                          '    - Bereiken de vrijwilligers de ouderen die we voor ogen hadden?\n'
                          '  methode: Registratie van bezoeken, plus een groepsgesprek met '
                          'vrijwilligers\n'
                          '  momenten: [2026-06-30, 2027-06-30]\n'
                          '  rapportage: >-\n'
                          '    Korte notitie met cijfers en twee verhalen voor directie en '
                          'gemeente; presentatie in\n'
                          '    het vrijwilligersoverleg\n'},
 'EVAL-04': {'gebied': 'evaluatie',
             'ernst': 'tip',
             'titel': 'Er is gemeten of geëvalueerd, maar niets bijgesteld',
             'bron': 'Toolkit Implementatie, PDCA-cyclus: Act; Movisie-nieuws over de '
                     'Implementatie-Quickscan',
             'wat': 'Geeft een tip als er al metingen of evaluatiemomenten voorbij zijn (tot en '
                    'met vandaag of `--datum`), maar er onder `bijstellingen` niets staat met een '
                    'datum op of na de eerste daarvan.',
             'waarom': 'De toolkit zegt dat meten alleen niet genoeg is: de invoering wordt pas '
                       'beter als je iets met de uitkomsten doet. Ook het nieuwsbericht over de '
                       'quickscan noemt het plan iets dat je bijstelt als je ervaring opdoet.',
             'oplossen': 'Schrijf onder `bijstellingen` wat je na een meting of evaluatie besloten '
                         "hebt, met datum, aanleiding en besluit. Ook 'we gaan door zoals gepland' "
                         'is een besluit.',
             'voorbeeld': 'evaluatie:\n'
                          '  vragen:\n'
                          '    - Bereiken de vrijwilligers de ouderen die we voor ogen hadden?\n'
                          '  methode: Registratie van bezoeken, plus een groepsgesprek met '
                          'vrijwilligers\n'
                          '  momenten: [2026-06-30, 2027-06-30]\n'
                          'bijstellingen:\n'
                          '  - datum: 2026-07-14\n'
                          '    aanleiding: Bij de evaluatie in juni bleek dat weinig ouderen via '
                          'de wijkkrant reageren.\n'
                          '    besluit: De huisarts en de ouderenadviseur geven de folder voortaan '
                          'persoonlijk mee.\n'},
 'BORG-01': {'gebied': 'borging',
             'ernst': 'waarschuwing',
             'titel': 'De borging mist geld, een verantwoordelijke, inbedding of '
                      'kwaliteitsbewaking',
             'bron': 'Toolkit Implementatie, §5.1; IMPACT-methode, stap 5 (verankeren)',
             'wat': 'Kijkt of er een `borging` is met `financiering`, `verantwoordelijke`, '
                    '`inbedding` en `kwaliteitsbewaking`. Een plaatshouder als "n.t.b." of "volgt" '
                    'telt als leeg: dan is het nog niet geregeld. Ook vage tekst telt niet: elk '
                    'van de vier is vaag als er niets in staat dat je kunt aanwijzen en meer dan '
                    'een derde beleidstaal is; `verantwoordelijke` als die niemand noemt ("alle '
                    'betrokkenen"); in `kwaliteitsbewaking` telt een manier om te meten (monitor, '
                    'intervisie, audit) als houvast. De `financiering` moet bovendien een afspraak '
                    'zijn: een zin die zegt wie betaalt (een bron als gemeente, fonds, subsidie of '
                    "begroting, een bedrag in euro's, of een naam) en vanaf welk jaar, op of na "
                    'het eindjaar van het plan, of dat het geld al vastligt (structureel, '
                    'regulier, toegezegd, opgenomen). Een voornemen is geen afspraak, ook niet met '
                    'een jaartal: "we gaan op zoek naar", "we verkennen", "we gaan in gesprek met '
                    'de gemeente". Eén zin die voldoet is genoeg; een voornemen ernaast mag.',
             'waarom': 'De toolkit waarschuwt dat mensen terugvallen in oude gewoonten als de '
                       'interventie geen vaste plek krijgt. Het plan moet daarom zeggen wie het '
                       'blijft doen, wie verantwoordelijk is, hoe het betaald wordt en hoe de '
                       'kwaliteit bewaakt wordt. Ook de IMPACT-methode vraagt om dat vanaf het '
                       'begin te regelen. Geld dat je nog moet zoeken is er niet: als het plan '
                       'afloopt, stopt de interventie.',
             'oplossen': 'Vul onder `borging` de vier onderdelen in, met namen en jaartallen: wie '
                         'betaalt en vanaf welk jaar, welke functie verantwoordelijk is, in welk '
                         'werkplan, beleid of contract het komt, en hoe je de kwaliteit meet. Is '
                         'de financiering nog niet rond, plan dan een activiteit `randvoorwaarden` '
                         'om dat te regelen, en laat de bevinding staan tot het besluit er is.',
             'voorbeeld': 'borging:\n'
                          '  financiering: Vanaf 2028 in de subsidie van de gemeente voor het '
                          'steunpunt\n'
                          '  verantwoordelijke: Teamleider vrijwilligerswerk\n'
                          '  inbedding: Huisbezoeken horen bij het vaste aanbod en staan in het '
                          'werkplan van het steunpunt\n'
                          '  kwaliteitsbewaking: Jaarlijkse intervisie en een korte vragenlijst '
                          'onder bezochte ouderen\n',
             'gaat_af': 'borging:\n'
                        '  financiering: We gaan op zoek naar passende structurele middelen.\n'
                        '  verantwoordelijke: alle betrokkenen\n'
                        '  inbedding: Huisbezoeken horen bij het vaste aanbod en staan in het '
                        'werkplan van het steunpunt\n'
                        '  kwaliteitsbewaking: Jaarlijkse intervisie en een korte vragenlijst '
                        'onder bezochte ouderen\n'},
 'BORG-02': {'gebied': 'borging',
             'ernst': 'waarschuwing',
             'titel': 'Geen beslisser betrokken voordat de fase blijven doen begint',
             'bron': 'Toolkit Implementatie, §5.1',
             'wat': 'Kijkt of er onder `betrokkenen` een beslisser (`type: beslisser`) staat met '
                    'een `betrokken_vanaf` vóór de fase blijven doen. Een betrokkene zonder '
                    '`betrokken_vanaf` telt als niet vroeg betrokken.',
             'waarom': 'Volgens de toolkit lukt blijvende inbedding het best met steun van '
                       'directie en management: zij kunnen de interventie opnemen in beleid en '
                       'afspraken en zorgen voor geld en mensen. Wie hen pas aan het eind vraagt, '
                       'is vaak te laat.',
             'oplossen': 'Zet iemand met beslissingsbevoegdheid (directeur, wethouder, manager) '
                         'bij `betrokkenen` met `type: beslisser` en een vroege `betrokken_vanaf`, '
                         'bijvoorbeeld in de stuurgroep.',
             'voorbeeld': 'betrokkenen:\n'
                          '  - id: directie\n'
                          '    naam: Directeur welzijnsorganisatie\n'
                          '    type: beslisser\n'
                          '    betrokken_vanaf: weten\n'},
 'BORG-03': {'gebied': 'borging',
             'ernst': 'tip',
             'titel': 'Je regelt de blijvende randvoorwaarden pas laat',
             'geldt_voor': 'alleen plannen met een `periode` en een activiteit met `soort: '
                           'randvoorwaarden`',
             'bron': "Movisie-artikel 'Implementeren kun je leren', referentiekader; Toolkit "
                     'Implementatie, §5.1',
             'wat': 'Geeft een tip als de eerste activiteit met `soort: randvoorwaarden` (niet '
                    'vervallen) pas begint in het laatste derde van de `periode`. Zonder `periode` '
                    "oordeelt de regel niet; zonder zo'n activiteit telt de regel in de score als "
                    'niet gehaald (ACT-02 noemt het ontbreken).',
             'waarom': 'Het Movisie-artikel zegt dat een project niet blijft hangen als niemand '
                       'over borging heeft nagedacht, en de toolkit raadt aan al vroeg te bedenken '
                       'wat er nodig is. Geld, mensen en een vaste plek regel je niet in een paar '
                       'weken.',
             'oplossen': 'Begin eerder: plan de eerste activiteit voor geld, mensen en inbedding '
                         'in de eerste helft van de periode, ook al loopt ze door tot het eind.',
             'voorbeeld': 'periode: {start: 2026-01-01, eind: 2027-12-31}\n'
                          'fasen:\n'
                          '  blijven_doen:\n'
                          '    - id: A14\n'
                          '      wat: Met de gemeente afspreken hoe de huisbezoeken na 2027 '
                          'betaald worden\n'
                          '      soort: randvoorwaarden\n'
                          '      wie: directeur\n'
                          '      start: 2026-04-01\n'
                          '      eind: 2027-09-30\n'},
 'BORG-04': {'gebied': 'borging',
             'ernst': 'waarschuwing',
             'titel': 'Na de invoering luistert niemand meer naar de gebruikers',
             'bron': 'Toolkit Implementatie, §5.3; Blog vijf valkuilen, valkuil 5',
             'wat': 'Kijkt of er in `fasen.blijven_doen` een activiteit met `soort: feedback` of '
                    '`verbeteren` is (niet vervallen) die gebruikers of de profijtgroep bereikt.',
             'waarom': 'Een blog over burgerinitiatieven ziet veel initiatieven stranden omdat men '
                       'na de start niet meer reageert op wat gebruikers zeggen. De toolkit raadt '
                       'aan ervaringen van professionals en deelnemers te blijven ophalen en de '
                       'interventie daarop te verbeteren.',
             'oplossen': 'Plan in de fase blijven doen een vast moment om ervaringen op te halen '
                         '(een feedbackronde, intervisie, een korte vragenlijst) en zet de codes '
                         'van gebruikers of profijtgroep bij `doelgroepen`.',
             'voorbeeld': 'doelgroepen:\n'
                          '  - id: vrijwilligers\n'
                          '    naam: Vrijwilligers van het steunpunt\n'
                          '    type: gebruikers\n'
                          '  - id: ouderen\n'
                          '    naam: Alleenwonende ouderen in wijk Oost\n'
                          '    type: profijtgroep\n'
                          'fasen:\n'
                          '  blijven_doen:\n'
                          '    - id: A17\n'
                          '      wat: Elk halfjaar een feedbackronde onder vrijwilligers en '
                          'bezochte ouderen\n'
                          '      soort: feedback\n'
                          '      wie: coördinator vrijwilligers\n'
                          '      start: 2027-01-15\n'
                          '      doelgroepen: [vrijwilligers, ouderen]\n'},
 'BORG-05': {'gebied': 'borging',
             'ernst': 'tip',
             'titel': 'Geen moment om resultaten te delen en te vieren',
             'bron': 'Toolkit Implementatie, §5.3 (tips)',
             'wat': 'Kijkt of er een activiteit is met `soort: vieren` (niet vervallen).',
             'waarom': 'De toolkit raadt aan successen samen te delen en te vieren. Dat houdt '
                       'mensen gemotiveerd, en beslissers en financiers zien wat het oplevert, '
                       'zodat ze blijven steunen.',
             'oplossen': 'Plan een moment om resultaten te laten zien en te vieren, met '
                         'gebruikers, profijtgroep, beslissers en financiers. Gebruik de '
                         'uitkomsten van je evaluatie.',
             'voorbeeld': 'fasen:\n'
                          '  blijven_doen:\n'
                          '    - id: A18\n'
                          '      wat: Vrijwilligersavond met de eerste resultaten en verhalen van '
                          'ouderen\n'
                          '      soort: vieren\n'
                          '      wie: projectleider\n'
                          '      start: 2027-06-15\n'},
 'PLAN-01': {'gebied': 'plan',
             'ernst': 'fout',
             'titel': 'Een verwijzing wijst naar een code die niet bestaat',
             'bron': 'Planformaat van impl (verwijzingen tussen onderdelen)',
             'wat': 'Kijkt of elke verwijzing ergens op uitkomt: `doel` bij een KPI naar een doel, '
                    '`doelgroepen` bij een activiteit, een doel of een factor naar een doelgroep, '
                    '`adresseert` naar een factor of een vraag uit de checklist, en `item` bij een '
                    'factor naar een vraag uit de checklist. Ook vervallen activiteiten moeten '
                    'naar iets bestaands verwijzen.',
             'waarom': 'Hier spreekt het plan zichzelf tegen, meestal door een tikfout. Een '
                       'verwijzing die nergens op uitkomt, telt niet mee: de quickscan denkt dan '
                       'bijvoorbeeld dat een doel geen KPI heeft.',
             'oplossen': 'Verbeter de tikfout, of voeg het doel, de doelgroep of de factor toe '
                         'waarnaar je verwijst. `impl checklist` toont de codes van de checklist.',
             'voorbeeld': 'doelen:\n'
                          '  - id: D1\n'
                          '    wat: Vrijwilligers gebruiken de huisbezoekmethode bij eenzame '
                          'ouderen\n'
                          '    bij_wie: alleenwonende ouderen van 75 jaar en ouder\n'
                          '    waar: wijk Oost\n'
                          '    wanneer: 2027-06-30\n'
                          'kpis:\n'
                          '  - id: K1\n'
                          '    naam: Bezochte ouderen\n'
                          '    doel: D1\n'
                          '    indicator: Ouderen die minstens drie huisbezoeken kregen\n'
                          '    nulmeting: 0\n'
                          '    streefwaarde: 60\n'
                          '    eenheid: ouderen\n'
                          '    deadline: 2027-06-30\n'
                          '    bron: Registratie van de vrijwilligerscoördinator\n',
             'gaat_af': 'doelgroepen:\n'
                        '  - {id: ouderen, naam: Alleenwonende ouderen in Oost, type: '
                        'profijtgroep}\n'
                        'doelen:\n'
                        '  - id: D1\n'
                        '    wat: Vrijwilligers gebruiken de huisbezoekmethode bij eenzame '
                        'ouderen\n'
                        '    bij_wie: alleenwonende ouderen van 75 jaar en ouder\n'
                        '    waar: wijk Oost\n'
                        '    wanneer: 2027-06-30\n'
                        '    doelgroepen: [oudere]\n'},
 'PLAN-02': {'gebied': 'plan',
             'ernst': 'fout',
             'titel': 'Een genegeerde regel heeft geen reden of een onbekende code',
             'bron': 'Planformaat van impl (`quickscan.negeer`)',
             'wat': 'Kijkt bij elke regel onder `quickscan.negeer` of de code bestaat en of er een '
                    '`reden` bij staat.',
             'waarom': 'Een bevinding bewust accepteren mag, maar alleen met een reden, zodat een '
                       'collega later begrijpt waarom. Een onbekende code is meestal een tikfout, '
                       'en dan wordt er niets genegeerd.',
             'oplossen': 'Schrijf bij `reden` waarom je de bevinding accepteert, en controleer de '
                         'code met `impl regels`.',
             'voorbeeld': 'quickscan:\n'
                          '  negeer:\n'
                          '    - regel: COM-03\n'
                          '      reden: >-\n'
                          '        De ouderen bereiken we via persoonlijke bezoeken; tellen per '
                          'bericht past daar\n'
                          '        niet bij.\n'}}
