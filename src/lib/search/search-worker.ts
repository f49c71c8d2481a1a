// The search index off the main thread: this worker opens the same IndexedDB database as the
// page, loads or builds the index there, keeps it up to date when asked, and answers each
// search with the results the page draws (snippets included). See engine.ts.
import { createDb } from '../db/schema.ts';
import { describeFailure, LocalEngine, type EngineAnswer, type EngineCall } from './engine.ts';

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<EngineCall>) => void) | null; postMessage(message: EngineAnswer): void };

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
  return { id: call.id, found: await engine.search(call.search.query, call.search.limit) };
}

scope.onmessage = (event) => {
  const call = event.data;
  answer(call).then(
    (result) => scope.postMessage(result),
    (error: unknown) => scope.postMessage({ id: call.id, failed: describeFailure(error) }),
  );
};
