/**
 * Verbs of saying, with the claim kind and CAMEO code each suggests. Forms are listed so that
 * matching stays a lookup (no stemmer): say, says, said, saying.
 */
export interface SpeechVerb {
  readonly claimKind: 'STATEMENT' | 'ANNOUNCEMENT' | 'ALLEGATION' | 'ACCUSATION' | 'WARNING' | 'BELIEF' | 'INSISTENCE' | 'DENIAL' | 'ASSESSMENT' | 'CONCERN';
  readonly cameo?: string;
  /** Present tense: the claim is as of the publication. */
  readonly present: boolean;
  readonly lemma: string;
}

const table: readonly [string, SpeechVerb['claimKind'], string | undefined, readonly string[]][] = [
  ['say', 'STATEMENT', '010', ['say', 'says', 'said', 'saying']],
  ['tell', 'STATEMENT', '010', ['told', 'tells', 'telling']],
  ['add', 'STATEMENT', '010', ['added', 'adds', 'adding']],
  ['state', 'STATEMENT', '010', ['stated', 'states', 'stating']],
  ['note', 'STATEMENT', '010', ['noted', 'notes', 'noting', 'pointed out', 'points out', 'pointing out']],
  ['explain', 'STATEMENT', '010', ['explained', 'explains', 'explaining']],
  ['write', 'STATEMENT', '010', ['wrote', 'writes']],
  ['report', 'STATEMENT', '010', ['reported', 'reports']],
  ['reply', 'STATEMENT', '010', ['replied', 'replies', 'responded', 'responds']],
  ['ask', 'STATEMENT', '010', ['asked', 'asks']],
  ['compare', 'STATEMENT', '010', ['compared', 'compares', 'likened']],
  ['confirm', 'STATEMENT', '010', ['confirmed', 'confirms', 'confirm']],
  ['announce', 'ANNOUNCEMENT', '010', ['announced', 'announces', 'announcing']],
  ['pledge', 'ANNOUNCEMENT', '030', ['pledged', 'pledges', 'promised', 'promises', 'vowed', 'vows']],
  ['claim', 'ALLEGATION', '010', ['claimed', 'claims', 'claiming', 'alleged', 'alleges', 'alleging']],
  ['accuse', 'ACCUSATION', '112', ['accused', 'accuses', 'accusing', 'blamed', 'blames']],
  ['warn', 'WARNING', '012', ['warned', 'warns', 'warning', 'cautioned']],
  ['threaten', 'WARNING', '130', ['threatened', 'threatens']],
  ['deny', 'DENIAL', '016', ['denied', 'denies', 'denying', 'deny', 'rejected', 'reject', 'rejects', 'dismissed', 'dismisses']],
  ['insist', 'INSISTENCE', '010', ['insisted', 'insists', 'insist', 'insisting', 'maintained', 'maintains']],
  ['believe', 'BELIEF', '010', ['believes', 'believed', 'believing', 'thinks', 'thought']],
  ['fear', 'CONCERN', '012', ['feared', 'fears', 'worried', 'worries']],
  ['complain', 'STATEMENT', '114', ['complained', 'complains']],
  ['demand', 'STATEMENT', '100', ['demanded', 'demands', 'urged', 'urges', 'urging', 'called on', 'calls on', 'called for', 'calls for', 'advocated', 'advocates', 'advocating']],
  ['praise', 'ASSESSMENT', '051', ['praised', 'praises', 'welcomed', 'welcomes', 'thanked', 'thanks']],
  ['criticise', 'ASSESSMENT', '111', ['criticised', 'criticized', 'criticises', 'criticizes', 'condemned', 'condemns', 'denounced']],
  ['argue', 'ASSESSMENT', '010', ['argued', 'argues', 'arguing', 'suggested', 'suggests']],
  // A finding is a claim only with its clause: "the report found that…" (checked by the claims stage).
  ['find', 'ASSESSMENT', '010', ['found', 'finds', 'concluded', 'concludes']],
  // Base forms speak only after a modal of the future: "is expected to warn", "will tell" (a planned claim).
  ['warn', 'WARNING', '012', ['warn']],
  ['tell', 'STATEMENT', '010', ['tell']],
  ['announce', 'ANNOUNCEMENT', '010', ['announce']],
  ['demand', 'STATEMENT', '100', ['urge', 'call on', 'call for']],
  ['argue', 'ASSESSMENT', '010', ['argue']],
];

/** Base forms that are a verb of saying only after a modal of the future ("will warn"), never alone. */
export const plannedOnly = new Set(['warn', 'tell', 'announce', 'urge', 'call on', 'call for', 'argue']);
/** A modal of the future right before a verb of saying: what is said is planned ("is expected to warn", "will tell"). */
export const plannedBefore = /\b(?:will|shall|(?:is|are|was|were)\s+(?:expected|due|set|scheduled|poised|likely|going)\s+to|(?:is|are)\s+to|plans?\s+to|intends?\s+to)\s+(?:also\s+)?$|['’]ll\s+$/i;

export const speechVerbs: ReadonlyMap<string, SpeechVerb> = new Map(
  table.flatMap(([lemma, claimKind, cameo, forms]) =>
    forms.map((form): [string, SpeechVerb] => [form, { claimKind, lemma, present: /s$/.test(form) && !/ss$/.test(form) || form === 'confirm' || form === 'insist', ...(cameo ? { cameo } : {}) }]),
  ),
);

const forms = [...speechVerbs.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/ /g, '\\s+'));
export const speechVerbPattern = new RegExp(`\\b(${forms.join('|')})\\b`, 'gi');
