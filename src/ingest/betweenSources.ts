/**
 * Where two published sources say different things about the same fact, found by the loader:
 * a meeting or event whose status or time changes from one source to the next, and a figure
 * (a claim's quantity in the same role about the same subject) that one source gives otherwise
 * than another. Each becomes a Discrepancy of kind BETWEEN_SOURCES, marked `detected`, that
 * cites each source's words. A status that moves on (announced, then held) is an UPDATE: the
 * later source reports what the earlier one announced, and nobody contradicts anybody; anything
 * else is a DISAGREEMENT. Background knowledge is the graph's reference, not a source that
 * disagrees, so it is left out (the statement reading the accounts leaves it out).
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

export interface SubjectAccounts {
  readonly subject: string;
  readonly title: string | null;
  readonly accounts: readonly StatusAccount[];
  readonly figures: readonly FigureAccount[];
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
      props: {
        discrepancyKind: 'BETWEEN_SOURCES',
        detected: true,
        change: update ? 'UPDATE' : 'DISAGREEMENT',
        aspect,
        description: `${what}: ${story}. ${update ? 'An update over time (a later source reports what an earlier one announced), not a contradiction.' : 'The sources disagree.'}`,
      },
      concerns: [subject.subject],
      bySource: perSource(steps.map((account) => ({ source: account.source, evidenceIds: evidenceOf(account) }))),
    },
  ];
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
      props: {
        discrepancyKind: 'BETWEEN_SOURCES',
        detected: true,
        change: 'DISAGREEMENT',
        aspect: 'FIGURE',
        description: `${subject.title ?? subject.subject}, its ${role.toLowerCase().replace(/_/g, ' ')}: ${story}. The sources disagree.`,
      },
      concerns: [...new Set([subject.subject, ...sorted.flatMap((figure) => [figure.fact, figure.quantity])])],
      bySource: perSource(sorted),
    });
  }
  return findings;
}

export function discrepanciesBetweenSources(subjects: readonly SubjectAccounts[]): DetectedDiscrepancy[] {
  return subjects.flatMap((subject) => [...statusFindings(subject), ...figureFindings(subject)]).map((finding) => ({
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
