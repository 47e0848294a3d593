import { h } from './dom.js';

/** The schema's Status enum (schema/happenings.graphql), in the order a legend lists it. */
export const statuses = ['OCCURRED', 'PLANNED', 'ANNOUNCED_UNCONFIRMED', 'PROPOSED', 'HYPOTHETICAL', 'ALLEGED', 'DENIED'] as const;
export type Status = (typeof statuses)[number];

/** Readable on white, and apart for the common colour-vision deficiencies (Okabe–Ito palette). */
export const statusColour: Record<Status, string> = {
  OCCURRED: '#009e73',
  PLANNED: '#0072b2',
  ANNOUNCED_UNCONFIRMED: '#56b4e9',
  PROPOSED: '#e69f00',
  HYPOTHETICAL: '#cc79a7',
  ALLEGED: '#d55e00',
  DENIED: '#555555',
};

export const statusLabel: Record<Status, string> = {
  OCCURRED: 'occurred',
  PLANNED: 'planned',
  ANNOUNCED_UNCONFIRMED: 'announced, unconfirmed',
  PROPOSED: 'proposed',
  HYPOTHETICAL: 'hypothetical',
  ALLEGED: 'alleged',
  DENIED: 'denied',
};

export function isStatus(value: string): value is Status {
  return (statuses as readonly string[]).includes(value);
}

/** A small coloured label naming a status. */
export function statusBadge(status: string): HTMLElement {
  const known = isStatus(status);
  const badge = h('span', { class: 'status-badge', 'data-status': status }, known ? statusLabel[status] : status.toLowerCase());
  if (known) badge.style.background = statusColour[status];
  return badge;
}
