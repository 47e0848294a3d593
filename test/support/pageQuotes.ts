import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { gqlData } from './graphql.js';
import { settledState } from './offlinePage.js';

export interface Quote {
  exact: string;
  source: string;
}

/** Fails with the page's status line unless the page settled ready (not error). */
export async function expectReady(page: Page): Promise<void> {
  const state = await settledState(page);
  expect({ state, status: await page.locator('#status').textContent() }).toMatchObject({ state: 'ready' });
}

/** The quotes a page shows inside `scope` (web/common/evidence.ts's markup), with their sources' titles. */
export async function quotesShown(page: Page, scope: string): Promise<Quote[]> {
  const exact = await page.locator(`${scope} .quote-exact`).allTextContents();
  const sources = await page.locator(`${scope} .source cite`).allTextContents();
  return exact.map((text, index) => ({ exact: text, source: sources[index] ?? '' }));
}

/** A meeting's or claim's evidence straight from the API, in its order. */
export async function apiQuotes(id: string): Promise<Quote[]> {
  const data = await gqlData<{ node: { evidence: { exact: string; source: { title: string } }[] } }>(
    'query ($id: ID!) { node(id: $id) { ... on Meeting { evidence { exact source { title } } } ... on Claim { evidence { exact source { title } } } } }',
    { id },
  );
  return data.node.evidence.map((quote) => ({ exact: quote.exact, source: quote.source.title }));
}
