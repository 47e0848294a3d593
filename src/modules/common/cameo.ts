/**
 * CAMEO event codes (as GDELT and ICEWS use them). The Goldstein value belongs to the code and
 * is stored with each coded node; the label and the quad class are derived here.
 */
const labels: Readonly<Record<string, string>> = {
  '010': 'make statement',
  '012': 'make pessimistic comment',
  '016': 'deny responsibility',
  '030': 'express intent to cooperate',
  '0312': 'express intent to cooperate militarily',
  '0332': 'express intent to provide military aid',
  '036': 'express intent to meet or negotiate',
  '040': 'consult',
  '042': 'make a visit',
  '043': 'host a visit',
  '044': 'meet at a third location',
  '062': 'cooperate militarily',
  '070': 'provide aid',
  '071': 'provide economic aid',
  '072': 'provide military aid',
  '100': 'demand',
  '111': 'criticize or denounce',
  '112': 'accuse',
  '1123': 'accuse of aggression',
  '130': 'threaten',
  '1312': 'threaten to boycott, embargo or sanction',
  '150': 'demonstrate military or police power',
  '161': 'reduce or break diplomatic relations',
  '163': 'impose embargo, boycott or sanctions',
};

export type QuadClass = 'VERBAL_COOPERATION' | 'MATERIAL_COOPERATION' | 'VERBAL_CONFLICT' | 'MATERIAL_CONFLICT';

/** GDELT's quad class from the two-digit root: 01–05, 06–09, 10–14, 15–20. */
export function quadClassOf(code: string): QuadClass {
  const root = Number(code.slice(0, 2));
  if (root <= 5) return 'VERBAL_COOPERATION';
  if (root <= 9) return 'MATERIAL_COOPERATION';
  if (root <= 14) return 'VERBAL_CONFLICT';
  return 'MATERIAL_CONFLICT';
}

export function cameoLabel(code: string): string {
  return labels[code] ?? labels[code.slice(0, 3)] ?? `CAMEO ${code}`;
}

export interface CameoRow {
  readonly code: string;
  readonly goldstein: number;
}

/** The CameoCode of a coded row, or null when the row carries no code. */
export function cameoOf(row: { cameoCode?: string | null; goldstein?: number | null }): CameoRow | null {
  return row.cameoCode ? { code: row.cameoCode, goldstein: row.goldstein ?? 0 } : null;
}
