/**
 * The claims-and-quantities development set: short news texts written for the drafter (never the
 * project's own sources), each with the claims and quantities a careful annotator would draft.
 * A claim is [speaker, claimKind, mode, words of what was said (inside its evidence), TARGETs];
 * a quantity is "KIND value unit". `pending` lists claims the drafter still misses (a person's name
 * the mentions stage does not recognise yet): they may be absent, but a claim on those words must never name another speaker.
 */
export type ExpectedClaim = readonly [speaker: string, kind: string, mode: 'DIRECT_QUOTE' | 'REPORTED', words: string, targets: readonly string[]];
export interface ClaimsCase {
  readonly published: string;
  readonly claims: readonly ExpectedClaim[];
  readonly quantities: readonly string[];
  readonly pending?: readonly ExpectedClaim[];
  /** Words of the claims said to come ("is expected to warn"): status PLANNED; every other claim is not. */
  readonly planned?: readonly string[];
}

export const claimsCases: Readonly<Record<string, ClaimsCase>> = {
  'claims-aid-package': {
    published: '2022-03-09',
    claims: [
      ['person:boris-johnson', 'STATEMENT', 'REPORTED', 'Britain will send 6,000 more', []],
      ['person:boris-johnson', 'STATEMENT', 'REPORTED', 'the UK would also fund', []],
      ['person:boris-johnson', 'INSISTENCE', 'REPORTED', 'the aid was purely defensive', []],
      ['person:boris-johnson', 'STATEMENT', 'DIRECT_QUOTE', 'We are not at war', []],
      ['org:russian-embassy-london', 'ASSESSMENT', 'REPORTED', 'the decision', []],
      ['org:russian-embassy-london', 'WARNING', 'REPORTED', 'British weapons would be "legitimate', ['country:gbr']],
      ['person:senior-british-official', 'STATEMENT', 'REPORTED', 'the government had spent £1.3bn', []],
      ['person:senior-british-official', 'DENIAL', 'REPORTED', 'special forces were advising Ukrainian', []],
      ['person:olaf-scholz', 'STATEMENT', 'REPORTED', 'Berlin would not send fighter', []],
      ['org:german-government', 'INSISTENCE', 'REPORTED', 'it was acting in concert', []],
      ['country:pol', 'STATEMENT', 'REPORTED', 'it was ready to deliver', []],
      ['org:pentagon', 'DENIAL', 'REPORTED', 'the proposal', []],
      ['person:john-kirby', 'STATEMENT', 'REPORTED', 'the plan raised "serious concerns"', []],
    ],
    quantities: ['COUNT 6000 missile', 'MONEY 25000000 USD', 'DURATION 10 day', 'COUNT 500 soldier', 'MONEY 1300000000 GBP', 'COUNT 28 jet'],
  },
  'claims-berlin-call': {
    published: '2022-03-09',
    claims: [
      ['org:german-foreign-ministry', 'STATEMENT', 'REPORTED', 'Germany\'s foreign minister Annalena Baerbock', []],
      ['person:antony-blinken', 'WARNING', 'REPORTED', 'Russia would face further sanctions', ['country:rus']],
      ['person:antony-blinken', 'STATEMENT', 'DIRECT_QUOTE', 'There will be massive consequences', []],
      ['org:kremlin', 'DENIAL', 'REPORTED', 'it was planning an invasion', []],
      ['person:german-foreign-ministry-spokesperson', 'STATEMENT', 'REPORTED', 'Moscow has massed about 100,000', []],
      ['person:annalena-baerbock', 'STATEMENT', 'REPORTED', 'Germany has pledged €500m in', []],
      ['person:mevlut-cavusoglu', 'STATEMENT', 'REPORTED', 'Ankara was ready to host', []],
      ['person:mevlut-cavusoglu', 'STATEMENT', 'DIRECT_QUOTE', 'We are ready', []],
      ['person:mevlut-cavusoglu', 'STATEMENT', 'DIRECT_QUOTE', 'But both sides must want peace', []],
      ['person:maria-zakharova', 'STATEMENT', 'REPORTED', 'Moscow welcomed the offer', []],
      ['person:volodymyr-zelensky', 'STATEMENT', 'DIRECT_QUOTE', 'The door is open', []],
      ['person:volodymyr-zelensky', 'STATEMENT', 'DIRECT_QUOTE', 'but we will not give up our land', []],
      ['person:volodymyr-zelensky', 'STATEMENT', 'REPORTED', 'Ukraine needed 500 more tanks', []],
      ['person:viktor-orban', 'WARNING', 'REPORTED', 'the EU against sending weapons', ['org:european-union']],
      ['person:viktor-orban', 'ASSESSMENT', 'REPORTED', 'it would prolong the war', []],
    ],
    quantities: ['COUNT 100000 troop', 'MONEY 500000000 EUR', 'DURATION 2 year', 'COUNT 500 tank', 'MONEY 5000000000 USD'],
  },
  'claims-border-warning': {
    published: '2022-03-09',
    claims: [
      ['person:mariusz-kaminski', 'STATEMENT', 'REPORTED', '4,000 migrants were camped on', []],
      ['person:mariusz-kaminski', 'STATEMENT', 'DIRECT_QUOTE', 'This is a hybrid attack', []],
      ['person:mariusz-kaminski', 'STATEMENT', 'REPORTED', 'Poland would send 15,000 soldiers', []],
      ['country:blr', 'DENIAL', 'REPORTED', 'the accusations', []],
      ['org:belarusian-foreign-ministry', 'STATEMENT', 'REPORTED', 'Warsaw was staging a provocation', []],
      ['person:jens-stoltenberg', 'STATEMENT', 'REPORTED', 'restraint', []],
      ['person:jens-stoltenberg', 'STATEMENT', 'REPORTED', 'the alliance stood by Poland', []],
      ['person:spokesperson-for-the-commission', 'STATEMENT', 'REPORTED', 'The European Commission has offered', []],
    ],
    quantities: ['COUNT 4000 migrant', 'COUNT 15000 soldier', 'MONEY 25000000 EUR'],
  },
  'claims-gas-talks': {
    published: '2022-03-09',
    claims: [
      // "…, officials said on Friday": unnamed officials are a group that speaks.
      ['group:officials', 'STATEMENT', 'REPORTED', 'The European Union will provide', []],
      ['person:nikolai-shulginov', 'DENIAL', 'REPORTED', 'the criticism', []],
      ['person:nikolai-shulginov', 'INSISTENCE', 'REPORTED', 'Gazprom had fulfilled all its', []],
      ['person:senior-us-official', 'STATEMENT', 'REPORTED', 'the talks had lasted three', []],
      ['person:senior-us-official', 'ACCUSATION', 'REPORTED', 'Russia of using energy as', ['country:rus']],
      ['person:denys-shmyhal', 'STATEMENT', 'REPORTED', 'Europe to cut its imports', []],
    ],
    quantities: ['MONEY 1200000000 USD', 'DURATION 3 day', 'COUNT 40 delegate'],
    pending: [
      ['person:ursula-von-der-leyen', 'STATEMENT', 'DIRECT_QUOTE', 'We stand with Ukraine', []],
      ['person:ursula-von-der-leyen', 'STATEMENT', 'DIRECT_QUOTE', 'Europe will not be blackmailed', []],
    ],
  },
  'claims-iran-talks': {
    published: '2022-03-09',
    claims: [
      ['person:ali-bagheri-kani', 'STATEMENT', 'REPORTED', 'Tehran was serious about reaching', []],
      ['person:senior-european-diplomat', 'STATEMENT', 'DIRECT_QUOTE', 'The ball is in Iran\'s', []],
      ['person:senior-european-diplomat', 'STATEMENT', 'DIRECT_QUOTE', 'We have weeks, not months', []],
      ['person:ned-price', 'STATEMENT', 'REPORTED', 'The United States accused Iran', []],
      ['person:naftali-bennett', 'WARNING', 'REPORTED', 'Iran was using the talks', ['country:irn']],
    ],
    quantities: ['DURATION 5 month', 'MONEY 5000000000 ILS'],
  },
  'claims-kremlin-sanctions': {
    published: '2022-03-09',
    claims: [
      ['org:kremlin', 'STATEMENT', 'REPORTED', 'Russia would respond to the', []],
      ['person:dmitry-peskov', 'STATEMENT', 'DIRECT_QUOTE', 'These measures are illegal and', []],
      ['person:dmitry-peskov', 'STATEMENT', 'REPORTED', 'Moscow was in no hurry', []],
      ['person:sergei-lavrov', 'ACCUSATION', 'REPORTED', 'Brussels of waging an economic', []],
      ['person:sergei-lavrov', 'STATEMENT', 'DIRECT_QUOTE', 'The EU was "following Washington\'s', []],
      ['person:josep-borrell', 'STATEMENT', 'REPORTED', 'The sanctions target 120 officials', []],
      ['person:josep-borrell', 'DENIAL', 'REPORTED', 'the bloc wanted to isolate', []],
      ['person:josep-borrell', 'STATEMENT', 'DIRECT_QUOTE', 'Our quarrel is with the', []],
      ['country:ukr', 'ASSESSMENT', 'REPORTED', 'the package', []],
      ['person:dmytro-kuleba', 'STATEMENT', 'REPORTED', 'the EU to go further', []],
      ['person:spokesperson-for-the-finance-ministry', 'STATEMENT', 'REPORTED', 'Russia\'s central bank has lost', []],
      ['person:spokesperson-for-the-finance-ministry', 'STATEMENT', 'REPORTED', 'the rouble had fallen 30', []],
      ['org:finance-ministry', 'STATEMENT', 'REPORTED', 'it would spend 500 billion', []],
    ],
    quantities: ['MONEY 2500000000 EUR', 'COUNT 120 official', 'DURATION 48 hour', 'MONEY 300000000000 USD', 'MONEY 500000000000 RUB'],
  },
  'claims-sahel-withdrawal': {
    published: '2022-03-09',
    claims: [
      ['person:emmanuel-macron', 'ANNOUNCEMENT', 'REPORTED', 'France will withdraw its 2,400', []],
      ['person:emmanuel-macron', 'STATEMENT', 'REPORTED', 'the military junta in Bamako', []],
      ['person:emmanuel-macron', 'STATEMENT', 'DIRECT_QUOTE', 'We cannot remain militarily engaged', []],
      ['country:mli', 'DENIAL', 'REPORTED', 'the French claims', []],
      ['country:mli', 'STATEMENT', 'REPORTED', 'an immediate withdrawal', []],
      ['org:french-defence-ministry', 'STATEMENT', 'REPORTED', 'The operation has cost France', []],
    ],
    quantities: ['DURATION 6 month', 'COUNT 2400 troop', 'MONEY 880000000 EUR'],
    pending: [
      ['person:antonio-guterres', 'STATEMENT', 'REPORTED', 'he was concerned about the security', []],
    ],
  },
  'claims-taiwan-drills': {
    published: '2022-03-09',
    claims: [
      ['org:china-defence-ministry', 'STATEMENT', 'REPORTED', 'the People\'s Liberation Army had', []],
      ['person:wu-qian', 'STATEMENT', 'REPORTED', 'The drills were a "stern', []],
      ['person:tsai-ing-wen', 'ASSESSMENT', 'REPORTED', 'the exercises', []],
      ['person:tsai-ing-wen', 'STATEMENT', 'DIRECT_QUOTE', 'We will not bow to', []],
      ['org:white-house', 'STATEMENT', 'REPORTED', 'it was monitoring the situation', []],
      ['group:us-officials', 'STATEMENT', 'REPORTED', 'the Pentagon had approved a', []],
      ['country:chn', 'INSISTENCE', 'REPORTED', 'Taiwan is part of China', []],
    ],
    quantities: ['COUNT 27 aircraft', 'MONEY 95000000 USD'],
  },
  'claims-stance-nouns': {
    // A stance as a possessive noun with its clause ("the government's position that…") is its holder's claim.
    published: '2023-11-21',
    claims: [
      ['org:hungarian-government', 'BELIEF', 'REPORTED', 'sanctions on Tbilisi would only push', []],
      ['country:ltu', 'WARNING', 'REPORTED', 'the bloc was losing credibility', []],
      ['person:josep-borrell', 'STATEMENT', 'REPORTED', 'the ministers would return', []],
    ],
    quantities: [],
  },
  'claims-planned-report': {
    // Sayings to come ("is expected to warn", "is due to tell … that"), a body's findings ("a report by X
    // found that", "the court also concluded that"), "according to" a body taken up again or unnamed
    // diplomats, unnamed officials, and coordinated statements split one per clause.
    published: '2023-07-10',
    claims: [
      ['person:liesje-schreinemacher', 'WARNING', 'REPORTED', 'new curbs on gallium exports', ['country:chn']],
      ['person:liesje-schreinemacher', 'STATEMENT', 'REPORTED', 'the Netherlands will not lift', []],
      ['org:court-of-audit', 'ASSESSMENT', 'REPORTED', 'the government had no plan', []],
      ['org:court-of-audit', 'ASSESSMENT', 'REPORTED', 'ministries had ignored warnings', []],
      ['org:china-commerce-ministry', 'ANNOUNCEMENT', 'REPORTED', 'the curbs would take effect', []],
      ['org:china-commerce-ministry', 'STATEMENT', 'REPORTED', 'the measures protect national security', []],
      ['group:diplomats', 'STATEMENT', 'REPORTED', 'The visit was arranged at short notice', []],
      ['group:european-officials', 'STATEMENT', 'REPORTED', 'the bloc was preparing a joint response', []],
      ['group:european-officials', 'STATEMENT', 'REPORTED', 'it would raise the issue', []],
      // A spokesperson for a named body is a person of it, as for a body named by a common noun.
      ['person:spokesperson-for-the-european-commission', 'STATEMENT', 'REPORTED', 'Brussels had asked Beijing', []],
      ['person:liesje-schreinemacher', 'STATEMENT', 'REPORTED', 'Europe must reduce its dependence', []],
      ['person:liesje-schreinemacher', 'STATEMENT', 'REPORTED', 'would work with Japan', []],
      ['person:tan-jian', 'STATEMENT', 'REPORTED', 'the controls were routine', []],
      // "according to a study by X", "X's report said".
      ['org:clingendael-institute', 'STATEMENT', 'REPORTED', 'Dutch chipmakers hold stocks', []],
      ['org:clingendael-institute', 'STATEMENT', 'REPORTED', 'build a strategic reserve', []],
    ],
    planned: ['new curbs on gallium exports', 'the Netherlands will not lift'],
    quantities: ['DURATION 2 month'],
  },
  'claims-echo-pointed': {
    // "X echoed Y's warning that…" (both hold it), "pointed out that", sayings to come inside a closing
    // attribution ("She will urge…, officials in Ottawa said"); no claim from "found traces", "wants to
    // warn", "talks concluded on Friday" or "refused to say whether".
    published: '2024-03-04',
    claims: [
      ['person:melanie-joly', 'ANNOUNCEMENT', 'REPORTED', 'new funding for forest protection', []],
      ['person:melanie-joly', 'STATEMENT', 'REPORTED', 'Brazil to enforce its ban', []],
      ['group:officials', 'STATEMENT', 'REPORTED', 'She will urge Brazil', []],
      ['org:pembina-institute', 'WARNING', 'REPORTED', 'the Amazon was close to a tipping point', []],
      ['org:united-nations', 'WARNING', 'REPORTED', 'the Amazon was close to a tipping point', []],
      ['org:pembina-institute', 'ASSESSMENT', 'REPORTED', 'mining had spread faster', []],
      ['person:marina-silva', 'STATEMENT', 'REPORTED', 'deforestation had fallen by a third', []],
      ['person:marina-silva', 'STATEMENT', 'REPORTED', 'Brazil had doubled the number', []],
      ['org:brazilian-foreign-ministry', 'STATEMENT', 'REPORTED', 'Brasília welcomes the visit', []],
      // "X has been among the donors advocating Y": X's stated position.
      ['country:nor', 'STATEMENT', 'REPORTED', 'stricter rules on timber imports', []],
    ],
    planned: ['new funding for forest protection', 'Brazil to enforce its ban'],
    quantities: [],
  },
  'claims-false-friends': {
    // Words the new forms must not take for sayings: "only time will tell", "Diplomats expect", "are to
    // meet"; a capital after "in" is where speakers are ("analysts in Ankara say"), and a new attribution
    // after ", and" ends the claim before it; "said that A and would B" is two claims.
    published: '2023-11-14',
    claims: [
      ['person:giorgos-gerapetritis', 'STATEMENT', 'REPORTED', 'the atmosphere had been constructive', []],
      ['person:giorgos-gerapetritis', 'STATEMENT', 'REPORTED', 'Athens wanted a lasting settlement', []],
      ['person:giorgos-gerapetritis', 'STATEMENT', 'REPORTED', 'would take the dispute', []],
      ['country:tur', 'WARNING', 'REPORTED', 'it will not accept limits', []],
      ['group:analysts', 'STATEMENT', 'REPORTED', 'the government faces pressure', []],
    ],
    quantities: [],
  },
  'visit-seoul-thaw': {
    // "told reporters after the meeting that A, and that B" (two claims), "according to a spokesperson for
    // <a named ministry>" (the spokesperson), "is due to tell his counterpart, <name>, that…" (planned),
    // "Opposition lawmakers in Seoul accused…", "Washington praised…" (the capital speaks for its state).
    published: '2023-05-08',
    claims: [
      ['group:officials', 'STATEMENT', 'REPORTED', 'Fumio Kishida arrived in Seoul', []],
      ['person:yoon-suk-yeol', 'STATEMENT', 'REPORTED', 'could not afford to let history', []],
      ['person:yoon-suk-yeol', 'STATEMENT', 'REPORTED', 'Seoul would drop its complaint', []],
      ['person:fumio-kishida', 'STATEMENT', 'REPORTED', 'deeply saddened', []],
      ['person:spokesperson-for-the-japanese-foreign-ministry', 'STATEMENT', 'REPORTED', 'Tokyo will lift curbs', []],
      ['person:park-jin', 'STATEMENT', 'REPORTED', 'Seoul wants a firm timetable', []],
      ['group:opposition-lawmakers', 'ACCUSATION', 'REPORTED', 'Yoon of giving away too much', ['person:yoon-suk-yeol']],
      ['org:democratic-party', 'STATEMENT', 'REPORTED', 'it would hold protests', []],
      ['org:china-foreign-ministry', 'ASSESSMENT', 'REPORTED', 'the thaw', []],
      ['person:wang-wenbin', 'STATEMENT', 'REPORTED', 'Beijing hoped the three countries', []],
      ['person:wang-wenbin', 'WARNING', 'REPORTED', 'exclusive blocs', []],
      ['country:usa', 'ASSESSMENT', 'REPORTED', 'the agreement', []],
      ['person:antony-blinken', 'STATEMENT', 'REPORTED', 'the deal marked a new chapter', []],
      ['org:white-house', 'ANNOUNCEMENT', 'REPORTED', 'Biden will host Yoon', []],
    ],
    planned: ['Seoul wants a firm timetable'],
    quantities: ['DURATION 12 year', 'MONEY 2000000000 USD'],
    pending: [
      // "A report by the Korea Institute for International Economic Policy found that…": a name with "for" the mentions stage cuts.
      ['org:korea-institute-for-international-economic-policy', 'ASSESSMENT', 'REPORTED', 'the export curbs had cost', []],
    ],
  },
  'talks-washington-round': {
    // "is expected to say that A, and is likely to reject B": both planned, both the subject's; "the
    // group's report said" is the group named before; "according to diplomats familiar with the talks".
    published: '2023-05-02',
    claims: [
      ['org:state-department', 'STATEMENT', 'REPORTED', 'The foreign ministers of Armenia', []],
      ['group:diplomats', 'STATEMENT', 'REPORTED', 'The Armenian delegation arrived', []],
      ['person:jeyhun-bayramov', 'STATEMENT', 'REPORTED', 'Baku wants a corridor', []],
      ['person:jeyhun-bayramov', 'DENIAL', 'REPORTED', 'any role for international monitors', []],
      ['person:antony-blinken', 'STATEMENT', 'REPORTED', 'a lasting agreement was', []],
      ['person:spokesperson-for-the-state-department', 'STATEMENT', 'REPORTED', 'He will host both ministers', []],
      ['org:international-crisis-group', 'WARNING', 'REPORTED', 'the talks could collapse', []],
      ['org:international-crisis-group', 'STATEMENT', 'REPORTED', 'both governments faced strong', []],
      ['country:rus', 'ASSESSMENT', 'REPORTED', 'the talks', []],
      ['person:dmitry-peskov', 'STATEMENT', 'REPORTED', 'Moscow had not been consulted', []],
      ['person:dmitry-peskov', 'WARNING', 'REPORTED', 'the West was meddling', []],
      ['org:armenian-foreign-ministry', 'STATEMENT', 'REPORTED', 'Mirzoyan also spoke by phone', []],
    ],
    planned: ['Baku wants a corridor', 'any role for international monitors'],
    quantities: ['DURATION 3 day'],
  },
};
