// The search index off the main thread: this worker opens the same IndexedDB database as the
// page, loads or builds the index there, keeps it up to date when asked, and answers each
// search with the results the page draws (snippets included). See engine.ts.
import { createDb } from '../db/schema.ts';
import { describeFailure, LocalEngine, NewestSearch, type EngineAnswer, type EngineCall } from './engine.ts';

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<EngineCall>) => void) | null; postMessage(message: EngineAnswer): void };

/** Searches typed faster than they are answered: only the newest is matched. */
const newest = new NewestSearch();

/** One engine per database the page names (the app has one; tests open their own). */
const engines = new Map<string, LocalEngine>();

function engineFor(database: string): LocalEngine {
  let engine = engines.get(database);
  if (!engine) {
    engine = new LocalEngine(createDb(database));
    engines.set(database, engine);
  }
  return engine;
}

async function answer(call: EngineCall): Promise<EngineAnswer> {
  const engine = engineFor(call.database);
  if ('update' in call) {
    const changed = await engine.update(
      (indexed, total) => scope.postMessage({ id: call.id, progress: [indexed, total] }),
      () => scope.postMessage({ id: call.id, loaded: true }),
    );
    return { id: call.id, changed, ready: engine.ready };
  }
  // a search a newer one has overtaken answers nothing: the page has moved on from it
  if (!(await newest.stillNewest(call))) return { id: call.id, found: { total: 0, results: [] } };
  return { id: call.id, found: await engine.search(call.search.query, call.search.limit) };
}

scope.onmessage = (event) => {
  const call = event.data;
  if ('search' in call) newest.asked(call);
  answer(call).then(
    (result) => scope.postMessage(result),
    (error: unknown) => scope.postMessage({ id: call.id, failed: describeFailure(error) }),
  );
};
