// The generated corpus as CSV files for neo4j-admin's bulk importer: one group of files per label
// set and per relationship type. Rows go to disk as the generator hands them out, so memory stays
// flat; only Source rows wait (a few percent of the nodes), since their text length comes last.
// Each group is a header file written at the end plus a body: a column first seen late is
// appended, and the earlier, shorter rows leave it absent (the importer reads a missing trailing
// field as no property).
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Corpus } from './generate.js';

/**
 * Between the elements of an array field. A control character no generated text holds; every
 * element is checked, so a value that ever holds it stops the export instead of splitting.
 */
export const arrayDelimiter = '\u001f';
/** How the importer is told the same character. */
export const arrayDelimiterOption = 'U+001F';

/** The importer's type for each kind of value, as the driver would have sent it (JS numbers are floats). */
type ColumnType = 'string' | 'double' | 'boolean' | 'date' | 'string[]';

export interface CsvGroup {
  /** `Label1:Label2` for nodes, the type for relationships. */
  readonly name: string;
  /** Header first, then the body: `--nodes=<name>=<files joined by ,>`. */
  readonly files: readonly string[];
  readonly rows: number;
}

export interface CsvExport {
  readonly nodes: readonly CsvGroup[];
  readonly relationships: readonly CsvGroup[];
  readonly nodeCount: number;
  readonly relationshipCount: number;
  readonly ms: number;
}

function typeOf(value: unknown, where: string): ColumnType | null {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${where}: ${value} has no CSV form`);
    return 'double';
  }
  if (typeof value === 'boolean') return 'boolean';
  if (value instanceof neo4j.types.Date) return 'date';
  if (Array.isArray(value)) {
    if (value.some((element) => typeof element !== 'string')) throw new Error(`${where}: only string arrays are exported`);
    // An empty array fits any array column; the importer stores no property for it either way.
    return value.length === 0 ? null : 'string[]';
  }
  throw new Error(`${where}: a ${value === null ? 'null' : typeof value} value has no CSV column type`);
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

function field(value: unknown, where: string): string {
  if (typeof value === 'string') {
    if (/[\r\n]/.test(value)) throw new Error(`${where}: a line break would need --multiline-fields`);
    // Always quoted: "" is an empty string to the importer, while an empty field is no property.
    return quote(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    for (const element of value as string[]) {
      if (element.includes(arrayDelimiter)) throw new Error(`${where}: an element holds the array delimiter U+001F`);
      if (element === '') throw new Error(`${where}: an empty element would not survive the array delimiter`);
      if (/[\r\n]/.test(element)) throw new Error(`${where}: a line break would need --multiline-fields`);
    }
    return quote(value.join(arrayDelimiter));
  }
  return String(value); // doubles, booleans and dates (YYYY-MM-DD) need no quotes
}

/** One file group: columns in the order first seen, the body streamed, the header written last. */
class GroupWriter {
  private readonly columns = new Map<string, { index: number; type: ColumnType | null }>();
  private readonly fd: number;
  rows = 0;

  constructor(
    readonly name: string,
    private readonly header: string,
    private readonly body: string,
    private readonly fixed: readonly string[],
  ) {
    this.fd = openSync(body, 'w');
  }

  /** Appends rows: `lead` fields (id, or start and end) then the properties. */
  write(rows: Iterable<{ lead: readonly string[]; props: Record<string, unknown> }>): void {
    let text = '';
    for (const { lead, props } of rows) {
      const fields: string[] = lead.map((id) => quote(id));
      for (const [key, value] of Object.entries(props)) {
        const where = `${this.name}.${key} of ${lead.join('->')}`;
        const type = typeOf(value, where);
        let column = this.columns.get(key);
        if (!column) {
          if (key.includes(':') || key.includes(',') || key.includes('"')) throw new Error(`${where}: the key cannot be a CSV header`);
          column = { index: this.columns.size, type };
          this.columns.set(key, column);
        } else if (type !== null) {
          if (column.type === null) column.type = type;
          else if (column.type !== type) throw new Error(`${where}: ${type} in a ${column.type} column`);
        }
        fields[lead.length + column.index] = field(value, where);
      }
      for (let i = 0; i < fields.length; i++) fields[i] ??= '';
      text += `${fields.join(',')}\n`;
      this.rows += 1;
    }
    writeSync(this.fd, text);
  }

  finish(): CsvGroup {
    closeSync(this.fd);
    const props = [...this.columns].map(([key, { type }]) => `${key}:${type ?? 'string[]'}`);
    writeFileSync(this.header, `${[...this.fixed, ...props].join(',')}\n`);
    return { name: this.name, files: [this.header, this.body], rows: this.rows };
  }
}

/** Nodes with this label keep their rows until the closing `props` batches have been merged in. */
const lateLabel = 'Source';

/** Writes the corpus's batches as CSV into dir (which it creates); returns what to hand the importer. */
export function writeCorpusCsv(corpus: Corpus, dir: string, chunk = 10_000): CsvExport {
  const started = performance.now();
  mkdirSync(dir, { recursive: true });
  const nodeGroups = new Map<string, GroupWriter>();
  const relGroups = new Map<string, GroupWriter>();
  const late = new Map<string, { labels: readonly string[]; props: Record<string, unknown> }>();
  let nodeCount = 0;
  let relationshipCount = 0;
  const group = (groups: Map<string, GroupWriter>, kind: 'nodes' | 'rels', name: string, fixed: string[]) => {
    let writer = groups.get(name);
    if (!writer) {
      const n = groups.size;
      writer = new GroupWriter(name, path.join(dir, `${kind}-${n}-header.csv`), path.join(dir, `${kind}-${n}.csv`), fixed);
      groups.set(name, writer);
    }
    return writer;
  };
  const nodes = (labels: readonly string[]) => group(nodeGroups, 'nodes', labels.join(':'), ['id:ID']);

  for (const batch of corpus.batches(chunk)) {
    if (batch.kind === 'nodes') {
      nodeCount += batch.rows.length;
      if (batch.labels.includes(lateLabel)) {
        for (const row of batch.rows) late.set(String(row['id']), { labels: batch.labels, props: { ...row } });
        continue;
      }
      nodes(batch.labels).write(batch.rows.map((row) => ({ lead: [String(row['id'])], props: withoutId(row) })));
    } else if (batch.kind === 'rels') {
      relationshipCount += batch.rows.length;
      group(relGroups, 'rels', batch.type, [':START_ID', ':END_ID']).write(batch.rows.map((row) => ({ lead: [row.from, row.to], props: row.props })));
    } else {
      for (const { id, props } of batch.rows) {
        const node = late.get(id);
        if (!node) throw new Error(`props for ${id}, which is not a held ${lateLabel} node: the CSV export would lose them`);
        Object.assign(node.props, props);
      }
    }
  }
  const byLabels = new Map<string, { labels: readonly string[]; rows: { lead: string[]; props: Record<string, unknown> }[] }>();
  for (const [id, { labels, props }] of late) {
    const key = labels.join(':');
    const entry = byLabels.get(key) ?? { labels, rows: [] };
    entry.rows.push({ lead: [id], props: withoutId(props) });
    byLabels.set(key, entry);
  }
  for (const { labels, rows } of byLabels.values()) nodes(labels).write(rows);

  return {
    nodes: [...nodeGroups.values()].map((writer) => writer.finish()),
    relationships: [...relGroups.values()].map((writer) => writer.finish()),
    nodeCount,
    relationshipCount,
    ms: Math.round(performance.now() - started),
  };
}

function withoutId(row: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, ...rest } = row;
  return rest;
}
