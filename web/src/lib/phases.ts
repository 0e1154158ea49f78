// The program's phases as every screen names and lists them.
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTRPC } from './trpc';

/** The phases, newest first, for filters and links. */
export function usePhases() {
  const trpc = useTRPC();
  return useQuery(trpc.phases.list.queryOptions());
}

/** « Phase 10 — Printemps 2026 », or just « Phase 10 » when that is its name. */
export function phaseTitle(t: TFunction, p: { number: number; name: string }): string {
  const plain = t('coordinator.common.phaseLabel', { number: p.number });
  return p.name.trim().toLocaleLowerCase() === plain.toLocaleLowerCase()
    ? plain
    : t('coordinator.common.phaseOption', { number: p.number, name: p.name });
}
