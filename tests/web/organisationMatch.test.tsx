// The explained score reads as words in both languages, with the shared skills as typed.
import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { MatchReason } from '../../shared/matching/score';
import { MatchReasons } from '../../web/src/features/matching/MatchReasons';
import { placeText } from '../../web/src/lib/useLocaleFormat';
import { withI18n } from './support';

const reasons: MatchReason[] = [
  { kind: 'occupation', level: 'unit', nocCode: '65100', points: 40 },
  { kind: 'region', points: 20 },
  { kind: 'skills', shared: ['service a la clientele'], points: 8 },
  { kind: 'hours', seekerHours: 25, postingHours: 35, points: 7 },
  { kind: 'available', availableFrom: '2026-03-02', points: 10 },
  { kind: 'languages', shared: ['fr'], missing: ['en'], points: 0 },
];

withI18n();

describe('MatchReasons', () => {
  it('says each reason in French, with its points', async () => {
    await i18next.changeLanguage('fr-CA');
    render(<MatchReasons reasons={reasons} skills={['Caisse', 'Service à la clientèle']} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      '+40 points Correspond à une profession visée : 65100 — Caissiers/caissières',
      '+20 points Même région',
      '+8 points Compétences en commun : Service à la clientèle',
      '+7 points Disponible 25 h sur les 35 h/semaine demandées',
      "+10 points Disponible dès le 2 mars 2026, avant l'entrée en poste",
      '0 points Ne parle pas la langue demandée : Anglais',
    ]);
  });

  it('says them in English too', async () => {
    await i18next.changeLanguage('en-CA');
    render(<MatchReasons reasons={reasons.slice(0, 2)} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '+40 points Matches a targeted occupation: 65100 — Cashiers',
      '+20 points Same region',
    ]);
  });
});

describe('placeText', () => {
  it('names the region only when the city does not', () => {
    const fmt = { region: (c: string) => (c === '06' ? 'Montréal' : 'Laurentides') };
    expect(placeText(fmt, 'Montréal', '06')).toBe('Montréal');
    expect(placeText(fmt, 'Saint-Jérôme', '15')).toBe('Saint-Jérôme (Laurentides)');
  });
});
