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
};
