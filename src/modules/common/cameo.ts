/**
 * CAMEO event codes (as GDELT and ICEWS use them). The Goldstein value belongs to the code: the
 * loader stores it with each coded node from this table; the label and the quad class are derived here.
 */
/** Every code the graph uses, with its meaning and its Goldstein value (−10 conflict … +10 cooperation). */
export const cameoCodes: Readonly<Record<string, { readonly label: string; readonly goldstein: number }>> = {
  '010': { label: 'make statement', goldstein: 0.0 },
  '012': { label: 'make pessimistic comment', goldstein: -0.4 },
  '013': { label: 'make optimistic comment', goldstein: 0.4 },
  '016': { label: 'deny responsibility', goldstein: -2.0 },
  '030': { label: 'express intent to cooperate', goldstein: 4.0 },
  '0312': { label: 'express intent to cooperate militarily', goldstein: 5.2 },
  '0332': { label: 'express intent to provide military aid', goldstein: 5.2 },
  '036': { label: 'express intent to meet or negotiate', goldstein: 4.0 },
  '040': { label: 'consult', goldstein: 1.0 },
  '042': { label: 'make a visit', goldstein: 1.9 },
  '043': { label: 'host a visit', goldstein: 2.8 },
  '044': { label: 'meet at a third location', goldstein: 2.5 },
  '046': { label: 'engage in negotiation', goldstein: 7.0 },
  '051': { label: 'praise or endorse', goldstein: 3.4 },
  '062': { label: 'cooperate militarily', goldstein: 7.4 },
  '070': { label: 'provide aid', goldstein: 7.0 },
  '071': { label: 'provide economic aid', goldstein: 7.4 },
  '072': { label: 'provide military aid', goldstein: 8.3 },
  '100': { label: 'demand', goldstein: -5.0 },
  '111': { label: 'criticize or denounce', goldstein: -2.0 },
  '112': { label: 'accuse', goldstein: -2.0 },
  '1123': { label: 'accuse of aggression', goldstein: -2.0 },
  '114': { label: 'complain officially', goldstein: -2.0 },
  '130': { label: 'threaten', goldstein: -4.4 },
  '1312': { label: 'threaten to boycott, embargo or sanction', goldstein: -5.8 },
  '150': { label: 'demonstrate military or police power', goldstein: -7.2 },
  '161': { label: 'reduce or break diplomatic relations', goldstein: -4.0 },
  '163': { label: 'impose embargo, boycott or sanctions', goldstein: -8.0 },
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
  return cameoCodes[code]?.label ?? cameoCodes[code.slice(0, 3)]?.label ?? `CAMEO ${code}`;
}

export interface CameoRow {
  readonly code: string;
  readonly goldstein: number;
}

/** The CameoCode of a coded row, or null when the row carries no code. */
export function cameoOf(row: { cameoCode?: string | null; goldstein?: number | null }): CameoRow | null {
  return row.cameoCode ? { code: row.cameoCode, goldstein: row.goldstein ?? 0 } : null;
}
