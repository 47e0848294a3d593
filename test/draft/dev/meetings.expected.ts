/**
 * The development set for actors, meetings and times: texts written for it (never the project's
 * sources), each with what a reviewer would annotate. Participants follow the hand annotations'
 * convention: each minister's country joins the meeting in the minister's role.
 */
export interface ExpectedMeeting {
  readonly mode?: 'VISIT' | 'THIRD_LOCATION' | 'TALKS' | 'CALL';
  readonly status: string;
  /** Actor id → role; exactly these participants. */
  readonly participants: Readonly<Record<string, 'VISITOR' | 'HOST' | 'PARTICIPANT'>>;
  readonly place?: string;
  readonly time?: { readonly start?: string; readonly end?: string; readonly precision: string };
}

export interface DevText {
  readonly file: string;
  readonly published: { readonly start: string; readonly end?: string };
  /** Person ids the draft must name. */
  readonly people: readonly string[];
  readonly meetings: readonly ExpectedMeeting[];
  /** Meetings that must not be drafted: participants (a subset) with a status. */
  readonly absent?: readonly { readonly participants: readonly string[]; readonly status?: string }[];
  /** Time expressions: words → [start, end, precision]. */
  readonly times: Readonly<Record<string, readonly [string | null, string | null, string]>>;
}

export const devTexts: readonly DevText[] = [
  {
    file: 'call-agree-to-meet.txt',
    published: { start: '2023-05-11' }, // a Thursday
    people: ['person:catherine-colonna', 'person:antony-blinken'],
    meetings: [
      {
        mode: 'CALL', status: 'OCCURRED',
        participants: { 'person:catherine-colonna': 'PARTICIPANT', 'person:antony-blinken': 'PARTICIPANT', 'country:fra': 'PARTICIPANT', 'country:usa': 'PARTICIPANT' },
        time: { start: '2023-05-09', end: '2023-05-09', precision: 'DAY' },
      },
      {
        status: 'PLANNED',
        participants: { 'person:catherine-colonna': 'VISITOR', 'country:fra': 'VISITOR', 'person:antony-blinken': 'HOST', 'country:usa': 'HOST' },
        place: 'place:washington',
        time: { start: '2023-06-01', end: '2023-06-30', precision: 'MONTH' },
      },
    ],
    times: {
      'on Tuesday': ['2023-05-09', '2023-05-09', 'DAY'],
      'next month': ['2023-06-01', '2023-06-30', 'MONTH'],
      'earlier this month': ['2023-05-01', '2023-05-11', 'UNKNOWN'],
      'last week': ['2023-05-01', '2023-05-07', 'WEEK'],
      'since February 2022': ['2022-02-01', '2022-02-28', 'MONTH'],
    },
  },
  {
    file: 'visit-kyiv.txt',
    published: { start: '2023-06-08' }, // a Thursday
    people: ['person:fumio-kishida', 'person:volodymyr-zelensky'],
    meetings: [
      {
        mode: 'VISIT', status: 'OCCURRED',
        participants: { 'person:fumio-kishida': 'VISITOR', 'country:jpn': 'VISITOR', 'person:volodymyr-zelensky': 'HOST', 'country:ukr': 'HOST' },
        place: 'place:kyiv',
        time: { start: '2023-06-07', end: '2023-06-07', precision: 'DAY' },
      },
    ],
    times: { 'June 8': ['2023-06-08', '2023-06-08', 'DAY'], 'on Wednesday': ['2023-06-07', '2023-06-07', 'DAY'] },
  },
  {
    file: 'summit-sidelines.txt',
    published: { start: '2023-09-11' }, // a Monday
    people: ['person:joe-biden', 'person:li-qiang', 'person:xi-jinping'],
    meetings: [
      {
        mode: 'THIRD_LOCATION', status: 'OCCURRED',
        participants: { 'person:joe-biden': 'PARTICIPANT', 'country:usa': 'PARTICIPANT', 'person:li-qiang': 'PARTICIPANT', 'country:chn': 'PARTICIPANT' },
        place: 'place:new-delhi',
        time: { start: '2023-09-10', end: '2023-09-10', precision: 'DAY' },
      },
    ],
    absent: [{ participants: ['person:xi-jinping'] }],
    times: { 'on Sunday': ['2023-09-10', '2023-09-10', 'DAY'], 'on September 7': ['2023-09-07', '2023-09-07', 'DAY'] },
  },
  {
    file: 'postponed-trip.txt',
    published: { start: '2023-02-03' }, // a Friday
    people: ['person:antony-blinken', 'person:qin-gang'],
    meetings: [
      {
        status: 'PLANNED',
        participants: { 'person:antony-blinken': 'VISITOR', 'country:usa': 'VISITOR', 'person:qin-gang': 'HOST', 'country:chn': 'HOST' },
        place: 'place:beijing',
        time: { start: '2023-02-05', end: '2023-02-05', precision: 'DAY' },
      },
    ],
    absent: [{ participants: ['person:antony-blinken'], status: 'OCCURRED' }],
    times: { 'on Friday': ['2023-02-03', '2023-02-03', 'DAY'], 'on Sunday': ['2023-02-05', '2023-02-05', 'DAY'], 'on 3 February 2023': ['2023-02-03', '2023-02-03', 'DAY'] },
  },
  {
    file: 'kremlin-announces.txt',
    published: { start: '2023-07-20' }, // a Thursday
    people: ['person:vladimir-putin', 'person:recep-tayyip-erdogan', 'person:dmitry-peskov'],
    meetings: [
      {
        mode: 'TALKS', status: 'ANNOUNCED_UNCONFIRMED',
        participants: { 'person:vladimir-putin': 'PARTICIPANT', 'country:rus': 'PARTICIPANT', 'person:recep-tayyip-erdogan': 'PARTICIPANT', 'country:tur': 'PARTICIPANT' },
        time: { start: '2023-08-01', end: '2023-08-31', precision: 'MONTH' },
      },
    ],
    times: {
      'in August': ['2023-08-01', '2023-08-31', 'MONTH'], 'on Thursday': ['2023-07-20', '2023-07-20', 'DAY'],
      'earlier this week': ['2023-07-17', '2023-07-20', 'UNKNOWN'], 'last month': ['2023-06-01', '2023-06-30', 'MONTH'], 'in July 2022': ['2022-07-01', '2022-07-31', 'MONTH'],
    },
  },
  {
    file: 'hosted-berlin.txt',
    published: { start: '2023-04-27' }, // a Thursday
    people: ['person:olaf-scholz', 'person:mateusz-morawiecki', 'person:emmanuel-macron'],
    meetings: [
      {
        status: 'OCCURRED',
        participants: { 'person:olaf-scholz': 'HOST', 'country:deu': 'HOST', 'person:mateusz-morawiecki': 'VISITOR', 'country:pol': 'VISITOR' },
        place: 'place:berlin',
        time: { start: '2023-04-25', end: '2023-04-25', precision: 'DAY' },
      },
      {
        status: 'PLANNED',
        participants: { 'person:mateusz-morawiecki': 'VISITOR', 'country:pol': 'VISITOR', 'person:emmanuel-macron': 'HOST', 'country:fra': 'HOST' },
        place: 'place:paris',
        time: { start: '2023-05-01', end: '2023-05-07', precision: 'WEEK' },
      },
    ],
    times: { 'on April 25': ['2023-04-25', '2023-04-25', 'DAY'], 'next week': ['2023-05-01', '2023-05-07', 'WEEK'], 'in February': ['2023-02-01', '2023-02-28', 'MONTH'] },
  },
  {
    file: 'invitation-travel.txt',
    published: { start: '2023-10-05' }, // a Thursday
    people: ['person:anthony-albanese', 'person:xi-jinping', 'person:penny-wong', 'person:wang-yi'],
    meetings: [
      {
        status: 'PLANNED',
        participants: { 'person:anthony-albanese': 'VISITOR', 'country:aus': 'VISITOR', 'person:xi-jinping': 'HOST', 'country:chn': 'HOST' },
        place: 'place:beijing',
        time: { start: '2023-11-04', end: '2023-11-04', precision: 'DAY' },
      },
      {
        status: 'OCCURRED',
        participants: { 'person:penny-wong': 'PARTICIPANT', 'country:aus': 'PARTICIPANT', 'person:wang-yi': 'PARTICIPANT', 'country:chn': 'PARTICIPANT' },
        place: 'place:jakarta',
        time: { start: '2023-07-01', end: '2023-07-31', precision: 'MONTH' },
      },
      {
        status: 'PROPOSED',
        participants: { 'person:xi-jinping': 'VISITOR', 'country:chn': 'VISITOR', 'person:anthony-albanese': 'HOST', 'country:aus': 'HOST' },
        time: { start: '2024-01-01', end: '2024-12-31', precision: 'YEAR' },
      },
    ],
    times: { 'Oct 5': ['2023-10-05', '2023-10-05', 'DAY'], 'on 4 November': ['2023-11-04', '2023-11-04', 'DAY'], 'in July': ['2023-07-01', '2023-07-31', 'MONTH'], 'next year': ['2024-01-01', '2024-12-31', 'YEAR'] },
  },
  {
    // Movement verbs: the traveller visits and the place's country hosts; "the last <title> to visit X was P";
    // two trips joined by "and"; an organisation hosting is the host, not its city's country.
    file: 'travel-record.txt',
    published: { start: '2024-04-12' }, // a Friday
    people: ['person:olaf-scholz', 'person:angela-merkel', 'person:annalena-baerbock'],
    meetings: [
      {
        mode: 'VISIT', status: 'PLANNED',
        participants: { 'person:olaf-scholz': 'VISITOR', 'country:deu': 'VISITOR', 'country:chn': 'HOST' },
        time: { start: '2024-04-13', end: '2024-04-13', precision: 'DAY' },
      },
      {
        mode: 'VISIT', status: 'OCCURRED',
        participants: { 'person:angela-merkel': 'VISITOR', 'country:deu': 'VISITOR', 'country:chn': 'HOST' },
        place: 'place:beijing',
        time: { start: '2019-09-01', end: '2019-09-30', precision: 'MONTH' },
      },
      {
        mode: 'VISIT', status: 'OCCURRED',
        participants: { 'person:annalena-baerbock': 'VISITOR', 'country:deu': 'VISITOR', 'country:usa': 'HOST' },
        place: 'place:washington',
        time: { start: '2024-03-01', end: '2024-03-31', precision: 'MONTH' },
      },
      {
        mode: 'VISIT', status: 'OCCURRED',
        participants: { 'person:annalena-baerbock': 'VISITOR', 'country:deu': 'VISITOR', 'org:nato': 'HOST' },
        place: 'place:brussels',
      },
    ],
    absent: [{ participants: ['person:angela-merkel', 'country:deu'], status: 'PLANNED' }, { participants: ['country:bel'] }],
    times: { 'on Saturday': ['2024-04-13', '2024-04-13', 'DAY'], 'in September 2019': ['2019-09-01', '2019-09-30', 'MONTH'], 'last month': ['2024-03-01', '2024-03-31', 'MONTH'] },
  },
  {
    // Bodies and delegations the text places at a meeting join their country's side: the ministry where
    // the talks took place (in the sentence that takes the meeting up again) and the country's delegation
    // named after it. A delegation of a country at no meeting joins none. A person met on a visit to a
    // country named as such ("travelled to Djibouti, where he met…") hosts it.
    file: 'talks-delegation.txt',
    published: { start: '2024-05-15' }, // a Wednesday
    people: ['person:musalia-mudavadi', 'person:abiy-ahmed', 'person:ismail-omar-guelleh'],
    meetings: [
      {
        status: 'OCCURRED',
        participants: {
          'person:musalia-mudavadi': 'VISITOR', 'country:ken': 'VISITOR', 'group:kenyan-delegation': 'VISITOR',
          'person:abiy-ahmed': 'HOST', 'country:eth': 'HOST', 'org:ethiopian-foreign-ministry': 'HOST',
        },
        place: 'place:addis-ababa',
        time: { start: '2024-05-14', end: '2024-05-14', precision: 'DAY' },
      },
      {
        mode: 'VISIT', status: 'OCCURRED',
        participants: { 'person:musalia-mudavadi': 'VISITOR', 'country:ken': 'VISITOR', 'person:ismail-omar-guelleh': 'HOST', 'country:dji': 'HOST' },
        time: { start: '2024-05-15', end: '2024-05-15', precision: 'DAY' },
      },
    ],
    absent: [{ participants: ['group:somali-delegation'] }, { participants: ['group:ethiopian-officials'] }],
    times: { 'on Tuesday': ['2024-05-14', '2024-05-14', 'DAY'], 'On Wednesday': ['2024-05-15', '2024-05-15', 'DAY'], 'next month': ['2024-06-01', '2024-06-30', 'MONTH'] },
  },
  {
    // A headline's visit and the talks held on it are one meeting; a place in a closing attribution
    // (", officials in Tokyo said") is not the meeting's; "agree to … as Kishida visits" plans nothing of
    // the visit; "Park Jin, who is expected to travel" has Park Jin as the traveller, whose journey ends
    // before the next meeting word ("to prepare a trilateral summit with China", no meeting of its own).
    // "Yoon" is Yoon Suk Yeol (family name first).
    file: 'visit-seoul-thaw.txt',
    published: { start: '2023-05-08' }, // a Monday
    people: ['person:fumio-kishida', 'person:yoon-suk-yeol', 'person:park-jin', 'person:yoshimasa-hayashi', 'person:wang-wenbin', 'person:antony-blinken'],
    meetings: [
      {
        mode: 'VISIT', status: 'OCCURRED',
        participants: {
          'person:fumio-kishida': 'VISITOR', 'country:jpn': 'VISITOR',
          'person:yoon-suk-yeol': 'HOST', 'country:kor': 'HOST', 'group:south-korean-delegation': 'HOST',
        },
        place: 'place:seoul',
        time: { start: '2023-05-07', end: '2023-05-07', precision: 'DAY' },
      },
    ],
    absent: [
      { participants: ['person:fumio-kishida'], status: 'PLANNED' },
      { participants: ['person:park-jin', 'country:chn'] },
      { participants: ['group:south-korean-delegation', 'country:chn'] },
    ],
    times: { 'on Sunday': ['2023-05-07', '2023-05-07', 'DAY'], 'next month': ['2023-06-01', '2023-06-30', 'MONTH'] },
  },
  {
    // "began a new round of peace talks" is a meeting of the coordinated subject; the headline's meeting of
    // the two states is the one whose ministers are named with them; the delegation of one side joins it.
    // "According to the Armenian foreign ministry, Mirzoyan…" makes no ministry a party to the call.
    file: 'talks-washington-round.txt',
    published: { start: '2023-05-02' }, // a Tuesday
    people: ['person:ararat-mirzoyan', 'person:jeyhun-bayramov', 'person:antony-blinken', 'person:dmitry-peskov', 'person:catherine-colonna'],
    meetings: [
      {
        mode: 'TALKS', status: 'OCCURRED',
        participants: {
          'person:ararat-mirzoyan': 'PARTICIPANT', 'country:arm': 'PARTICIPANT', 'group:armenian-delegation': 'PARTICIPANT',
          'person:jeyhun-bayramov': 'PARTICIPANT', 'country:aze': 'PARTICIPANT',
        },
        place: 'place:washington',
        time: { start: '2023-05-01', end: '2023-05-01', precision: 'DAY' },
      },
    ],
    absent: [{ participants: ['org:armenian-foreign-ministry'] }, { participants: ['country:arm', 'country:aze'], status: 'PLANNED' }],
    times: { 'on Monday': ['2023-05-01', '2023-05-01', 'DAY'], 'on Sunday': ['2023-04-30', '2023-04-30', 'DAY'] },
  },
];
