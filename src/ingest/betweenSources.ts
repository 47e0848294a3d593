/**
 * Where two published sources say different things about the same fact, found by the loader:
 * a meeting or event whose status or time changes from one source to the next, a figure
 * (a claim's quantity in the same role about the same subject) that one source gives otherwise
 * than another, a place that one source gives and another contradicts, and participants that
 * two sources give incompatibly. Each becomes a Discrepancy of kind BETWEEN_SOURCES, marked
 * `detected`, that cites each source's words. A status that moves on (announced, then held) is
 * an UPDATE: the later source reports what the earlier one announced, and nobody contradicts
 * anybody; anything else is a DISAGREEMENT. Background knowledge is the graph's reference, not a
 * source that disagrees, so it is left out (the statement reading the accounts leaves it out).
 *
 * Saying more is not disagreeing. A later account usually elaborates an earlier one: it names
 * the venue inside the city, or the ministry beside the minister. So places and participants
 * differ only in these ways, comparing every two published sources that both state them:
 * - PLACE: both give places of the same kind (TAKES_PLACE_IN a place or country; HELD_AT a
 *   forum) and none of one source's agrees with any of the other's, where two places agree when
 *   they are the same or one is within the other (LOCATED_IN, PART_OF, CAPITAL_OF): Moscow
 *   against St Petersburg differs, Moscow against Russia does not, nor Moscow against Moscow
 *   and Kyiv.
 * - PARTICIPANTS: both name the same actor in specific roles none of which agrees (VISITOR in
 *   one, HOST in the other; PARTICIPANT, the generic role, agrees with any, and roles on the
 *   same side of an act agree: SOURCE, PERPETRATOR, AUTHOR, INSTRUMENT; TARGET, VICTIM), or
 *   both name actors in the same specific role and none of one side's agrees with any of the
 *   other's (the host is Russia and Lavrov in one, Belarus in the other), where two actors agree
 *   when they are the same or one belongs to the other (NATIONAL_OF, BELONGS_TO, REPRESENTS,
 *   PART_OF, or an office of it or of what it belongs to): Lavrov agrees with Russia, Truss does
 *   not with Johnson. An actor only one source names, or a role only one source fills, is an
 *   elaboration, never a discrepancy.
 * Where the earlier of two sources has the meeting or event still to happen (planned,
 * announced, proposed) and the later has it happened, a different place or participant is the
 * plan changing, an UPDATE; otherwise a DISAGREEMENT.
 */

/** One source's account of a meeting's or event's status and time (its SUPPORTED_BY). */
export interface StatusAccount {
  readonly source: string;
  readonly title: string | null;
  readonly publishedEnd: string | null;
  readonly status: string;
  readonly timeText: string | null;
  readonly timeStart: string | null;
  readonly timeEnd: string | null;
  /** The source's whole assertion (JSON), whose evidenceIds are its words for the fact. */
  readonly assertion: string | null;
}

/** A figure one source gives about a subject: a claim's quantity in a role. */
export interface FigureAccount {
  readonly source: string;
  readonly title: string | null;
  readonly publishedEnd: string | null;
  readonly fact: string;
  readonly role: string | null;
  readonly quantity: string;
  readonly kind: string | null;
  readonly unit: string | null;
  readonly value: number;
  readonly text: string | null;
  readonly evidenceIds: readonly string[];
}

/**
 * A place link (TAKES_PLACE_IN, HELD_AT) or a participation (PARTICIPATED_IN) of a subject, once
 * per source stating it: `bySource` is the relationship's JSON of each source's properties and
 * words, `within` what the place or actor lies within or belongs to.
 */
interface LinkAccount {
  readonly source: string;
  readonly title: string | null;
  readonly publishedEnd: string | null;
  readonly type: string;
  readonly name: string | null;
  readonly within: readonly string[] | null;
  /** The relationship's merged role, read when bySource lacks this source (an imported link). */
  readonly role: string | null;
  readonly bySource: string | null;
}

export interface PlaceAccount extends LinkAccount {
  readonly place: string;
}

export interface ParticipantAccount extends LinkAccount {
  readonly actor: string;
}

export interface SubjectAccounts {
  readonly subject: string;
  readonly title: string | null;
  readonly accounts: readonly StatusAccount[];
  readonly figures: readonly FigureAccount[];
  readonly places?: readonly PlaceAccount[];
  readonly participants?: readonly ParticipantAccount[];
}

export interface DetectedDiscrepancy {
  readonly id: string;
  readonly props: Record<string, string | boolean>;
  readonly concerns: readonly string[];
  /** Each source compared, oldest publication first, with its own words for what differs. */
  readonly bySource: readonly { readonly source: string; readonly evidenceIds: readonly string[] }[];
}

/** Each source once, oldest first, with the union of its words. */
function perSource(items: readonly { source: string; evidenceIds: readonly string[] }[]): DetectedDiscrepancy['bySource'] {
  const out = new Map<string, Set<string>>();
  for (const item of items) {
    const ids = out.get(item.source) ?? new Set<string>();
    for (const id of item.evidenceIds) ids.add(id);
    out.set(item.source, ids);
  }
  return [...out].map(([source, ids]) => ({ source, evidenceIds: [...ids].sort() }));
}

/** Statuses of something yet to happen, or only put forward: a later account may move them on. */
const before = new Set(['PLANNED', 'ANNOUNCED_UNCONFIRMED', 'PROPOSED', 'HYPOTHETICAL']);
const statusWords: Readonly<Record<string, string>> = {
  OCCURRED: 'held',
  PLANNED: 'planned',
  ANNOUNCED_UNCONFIRMED: 'announced, unconfirmed',
  PROPOSED: 'proposed',
  HYPOTHETICAL: 'hypothetical',
  ALLEGED: 'alleged',
  DENIED: 'denied',
};

const oldestFirst = <T extends { publishedEnd: string | null; source: string }>(a: T, b: T) =>
  (a.publishedEnd ?? '').localeCompare(b.publishedEnd ?? '') || a.source.localeCompare(b.source);

const slugOf = (id: string) => id.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
const sourceName = (account: { title: string | null; source: string; publishedEnd: string | null }) =>
  `${account.title ?? account.source}${account.publishedEnd ? ` (published by ${account.publishedEnd})` : ''}`;

function evidenceOf(account: StatusAccount): string[] {
  try {
    const parsed = JSON.parse(account.assertion ?? '{}') as { evidenceIds?: unknown };
    return Array.isArray(parsed.evidenceIds) ? parsed.evidenceIds.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

const disjoint = (a: StatusAccount, b: StatusAccount) =>
  Boolean(a.timeStart && a.timeEnd && b.timeStart && b.timeEnd) && (b.timeStart! > a.timeEnd! || b.timeEnd! < a.timeStart!);

const when = (account: StatusAccount) => (account.timeText ? ` (${account.timeText})` : account.timeStart ? ` (${account.timeStart}${account.timeEnd && account.timeEnd !== account.timeStart ? `..${account.timeEnd}` : ''})` : '');

/** A meeting's or event's status and time, source after source. */
function statusFindings(subject: SubjectAccounts): DetectedDiscrepancy[] {
  const accounts = [...subject.accounts].sort(oldestFirst);
  const changes = accounts.slice(1).flatMap((later, i) => {
    const earlier = accounts[i]!;
    if (earlier.source === later.source) return [];
    const statusChanged = earlier.status !== later.status;
    if (!statusChanged && !disjoint(earlier, later)) return [];
    const update = statusChanged && before.has(earlier.status) && !before.has(later.status) && later.status !== 'DENIED';
    return [{ earlier, later, update, aspect: statusChanged ? 'STATUS' : 'TIME' }];
  });
  if (changes.length === 0) return [];
  const update = changes.every((change) => change.update);
  const aspect = changes.some((change) => change.aspect === 'STATUS') ? 'STATUS' : 'TIME';
  const steps = [changes[0]!.earlier, ...changes.map((change) => change.later)];
  const story = steps.map((account) => `${sourceName(account)} has it ${statusWords[account.status] ?? account.status.toLowerCase()}${when(account)}`).join('; then ');
  const what = subject.title ?? subject.subject;
  return [
    {
      id: `disc:between-sources-${aspect.toLowerCase()}-${slugOf(subject.subject)}`,
      props: foundProps(aspect, update, `${what}: ${story}. ${update ? 'An update over time (a later source reports what an earlier one announced), not a contradiction.' : 'The sources disagree.'}`),
      concerns: [subject.subject],
      bySource: perSource(steps.map((account) => ({ source: account.source, evidenceIds: evidenceOf(account) }))),
    },
  ];
}

/** What a discrepancy the loader found says of itself: found between sources, which change, what differs. */
function foundProps(aspect: string, update: boolean, description: string) {
  return { discrepancyKind: 'BETWEEN_SOURCES', detected: true, change: update ? 'UPDATE' : 'DISAGREEMENT', aspect, description };
}

/** Figures in the same role, kind and unit about one subject that sources give differently. */
function figureFindings(subject: SubjectAccounts): DetectedDiscrepancy[] {
  const groups = new Map<string, FigureAccount[]>();
  for (const figure of subject.figures) {
    const key = `${figure.role ?? ''}|${figure.kind ?? ''}|${(figure.unit ?? '').toLowerCase().replace(/s$/, '')}`;
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  const findings: DetectedDiscrepancy[] = [];
  for (const figures of groups.values()) {
    const sorted = [...figures].sort(oldestFirst);
    const sources = new Set(sorted.map((figure) => figure.source));
    const values = new Set(sorted.map((figure) => figure.value));
    if (sources.size < 2 || values.size < 2) continue;
    const role = sorted[0]!.role ?? 'figure';
    const story = sorted.map((figure) => `${sourceName(figure)} gives ${figure.text ?? `${figure.value} ${figure.unit ?? ''}`.trim()}`).join('; ');
    findings.push({
      id: `disc:between-sources-figure-${slugOf(subject.subject)}-${slugOf(role)}`,
      props: foundProps('FIGURE', false, `${subject.title ?? subject.subject}, its ${role.toLowerCase().replace(/_/g, ' ')}: ${story}. The sources disagree.`),
      concerns: [...new Set([subject.subject, ...sorted.flatMap((figure) => [figure.fact, figure.quantity])])],
      bySource: perSource(sorted),
    });
  }
  return findings;
}

/** One source's side of a place link or participation: the target, its roles and the source's words. */
interface Stated {
  readonly id: string;
  readonly name: string;
  readonly within: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  readonly wording: string | null;
  readonly evidenceIds: readonly string[];
}

/** What one source states of a subject's links: its name and date, and each target it links to. */
interface SourceLinks {
  readonly source: string;
  readonly title: string | null;
  readonly publishedEnd: string | null;
  readonly links: Map<string, Stated>;
}

/** Groups link accounts by source (oldest first), reading each source's role, wording and words from bySource. */
function linksBySource(rows: readonly (LinkAccount & { target: string })[]): SourceLinks[] {
  const out = new Map<string, SourceLinks>();
  for (const row of rows) {
    let entry: { props?: Record<string, unknown>; evidenceIds?: unknown } | undefined;
    try {
      entry = (JSON.parse(row.bySource ?? '{}') as Record<string, typeof entry>)[row.source];
    } catch {
      entry = undefined;
    }
    const role = entry ? entry.props?.['role'] : row.role;
    const wording = entry?.props?.['wording'];
    const evidenceIds = Array.isArray(entry?.evidenceIds) ? entry.evidenceIds.filter((id): id is string => typeof id === 'string') : [];
    const mine = out.get(row.source) ?? { source: row.source, title: row.title, publishedEnd: row.publishedEnd, links: new Map<string, Stated>() };
    out.set(row.source, mine);
    const had = mine.links.get(row.target);
    mine.links.set(row.target, {
      id: row.target,
      name: row.name ?? row.target,
      within: new Set(row.within ?? []),
      roles: new Set([...(had?.roles ?? []), ...(typeof role === 'string' ? [role] : [])]),
      wording: had?.wording ?? (typeof wording === 'string' ? wording : null),
      evidenceIds: [...new Set([...(had?.evidenceIds ?? []), ...evidenceIds])],
    });
  }
  return [...out.values()].sort(oldestFirst);
}

/** Two places or actors agree when they are the same, or one lies within (belongs to) the other. */
const agree = (a: Stated, b: Stated) => a.id === b.id || a.within.has(b.id) || b.within.has(a.id);
const anyAgree = (as: readonly Stated[], bs: readonly Stated[]) => as.some((a) => bs.some((b) => agree(a, b)));

/** Every two sources, the earlier first. */
const pairs = <T>(list: readonly T[]): [T, T][] => list.flatMap((earlier, i) => list.slice(i + 1).map((later) => [earlier, later] as [T, T]));

/** The plan changing: the earlier source has the subject still to happen, the later has it happened. */
function planChanged(subject: SubjectAccounts, earlier: string, later: string): boolean {
  const status = new Map(subject.accounts.map((account) => [account.source, account.status]));
  const was = status.get(earlier);
  const is = status.get(later);
  return was !== undefined && is !== undefined && before.has(was) && !before.has(is) && is !== 'DENIED';
}

const names = (list: readonly Stated[]) => list.map((stated) => stated.name).join(' and ');
const verdict = (update: boolean) =>
  update ? 'An update over time (the plan changed between the earlier account and the later one), not a contradiction.' : 'The sources disagree.';

/**
 * Found between two sources about one subject: what each says (`said`, by source), the words
 * that say it, and the places or actors it concerns.
 */
interface Conflict {
  readonly earlier: SourceLinks;
  readonly later: SourceLinks;
  readonly update: boolean;
  readonly text: string;
  readonly cited: readonly { source: string; stated: readonly Stated[] }[];
}

function finding(subject: SubjectAccounts, aspect: 'PLACE' | 'PARTICIPANTS', conflicts: readonly Conflict[]): DetectedDiscrepancy[] {
  if (conflicts.length === 0) return [];
  const update = conflicts.every((conflict) => conflict.update);
  const cited = conflicts.flatMap((conflict) => conflict.cited);
  const order = new Map(conflicts.flatMap((conflict) => [conflict.earlier, conflict.later]).sort(oldestFirst).map((side, i) => [side.source, i]));
  return [
    {
      id: `disc:between-sources-${aspect.toLowerCase()}-${slugOf(subject.subject)}`,
      props: foundProps(aspect, update, `${subject.title ?? subject.subject}: ${conflicts.map((conflict) => conflict.text).join('; ')}. ${verdict(update)}`),
      concerns: [...new Set([subject.subject, ...cited.flatMap((entry) => entry.stated.map((stated) => stated.id))])],
      bySource: perSource(
        cited
          .map((entry) => ({ source: entry.source, evidenceIds: entry.stated.flatMap((stated) => stated.evidenceIds) }))
          .sort((a, b) => order.get(a.source)! - order.get(b.source)!),
      ),
    },
  ];
}

const placeWords: Readonly<Record<string, string>> = { TAKES_PLACE_IN: 'in', HELD_AT: 'at' };
const placed = (list: readonly Stated[], type: string) =>
  list.map((stated) => `${placeWords[type] ?? 'at'} ${stated.name}${stated.wording ? ` (“${stated.wording}”)` : ''}`).join(' and ');

/** Places of the same kind that two sources give, none of one agreeing with any of the other's. */
function placeFindings(subject: SubjectAccounts): DetectedDiscrepancy[] {
  const conflicts: Conflict[] = [];
  for (const type of ['TAKES_PLACE_IN', 'HELD_AT']) {
    const rows = (subject.places ?? []).filter((row) => row.type === type).map((row) => ({ ...row, target: row.place }));
    for (const [earlier, later] of pairs(linksBySource(rows))) {
      const a = [...earlier.links.values()];
      const b = [...later.links.values()];
      if (anyAgree(a, b)) continue;
      conflicts.push({
        earlier,
        later,
        update: planChanged(subject, earlier.source, later.source),
        text: `${sourceName(earlier)} has it ${placed(a, type)}, ${sourceName(later)} ${placed(b, type)}`,
        cited: [
          { source: earlier.source, stated: a },
          { source: later.source, stated: b },
        ],
      });
    }
  }
  return finding(subject, 'PLACE', conflicts);
}

const roleWord = (role: string) => role.toLowerCase().replace(/_/g, ' ');
/** The roles that say something: PARTICIPANT, the generic one, agrees with any. */
const specific = (stated: Stated) => [...stated.roles].filter((role) => role !== 'PARTICIPANT').sort();
/**
 * Roles on the same side of an act, one sharper than the other, so one source's and another's
 * agree: the acting side (SOURCE; PERPETRATOR, said to have done it; AUTHOR of a report; the
 * INSTRUMENT it was done with) and the side acted on (TARGET; VICTIM).
 */
const sideOf: Readonly<Record<string, string>> = {
  SOURCE: 'acting',
  PERPETRATOR: 'acting',
  AUTHOR: 'acting',
  INSTRUMENT: 'acting',
  TARGET: 'acted on',
  VICTIM: 'acted on',
};
const rolesAgree = (a: string, b: string) => a === b || (sideOf[a] !== undefined && sideOf[a] === sideOf[b]);

/**
 * Participants two sources give incompatibly: the same actor in specific roles that share none,
 * or the same specific role filled by actors none of which agrees with any of the other side's
 * (unless the actors' own role conflicts already say so).
 */
function participantFindings(subject: SubjectAccounts): DetectedDiscrepancy[] {
  const rows = (subject.participants ?? []).map((row) => ({ ...row, target: row.actor }));
  const conflicts: Conflict[] = [];
  for (const [earlier, later] of pairs(linksBySource(rows))) {
    const update = planChanged(subject, earlier.source, later.source);
    const explained = new Set<string>();
    for (const mine of earlier.links.values()) {
      const theirs = later.links.get(mine.id);
      if (!theirs) continue;
      const was = specific(mine);
      const is = specific(theirs);
      if (was.length === 0 || is.length === 0 || was.some((role) => is.some((other) => rolesAgree(role, other)))) continue;
      for (const role of [...was, ...is]) explained.add(role);
      conflicts.push({
        earlier,
        later,
        update,
        text: `${sourceName(earlier)} has ${mine.name} as ${was.map(roleWord).join(' and ')}, ${sourceName(later)} as ${is.map(roleWord).join(' and ')}`,
        cited: [
          { source: earlier.source, stated: [mine] },
          { source: later.source, stated: [theirs] },
        ],
      });
    }
    const roles = new Set([...earlier.links.values()].flatMap(specific));
    for (const role of [...roles].sort()) {
      if (explained.has(role)) continue;
      const a = [...earlier.links.values()].filter((stated) => stated.roles.has(role));
      const b = [...later.links.values()].filter((stated) => stated.roles.has(role));
      if (b.length === 0 || anyAgree(a, b)) continue;
      conflicts.push({
        earlier,
        later,
        update,
        text: `as ${roleWord(role)}, ${sourceName(earlier)} names ${names(a)}, ${sourceName(later)} ${names(b)}`,
        cited: [
          { source: earlier.source, stated: a },
          { source: later.source, stated: b },
        ],
      });
    }
  }
  return finding(subject, 'PARTICIPANTS', conflicts);
}

export function discrepanciesBetweenSources(subjects: readonly SubjectAccounts[]): DetectedDiscrepancy[] {
  return subjects
    .flatMap((subject) => [...statusFindings(subject), ...figureFindings(subject), ...placeFindings(subject), ...participantFindings(subject)])
    .map((finding) => ({
    ...finding,
    props: { id: finding.id, ...finding.props },
  }));
}

/**
 * The rows writeDetected takes: the discrepancy supported by each source it compares (with that
 * source's words, as the loader records any source's assertion), and its CONCERNS links carrying
 * the sources and their words as every fact relationship does (sourceIds, sourceId, bySource).
 */
export function detectedRows(found: readonly DetectedDiscrepancy[]) {
  return found.map((finding) => {
    const sourceIds = finding.bySource.map((entry) => entry.source);
    const evidenceIds = [...new Set(finding.bySource.flatMap((entry) => entry.evidenceIds))];
    return {
      id: finding.id,
      props: finding.props,
      concerns: finding.concerns,
      evidenceIds,
      sources: finding.bySource.map((entry) => ({
        id: entry.source,
        assertion: JSON.stringify({ labels: ['Discrepancy', 'Node'], props: finding.props, evidenceIds: entry.evidenceIds }),
      })),
      concernProps: {
        sourceIds,
        sourceId: sourceIds.at(-1) ?? null,
        evidenceIds,
        bySource: JSON.stringify(Object.fromEntries(finding.bySource.map((entry) => [entry.source, { props: {}, evidenceIds: entry.evidenceIds }]))),
      },
    };
  });
}
