/** Where GraphiQL keeps its open tabs (it prefixes its keys with "graphiql:"). */
export const tabsKey = 'graphiql:tabState';

/**
 * GraphiQL's storage (history, settings, tabs) in localStorage. A link that names an operation
 * (?operation=X, from the index page) must open it even when earlier tabs were saved: the saved
 * tabs are then not read, so the example tabs open, and they replace the saved ones.
 */
export function withExampleTabs(storage: Storage, freshTabs: boolean): Storage {
  if (!freshTabs) return storage;
  return {
    get length() {
      return storage.length;
    },
    clear: () => storage.clear(),
    key: (index: number) => storage.key(index),
    getItem: (key: string) => (key === tabsKey ? null : storage.getItem(key)),
    setItem: (key: string, value: string) => storage.setItem(key, value),
    removeItem: (key: string) => storage.removeItem(key),
  };
}
