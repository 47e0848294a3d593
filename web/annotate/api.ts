import type { Annotation, Span } from './model.js';

/** The body of POST /annotate/draft (src/http/annotateInput.ts checks it). */
export interface DraftRequest {
  text: string;
  published: { start: string; end?: string };
  kind?: 'ARTICLE' | 'READOUT';
  id?: string;
  title?: string;
  publisher?: string;
  file?: string;
}

export interface DraftAnswer {
  annotation: Annotation;
  yaml: string;
  spans: Span[];
}

/** The server's own message for a refused request (GraphQL-shaped errors), else the status. */
async function failure(response: Response): Promise<Error> {
  try {
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors?.length) return new Error(body.errors.map((error) => error.message).join('\n'));
  } catch {
    // Not JSON: the status says enough.
  }
  return new Error(`The server answered ${response.status} ${response.statusText}.`);
}

export async function requestDraft(request: DraftRequest): Promise<DraftAnswer> {
  const response = await fetch('/annotate/draft', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as DraftAnswer;
}

export async function loadTextNames(): Promise<{ name: string; bytes: number }[]> {
  const response = await fetch('/annotate/texts', { headers: { accept: 'application/json' } });
  if (!response.ok) throw await failure(response);
  return ((await response.json()) as { texts: { name: string; bytes: number }[] }).texts;
}

export async function loadText(name: string): Promise<string> {
  const response = await fetch(`/annotate/texts/${encodeURIComponent(name)}`);
  if (!response.ok) throw await failure(response);
  return response.text();
}
