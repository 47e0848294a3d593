import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { exampleOperations, type ExampleOperation } from './operations.js';
import { tabsKey, withExampleTabs } from './storage.js';

// Monaco starts its language workers from this server (scripts/buildWeb.mjs bundles them), never a CDN.
const workerScript: Record<string, string> = { json: '/ide/workers/json.worker.js', graphql: '/ide/workers/graphql.worker.js' };
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker: (_id: string, label: string) => new Worker(workerScript[label] ?? '/ide/workers/editor.worker.js'),
};

const fallbackReasons: Record<string, string> = {
  error: 'Apollo Sandbox could not be loaded from its CDN, so this is the bundled IDE.',
  timeout: 'Apollo Sandbox did not load within 1.5 s, so this is the bundled IDE.',
};

function showNotice(params: URLSearchParams): void {
  const reason = fallbackReasons[params.get('fallback') ?? ''];
  if (!reason) return;
  const notice = document.getElementById('notice')!;
  notice.textContent = reason;
  notice.dataset['fallback'] = params.get('fallback') ?? '';
  notice.hidden = false;
}

/** The example operations as tabs; the one named by ?operation= first, so it is the open tab. */
function tabsOf(operations: readonly ExampleOperation[], chosen: string | null) {
  const ordered = [...operations].sort((a, b) => Number(b.name === chosen) - Number(a.name === chosen));
  return ordered.map((operation) => ({ query: operation.document, variables: JSON.stringify(operation.variables, null, 2) }));
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  showNotice(params);
  const container = document.getElementById('ide')!;
  let operations: ExampleOperation[];
  try {
    operations = await exampleOperations();
  } catch (error) {
    container.textContent = `The example operations could not be loaded: ${(error as Error).message}`;
    return;
  }
  const chosen = params.get('operation');
  const tabs = tabsOf(operations, chosen);
  // GraphiQL fills the variables editor of the first default tab only from initialVariables.
  const restored = chosen === null && localStorage.getItem(tabsKey) !== null;
  createRoot(container).render(
    <GraphiQL
      fetcher={createGraphiQLFetcher({ url: '/graphql' })}
      plugins={[HISTORY_PLUGIN, explorerPlugin()]}
      defaultTabs={tabs}
      {...(restored ? {} : { initialVariables: tabs[0]?.variables ?? '{}' })}
      storage={withExampleTabs(localStorage, chosen !== null)}
      defaultEditorToolsVisibility="variables"
      visiblePlugin="Documentation Explorer"
    />,
  );
}

void start();
