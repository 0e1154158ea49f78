// What is known about the request being served, for every log line written while serving it:
// its id, who is acting (user id and role, never a name or an email) and which procedures run.
// Kept in AsyncLocalStorage so use cases need not pass it around.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestFacts {
  reqId: string;
  userId?: number;
  role?: string;
  /** tRPC procedures called by this request (a batch holds several). */
  procedures: string[];
}

const store = new AsyncLocalStorage<RequestFacts>();

export function runWithRequest<T>(facts: RequestFacts, fn: () => T): T {
  return store.run(facts, fn);
}

export function currentRequest(): RequestFacts | undefined {
  return store.getStore();
}

/** Called once the session is resolved: later log lines of the request carry the actor. */
export function noteActor(actor: { userId: number; role: string } | null): void {
  const facts = store.getStore();
  if (!facts || !actor) return;
  facts.userId = actor.userId;
  facts.role = actor.role;
}

export function noteProcedure(path: string): void {
  const facts = store.getStore();
  if (facts && !facts.procedures.includes(path)) facts.procedures.push(path);
}
