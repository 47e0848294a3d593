import { cameoCodes, quadClassOf, type QuadClass } from '../modules/common/cameo.js';

const quadClassNumber: Readonly<Record<QuadClass, 1 | 2 | 3 | 4>> = {
  VERBAL_COOPERATION: 1,
  MATERIAL_COOPERATION: 2,
  VERBAL_CONFLICT: 3,
  MATERIAL_CONFLICT: 4,
};

/** GDELT's QuadClass number for a CAMEO code, from its root (the rule GDELT's own rows follow). */
export function quadClassNumberOf(code: string): 1 | 2 | 3 | 4 {
  return quadClassNumber[quadClassOf(code)];
}

export function isKnownCameoCode(code: string): boolean {
  return Object.hasOwn(cameoCodes, code);
}

/** The message for a code the codebook does not hold, naming the column as the file does. */
export function unknownCameoMessage(column: string, code: string): string {
  return `${column} "${code}" is not a known CAMEO event code: expected a 2–4 digit code of the CAMEO codebook (e.g. "040", "0874", "19")`;
}
