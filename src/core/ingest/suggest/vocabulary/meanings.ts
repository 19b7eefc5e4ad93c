/**
 * Crimes told without crime words (issue #13): the act and the victim's state are said in ordinary words —
 * "the ones who came out with their hands up, we didn't bring them back", "in Busse gesetzt, Richtung Krim",
 * "strzelaliśmy do okien", "при допросах били". Each list names one meaning, per language, and is merged into
 * the crime vocabulary it belongs to (see `withMeanings`), so the rules that combine an act with a victim
 * (allegations.ts) read them like any other term: a finishing-off word kills only someone hors de combat, a bus
 * moves only people, a window is a civilian object only for an attack.
 */
import type { CrimeTerms, Vocabulary } from './types';

export interface Meanings {
  /** Surrender or helplessness shown, not named: hands up, a white flag, bound hands, could not move. */
  surrenderSigns: string[];
  /** Killing said by euphemism; a crime only with a victim hors de combat: "finished", "didn't bring back". */
  finishOff: string[];
  /** Nobody to be left alive, prisoners not needed: denial of quarter in plain words. */
  noSurvivors: string[];
  /** Putting people on vehicles or driving them away to Russia / Crimea: deportation when people are moved. */
  moving: string[];
  /** People as a group who are moved: people, residents, families, the inhabitants. */
  people: string[];
  /** Civilian objects and dwellings aimed at: windows, houses, residential blocks, roads people fled by. */
  civilianObjects: string[];
  /** Things carried off from homes: bikes, rings, food, clothes, dishes. */
  belongings: string[];
  /** Taking whatever one liked: pillage by itself. */
  tookWhatever: string[];
  /** Emptying or carrying out, without a crime word ("emptied", "leer geräumt", «вынесли», "svuotato"). */
  emptying: string[];
  /** Homes as the place emptied: houses, flats. Emptying them is pillage; taking them ("took the houses") is not. */
  homes: string[];
  /** Interrogation: beating during one is torture of a detainee. */
  interrogation: string[];
  /** Detainees and those held (not prisoners of war): the victims of confinement and ill-treatment. */
  detainees: string[];
  /** Own side's men as victims: the mobilised, the refuseniks. */
  ownMen: string[];
  /** Forced undressing and filming: sexual violence. */
  undress: string[];
  /** Striking from the air or with guns, in the words a crew uses: "dropped bombs", «скидали бомби». An attack. */
  strikes: string[];
  /** Doing it ("we did it", "lo abbiamo fatto"): after an act, a short sentence of his unit doing it is his part. */
  doing: string[];
  /** Fired into the air: a warning shot, aimed at nobody. Not an attack, and not his part in one. */
  intoTheAir: string[];
  /** Desertion told as a fact of service: left his unit, did not come back from leave. Merged into defection. */
  desertion: string[];
  /** Protection asked of a country's authorities, without the word asylum. Merged into the asylum nouns. */
  protection: string[];
  /** Asking for asylum in the present tense ("žádá o azyl", "is asking for"): an application. */
  applying: string[];
  /** Russia's officials as the ones who claim: their claim is about the enemy, not an allegation against Russian forces. */
  russianClaimants: string[];
}

export const MEANINGS: Record<string, Meanings> = {
  en: {
    surrenderSigns: [
      'hands up',
      'raised hands',
      'raised their hands',
      'white flag*',
      'hands tied',
      'tied up',
      'could not move',
      "couldn't move",
    ],
    finishOff: ['finished', "didn't bring them back", 'did not bring them back'],
    noSurvivors: ['leave no one alive', 'no one alive', 'nobody alive', 'prisoners are not needed', 'no need for prisoners'],
    moving: [
      'onto buses',
      'on buses',
      'into buses',
      'onto coaches',
      'put on buses',
      'to russia',
      'to crimea',
      'drove them to',
      'driven to',
    ],
    people: ['people', 'residents', 'inhabitants', 'families', 'villagers'],
    civilianObjects: ['windows', 'houses', 'homes', 'residential', 'apartment block*', 'where people live*', 'housing estate*'],
    belongings: ['rings', 'bike*', 'food', 'clothes', 'dishes', 'phones'],
    tookWhatever: ['took whatever', 'took anything', 'took what we wanted', 'took everything'],
    emptying: ['emptied', 'emptying', 'cleared out', 'stripped', 'ransacked', 'carried everything out'],
    homes: ['homes', 'houses', 'flats', 'apartments'],
    interrogation: ['interrogation*', 'questioning'],
    detainees: ['detainees', 'detained', 'those held'],
    ownMen: ['mobilised men', 'mobilized men', 'the mobilised', 'the mobilized', 'refuseniks'],
    undress: ['undress*', 'strip naked', 'stripped naked', 'made them strip'],
    strikes: ['dropped bombs', 'dropping bombs', 'bombed', 'shelled', 'fired rockets at', 'launched .. at'],
    doing: ['did it', 'did that', 'done it', 'did so', 'did as we were told'],
    intoTheAir: ['in the air', 'into the air'],
    desertion: [
      'left his unit',
      'walked away from his unit',
      'did not return from leave',
      "didn't return from leave",
      'never returned to his unit',
      'ran away from',
    ],
    protection: ['for protection', 'refugee protection', 'protection status'],
    applying: ['is asking for', 'asks for', 'is seeking', 'seeks', 'asked .. for protection'],
    russianClaimants: [
      "russia's defence ministry",
      "russia's defense ministry",
      'russian defence ministry',
      'russian defense ministry',
      'russian ministry of defence',
      'the kremlin',
      'russian officials',
      'moscow claims',
      'moscow says',
    ],
  },
  ru: {
    surrenderSigns: [
      'с поднятыми руками',
      'поднятыми руками',
      'белым флагом',
      'белый флаг',
      'связанн* рук*',
      'связали',
      'связанных',
      'не мог* двигаться',
    ],
    finishOff: ['добивали', 'добили', 'не довели'],
    noSurvivors: ['никого не оставлять', 'живых не оставлять', 'пленные не нужны', 'пленных не надо', 'в живых не оставлять'],
    moving: ['в автобус*', 'на автобус*', 'в россию', 'в крым', 'повезли в', 'увезли в', 'отправили в россию'],
    people: ['людей', 'люди', 'жителей', 'семьи', 'семей', 'население'],
    civilianObjects: ['окна', 'окнам', 'дома', 'домам', 'жилые', 'где живут люди'],
    belongings: ['одежд*', 'посуд*', 'техник*', 'еду', 'продукт*', 'телефон*', 'велосипед*', 'кольца'],
    tookWhatever: ['брали что хотели', 'брали всё', 'забирали всё', 'выносили всё'],
    emptying: ['вынес*', 'выгреб*', 'вычистил*', 'опустош*', 'обчистил*'],
    homes: ['квартир*', 'домов', 'дома', 'домах', 'хат*'],
    interrogation: ['допрос*'],
    detainees: ['задержанн*', 'удерживаемых'],
    ownMen: ['мобилизованн*', 'отказник*'],
    undress: ['раздева*', 'раздеться', 'раздели'],
    strikes: ['сбрасывали бомбы', 'сбросили бомбы', 'скидывали бомбы', 'бомбил*', 'обстреливал*', 'бил* по', 'стрелял* по'],
    doing: ['сделали', 'делали', 'делали это', 'выполняли'],
    intoTheAir: ['в воздух'],
    desertion: [
      'покинул часть',
      'покинул* расположение',
      'ушёл из части',
      'ушел из части',
      'не вернулся из отпуска',
      'сбежал из части',
      'оставил часть',
    ],
    protection: ['статус беженца', 'международную защиту', 'временное убежище', 'дополнительную защиту'],
    applying: ['просит', 'добивается'],
    russianClaimants: [
      'минобороны рф',
      'минобороны россии',
      'министерство обороны россии',
      'министерство обороны рф',
      'российское министерство обороны',
      'кремл*',
      'российские власти',
      'российское ведомство',
      'российского ведомства',
    ],
  },
  uk: {
    surrenderSigns: [
      'з піднятими руками',
      'піднятими руками',
      'білим прапором',
      'білий прапор',
      "зв'язан* рук*",
      "зв'язали",
      'не міг* рухатися',
    ],
    finishOff: ['добивали', 'добили', 'не довели'],
    noSurvivors: ['нікого не залишати', 'живих не залишати', 'полонені не потрібні', 'полонених не треба'],
    moving: ['в автобус*', 'на автобус*', 'автобусами', 'до росії', 'в росію', 'до криму', 'в крим', 'повезли до', 'вивезли до'],
    people: ['людей', 'люди', 'жителів', 'мешканців', 'родини', 'родин', 'населення'],
    civilianObjects: ['вікна', 'будинки', 'будинків', 'житлов*', 'живуть люди'],
    belongings: ['одяг*', 'посуд*', 'техніку', 'їжу', 'продукт*', 'телефон*', 'велосипед*'],
    tookWhatever: ['брали що хотіли', 'брали все', 'забирали все', 'виносили все'],
    emptying: ['винес*', 'вигреб*', 'вичистил*', 'спустош*', 'обчистил*'],
    homes: ['квартир*', 'будинк*', 'будинок', 'хат*'],
    interrogation: ['допит*'],
    detainees: ['затриман*', 'утримуван*'],
    ownMen: ['мобілізован*', 'відмовник*'],
    undress: ['роздяга*', 'роздягнутися', 'роздягли'],
    strikes: ['скидали бомби', 'скидав* бомб*', 'скинули бомби', 'бомбил*', 'бомбар*', 'гатили по'],
    doing: ['зробили', 'робили', 'виконували'],
    intoTheAir: ['в повітря', 'у повітря'],
    desertion: ['покинув частину', 'залишив частину', 'пішов з частини', 'не повернувся з відпустки', 'втік з частини'],
    protection: ['статус біженця', 'міжнародний захист', 'тимчасовий захист', 'додатковий захист'],
    applying: ['просить', 'добивається'],
    russianClaimants: [
      'міноборони рф',
      'міноборони росії',
      'міністерство оборони росії',
      'міністерство оборони рф',
      'кремл*',
      'російськ* влад*',
      'російського відомства',
      'російське відомство',
    ],
  },
  de: {
    surrenderSigns: ['hände hoch', 'erhobenen händen', 'weiße* fahne', 'gefesselt*'],
    finishOff: ['erledigen', 'erledigt', 'nicht zurückgebracht'],
    noSurvivors: ['niemanden am leben', 'keine überlebenden', 'gefangene braucht', 'keiner überleben'],
    moving: ['in busse', 'in bussen', 'in den bus', 'richtung krim', 'richtung russland', 'nach russland', 'auf die krim', 'gebracht nach'],
    people: ['leute', 'menschen', 'bewohner*', 'familien', 'einwohner*'],
    civilianObjects: ['fenster', 'häuser', 'wohnhäuser', 'wohnblock*', 'wo menschen wohnen'],
    belongings: ['ringe', 'fahrräder', 'fahrrad', 'essen', 'kleidung', 'geschirr', 'handys'],
    tookWhatever: ['nahmen, was wir wollten', 'nahmen alles', 'haben alles mitgenommen', 'alles mitgenommen'],
    emptying: ['leer geräumt', 'leergeräumt', 'ausgeräumt', 'räumten .. aus', 'räumten .. leer', 'leer geräumt*'],
    homes: ['wohnung*', 'häuser*', 'haus'],
    interrogation: ['verhör*'],
    detainees: ['festgenommene*', 'gefangengehaltene*', 'inhaftierte*'],
    ownMen: ['mobilisierte*', 'verweigerer'],
    undress: ['ausziehen', 'entkleid*', 'nackt'],
    strikes: ['bomben abgeworfen', 'warfen bomben', 'bombardiert*', 'beschossen', 'schossen auf'],
    doing: ['gemacht', 'getan', 'ausgeführt', 'daran gehalten'],
    intoTheAir: ['in die luft'],
    desertion: [
      'seine einheit verlassen',
      'von seiner einheit entfernt',
      'aus dem urlaub nicht',
      'nicht mehr bei seiner einheit',
      'kehrte nicht zurück',
      'nicht zur truppe zurück',
    ],
    protection: ['flüchtlingsschutz', 'schutz beantragt', 'um schutz'],
    applying: ['bittet um', 'ersucht um', 'beantragt', 'um schutz gebeten'],
    russianClaimants: [
      'russische* verteidigungsministerium',
      'russischen verteidigungsministeriums',
      'moskauer verteidigungsministerium',
      'der kreml',
      'kreml',
      'russische behörden',
    ],
  },
  fr: {
    surrenderSigns: ['mains levées', "les mains en l'air", 'drapeau blanc', 'mains liées', 'ligotés', 'ne pouvaient plus bouger'],
    finishOff: ['achevé*', 'ramenés', 'pas ramené*', 'on les a finis'],
    noSurvivors: ['personne en vie', 'aucun survivant', 'pas besoin de prisonniers', 'ne laisser personne'],
    moving: [
      'dans des cars',
      'dans les cars',
      'dans des bus',
      'dans des autocars',
      'direction la russie',
      'vers la russie',
      'en russie',
      'en crimée',
      'vers la crimée',
    ],
    people: ['gens', 'habitants', 'familles', 'villageois', 'population'],
    civilianObjects: ['fenêtres', 'maisons', 'immeubles', 'habitations', 'où vivent des gens'],
    belongings: ['bagues', 'vélos', 'nourriture', 'vêtements', 'vaisselle', 'téléphones'],
    tookWhatever: ["prenait ce qu'on voulait", 'on prenait tout', 'pris tout', 'tout emporté'],
    emptying: ['vidé*', 'vidaient', 'vidions', 'vider', 'dévalis*'],
    homes: ['maisons', 'appartements', 'logements'],
    interrogation: ['interrogatoire*'],
    detainees: ['détenus', 'personnes détenues', 'prisonniers civils'],
    ownMen: ['mobilisés', 'réfractaires'],
    undress: ['déshabill*', 'se mettre nus', 'mettre à nu'],
    strikes: ['largué des bombes', 'larguions', 'bombardé*', 'bombardions', 'tiré sur', 'tirions sur'],
    doing: ['fait', "on l'a fait", 'exécuté'],
    intoTheAir: ["en l'air"],
    desertion: ['quitté son unité', "a quitté l'armée", 'pas rentré de permission', "n'est pas revenu de permission", 'déserté'],
    protection: ['statut de réfugié', 'demande de protection', 'protection subsidiaire'],
    applying: ["demande l'asile", 'sollicite'],
    russianClaimants: [
      'ministère russe de la défense',
      'la défense russe',
      'le kremlin',
      'autorités russes',
      'moscou affirme',
      'moscou assure',
    ],
  },
  pl: {
    surrenderSigns: [
      'z podniesionymi rękami',
      'podniesionymi rękami',
      'ręce do góry',
      'białą flagą',
      'biała flaga',
      'związanymi rękami',
      'związan*',
      'nie mogli się ruszać',
    ],
    finishOff: ['dobijaliśmy', 'dobiliśmy'],
    noSurvivors: ['nikogo żywego', 'nie zostawiać nikogo', 'jeńcy nie są potrzebni', 'nie potrzeba jeńców'],
    moving: ['do autobusów', 'autobusami', 'do rosji', 'na krym', 'wywieźli do', 'wywozili do'],
    people: ['ludzi', 'ludzie', 'mieszkańców', 'rodziny', 'rodzin', 'ludność'],
    civilianObjects: ['okien', 'okna', 'domów', 'domy', 'gdzie mieszkają ludzie'],
    belongings: ['pierścionk*', 'rower*', 'jedzeni*', 'ubrani*', 'naczyni*', 'telefon*'],
    tookWhatever: ['braliśmy wszystko', 'zabieraliśmy wszystko', 'braliśmy, co chcieliśmy'],
    emptying: ['opróżni*', 'wynieśli*', 'wynosili*', 'ogołoci*', 'wyczyściliśmy', 'wyczyścili'],
    homes: ['mieszkań', 'mieszkania', 'mieszkaniach', 'domy', 'domów', 'domach'],
    interrogation: ['przesłuchani*', 'przesłuchań'],
    detainees: ['zatrzyman*', 'przetrzymywan*'],
    ownMen: ['zmobilizowan*', 'odmawiając*'],
    undress: ['rozbiera*', 'rozebrać', 'nago'],
    strikes: ['zrzucaliśmy bomby', 'zrzucali bomby', 'bombardowa*', 'ostrzeliwa*', 'strzelaliśmy do', 'strzelali do'],
    doing: ['zrobiliśmy', 'robiliśmy', 'wykonaliśmy', 'wykonywaliśmy'],
    intoTheAir: ['w powietrze'],
    desertion: ['opuścił jednostkę', 'opuścił swoją jednostkę', 'uciekł z jednostki', 'nie wrócił z urlopu', 'porzucił jednostkę'],
    protection: ['status uchodźcy', 'ochronę międzynarodową', 'o ochronę'],
    applying: ['prosi o', 'ubiega się'],
    russianClaimants: [
      'rosyjskie ministerstwo obrony',
      'rosyjskiego ministerstwa obrony',
      'resort obrony rosji',
      'kreml*',
      'rosyjskie władze',
      'moskwa twierdzi',
    ],
  },
  cs: {
    surrenderSigns: ['s rukama nahoře', 'zvednutýma rukama', 'ruce nad hlavu', 'bílou vlajkou', 'bílá vlajka', 'svázan*', 'nemohli hýbat'],
    finishOff: ['dorazili', 'dorážení'],
    noSurvivors: ['nikoho nenechat naživu', 'nikoho živého', 'zajatce nepotřebujeme', 'zajatci nejsou potřeba'],
    moving: ['do autobusů', 'autobusy', 'do ruska', 'na krym', 'odvezli do', 'odváželi do'],
    people: ['lidi', 'lidé', 'obyvatel*', 'rodiny'],
    civilianObjects: ['oken', 'okna', 'domů', 'domy', 'panelák*', 'kde bydlí lidé'],
    belongings: ['prsten*', 'kol*', 'jídlo', 'oblečení', 'nádobí', 'telefon*', 'hračky'],
    tookWhatever: ['brali, co se dalo', 'brali jsme všechno', 'brali všechno', 'vzali všechno'],
    emptying: ['vynesl*', 'vynáše*', 'vybílil*', 'vyprázdnil*', 'vyklidil*'],
    homes: ['bytů', 'byty', 'bytech', 'domů', 'domy', 'domech'],
    interrogation: ['výslech*'],
    detainees: ['zadržen*', 'zajat*'],
    ownMen: ['mobilizovan*', 'odmítač*'],
    undress: ['svléka*', 'svléknout', 'svlékli', 'nahé', 'nahou'],
    strikes: ['shazovali bomby', 'shodili bomby', 'bombardova*', 'ostřelova*', 'stříleli jsme na', 'stříleli na'],
    doing: ['udělali', 'dělali', 'splnili', 'plnili'],
    intoTheAir: ['do vzduchu'],
    desertion: ['utekl z jednostky', 'opustil jednotku', 'opustil svou jednotku', 'nevrátil se z dovolené'],
    protection: ['o ochranu', 'status uprchlíka'],
    applying: ['žádá', 'žádá o'],
    russianClaimants: ['ruské ministerstvo obrany', 'ruského ministerstva obrany', 'kreml*', 'ruské úřady', 'moskva tvrdí'],
  },
  it: {
    surrenderSigns: ['mani alzate', 'mani in alto', 'bandiera bianca', 'mani legate', 'legati', 'non potevano muoversi'],
    finishOff: ['finiti', 'finivamo', 'non li riportavamo'],
    noSurvivors: ['nessuno vivo', 'nessun sopravvissuto', 'i prigionieri non servono', 'non servono prigionieri'],
    moving: ['sugli autobus', 'sui pullman', 'su autobus', 'in russia', 'in crimea', 'verso la russia', 'portati in'],
    people: ['persone', 'gente', 'abitanti', 'famiglie', 'residenti'],
    civilianObjects: ['finestre', 'case', 'palazzi', 'condomini*', 'dove vive la gente'],
    belongings: ['anelli', 'biciclett*', 'cibo', 'vestiti', 'piatti', 'telefoni'],
    tookWhatever: ['prendevamo quello che volevamo', 'prendevamo tutto', 'portato via tutto', 'portavamo via tutto'],
    emptying: ['svuotat*', 'svuotava*', 'svuotammo', 'svuotare', 'portato via', 'portava* via'],
    homes: ['case', 'appartamenti', 'abitazioni'],
    interrogation: ['interrogatori*'],
    detainees: ['detenuti', 'fermati', 'trattenuti'],
    ownMen: ['mobilitati', 'renitenti'],
    undress: ['spogliar*', 'spogliat*', 'nude', 'nudi'],
    strikes: ['sganciavamo bombe', 'sganciato bombe', 'bombardat*', 'bombardavamo', 'sparavamo su', 'sparato su'],
    doing: ['fatto', 'facevamo', 'eseguito'],
    intoTheAir: ['in aria'],
    desertion: [
      'lasciato il suo reparto',
      'lasciato il reparto',
      'abbandonato il reparto',
      'non è rientrato dalla licenza',
      'fuggito dal reparto',
    ],
    protection: ['status di rifugiato', 'protezione sussidiaria', 'domanda di protezione'],
    applying: ['chiede', 'sta chiedendo'],
    russianClaimants: ['ministero della difesa russo', 'difesa russa', 'il cremlino', 'cremlino', 'autorità russe', 'mosca sostiene'],
  },
  es: {
    surrenderSigns: ['manos en alto', 'manos arriba', 'bandera blanca', 'manos atadas', 'atados', 'no podían moverse'],
    finishOff: ['no los traíamos'],
    noSurvivors: ['nadie vivo', 'ningún superviviente', 'los prisioneros no hacen falta', 'no hacen falta prisioneros'],
    moving: ['en autobuses', 'a los autobuses', 'en autocares', 'a rusia', 'a crimea', 'hacia rusia', 'llevados a'],
    people: ['gente', 'personas', 'habitantes', 'familias', 'vecinos', 'población'],
    civilianObjects: ['ventanas', 'casas', 'edificios de viviendas', 'viviendas', 'donde vive gente'],
    belongings: ['anillos', 'bicicleta*', 'comida', 'ropa', 'vajilla', 'teléfonos'],
    tookWhatever: ['nos llevábamos todo', 'llevábamos lo que queríamos', 'se llevaron todo', 'nos llevamos todo'],
    emptying: ['vaciamos', 'vaciaron', 'vaciaba*', 'vaciar', 'vaciad*'],
    homes: ['casas', 'viviendas', 'pisos'],
    interrogation: ['interrogatorio*'],
    detainees: ['detenidos', 'retenidos'],
    ownMen: ['movilizados', 'reclutas forzosos'],
    undress: ['desnudar*', 'desvestir*', 'desnudos', 'desnudas'],
    strikes: ['lanzábamos bombas', 'lanzaron bombas', 'bombardea*', 'bombarde*', 'disparábamos contra', 'disparaban contra'],
    doing: ['hicimos', 'hecho', 'hacíamos', 'cumplimos'],
    intoTheAir: ['al aire'],
    desertion: ['abandonó su unidad', 'dejó su unidad', 'no volvió de permiso', 'no regresó de permiso', 'huyó de su unidad'],
    protection: ['estatus de refugiado', 'condición de refugiado', 'protección internacional', 'solicitud de protección'],
    applying: ['pide', 'solicita'],
    russianClaimants: ['ministerio de defensa ruso', 'defensa rusa', 'el kremlin', 'autoridades rusas', 'moscú afirma', 'moscú asegura'],
  },
  nl: {
    surrenderSigns: ['handen omhoog', 'handen in de lucht', 'witte vlag', 'vastgebonden', 'handen gebonden', 'niet meer bewegen'],
    finishOff: ['afgemaakt', 'maakten .. af'],
    noSurvivors: ['niemand in leven', 'geen overlevenden', 'gevangenen zijn niet nodig', 'geen gevangenen nodig'],
    moving: ['in bussen', 'in de bus', 'naar rusland', 'naar de krim', 'weggevoerd naar'],
    people: ['mensen', 'bewoners', 'inwoners', 'families', 'gezinnen'],
    civilianObjects: ['ramen', 'huizen', 'woningen', 'flats', 'waar mensen wonen'],
    belongings: ['ringen', 'fietsen', 'fiets', 'eten', 'kleren', 'servies', 'telefoons'],
    tookWhatever: ['namen alles mee', 'alles meegenomen', 'namen wat we wilden'],
    emptying: ['leeggehaald', 'haalden .. leeg', 'leeggeroofd'],
    homes: ['huizen', 'woningen', 'flats'],
    interrogation: ['verhoor*', 'ondervraging*'],
    detainees: ['gedetineerden', 'vastgehouden*', 'opgepakte*'],
    ownMen: ['gemobiliseerde*', 'dienstweigeraars'],
    undress: ['uitkleden', 'uitkleed*', 'naakt'],
    strikes: ['bommen gegooid', 'gooiden bommen', 'bombardeerd*', 'beschoten', 'schoten op'],
    doing: ['gedaan', 'deden', 'uitgevoerd'],
    intoTheAir: ['in de lucht'],
    desertion: ['zijn eenheid verlaten', 'verliet zijn eenheid', 'keerde niet terug van verlof', 'niet terug van verlof'],
    protection: ['vluchtelingenstatus', 'om bescherming', 'internationale bescherming'],
    applying: ['vraagt', 'verzoekt'],
    russianClaimants: [
      'russische ministerie van defensie',
      'het russische ministerie',
      'het kremlin',
      'kremlin',
      'russische autoriteiten',
      'moskou beweert',
    ],
  },
  lt: {
    surrenderSigns: [
      'iškeltomis rankomis',
      'pakeltomis rankomis',
      'baltą vėliavą',
      'balta vėliava',
      'surištomis rankomis',
      'suriš*',
      'negalėjo pajudėti',
    ],
    finishOff: ['pribaigdavome', 'pribaigėme'],
    noSurvivors: ['nieko nepalikti gyvo', 'nė vieno gyvo', 'belaisvių nereikia', 'nereikia belaisvių'],
    moving: ['autobusais', 'į autobusus', 'į rusiją', 'į krymą', 'išvežė į', 'vežė'],
    people: ['žmones', 'žmonės', 'gyventoj*', 'šeim*'],
    civilianObjects: ['langus', 'namus', 'namai', 'daugiabuč*', 'kur gyvena žmonės'],
    belongings: ['žied*', 'dvirat*', 'maist*', 'drabuž*', 'ind*', 'telefon*'],
    tookWhatever: ['imdavome viską', 'ėmėme viską', 'išnešė viską', 'išnešdavome viską'],
    emptying: ['ištuštin*', 'išnešėme', 'išnešė', 'išnešdavome'],
    homes: ['namus', 'namų', 'butus', 'butų'],
    interrogation: ['apklaus*', 'tardym*', 'tardė'],
    detainees: ['sulaikyt*', 'laikom*'],
    ownMen: ['mobilizuot*'],
    undress: ['nusireng*', 'išrengė', 'nuogus', 'nuogas'],
    strikes: ['mėtėme bombas', 'numetė bombas', 'bombardav*', 'apšaud*', 'šaudėme į', 'šaudė į'],
    doing: ['padarėme', 'darėme', 'vykdėme', 'įvykdėme'],
    intoTheAir: ['į orą'],
    desertion: ['paliko dalinį', 'pabėgo iš dalinio', 'negrįžo iš atostogų'],
    protection: ['pabėgėlio status*', 'tarptautinės apsaugos', 'tarptautinę apsaugą'],
    applying: ['prašo', 'siekia'],
    russianClaimants: ['rusijos gynybos ministerija', 'rusijos gynybos ministerijos', 'kremli*', 'rusijos valdžia', 'maskva tvirtina'],
  },
  ro: {
    surrenderSigns: ['mâinile ridicate', 'mâinile sus', 'steag alb', 'steagul alb', 'mâinile legate', 'legați', 'nu se mai puteau mișca'],
    finishOff: ['terminați', 'i-am terminat', 'nu i-am mai adus înapoi'],
    noSurvivors: ['nimeni în viață', 'niciun supraviețuitor', 'nu e nevoie de prizonieri', 'prizonierii nu sunt necesari'],
    moving: ['în autobuze', 'în rusia', 'în crimeea', 'spre rusia', 'duși în'],
    people: ['oameni', 'oamenii', 'locuitor*', 'familii', 'populați*'],
    civilianObjects: ['ferestre', 'casele', 'case', 'blocuri', 'unde locuiesc oameni'],
    belongings: ['inele', 'biciclet*', 'mâncare', 'haine', 'vase', 'telefoane'],
    tookWhatever: ['am luat tot', 'luam tot', 'luam ce voiam', 'au luat tot'],
    emptying: ['golit*', 'goleau', 'goleam', 'am golit'],
    homes: ['casele', 'case', 'apartamentele', 'locuințele'],
    interrogation: ['interogatori*', 'interogări*'],
    detainees: ['deținuți*', 'reținuți*'],
    ownMen: ['mobilizați*', 'refractari'],
    undress: ['dezbrăca*', 'dezbrăcat*', 'goi', 'goale'],
    strikes: ['aruncam bombe', 'au aruncat bombe', 'bombardat*', 'bombardam', 'trăgeam în', 'au tras în'],
    doing: ['făcut', 'făceam', 'executat'],
    intoTheAir: ['în aer'],
    desertion: ['și-a părăsit unitatea', 'a părăsit unitatea', 'a fugit din unitate', 'nu s-a mai întors din permisie'],
    protection: ['statutul de refugiat', 'cerere de protecție'],
    applying: ['cere', 'solicită'],
    russianClaimants: [
      'ministerul rus al apărării',
      'ministerul apărării de la moscova',
      'kremlinul',
      'kremlin',
      'autoritățile ruse',
      'moscova susține',
    ],
  },
};

/** A vocabulary with the meaning lists of its language merged into the lists they belong to. */
export function withMeanings(vocabulary: Vocabulary): Vocabulary {
  const m = MEANINGS[vocabulary.lang];
  if (!m) return vocabulary;
  const { asylum } = vocabulary;
  return {
    ...vocabulary,
    defection: [...vocabulary.defection, ...m.desertion],
    asylum: { ...asylum, noun: [...asylum.noun, ...m.protection], applied: [...asylum.applied, ...m.applying] },
    crimes: withCrimeMeanings(m, vocabulary.crimes),
  };
}

function withCrimeMeanings(m: Meanings, crimes: CrimeTerms): CrimeTerms {
  const v = crimes.victims;
  return {
    ...crimes,
    kill: [...crimes.kill, ...m.finishOff],
    attack: [...crimes.attack, ...m.strikes],
    noQuarter: [...crimes.noQuarter, ...m.noSurvivors],
    pillage: [...crimes.pillage, ...m.tookWhatever],
    property: [...crimes.property, ...m.belongings],
    sexual: [...crimes.sexual, ...m.undress],
    victims: {
      ...v,
      horsDeCombat: [...v.horsDeCombat, ...m.surrenderSigns],
      ownTroops: [...v.ownTroops, ...m.ownMen],
    },
  };
}
