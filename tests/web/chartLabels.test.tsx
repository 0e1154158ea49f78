// A horizontal chart's labels where room is short: two lines broken between words, the rest
// shortened with « … », never a line wider than the room.
import { describe, expect, it } from 'vitest';
import { fitLabel } from '../../web/src/features/reports/chartLabels';

const within = (n: number) => (line: string) => line.length <= n;

describe('fitLabel', () => {
  it('leaves a label that fits as it is', () => {
    expect(fitLabel('Tremplin Abitibi', within(20))).toBe('Tremplin Abitibi');
  });

  it('breaks a longer label between words onto two lines', () => {
    expect(fitLabel('Carrefour Emploi Mauricie', within(18))).toEqual([
      'Carrefour Emploi',
      'Mauricie',
    ]);
  });

  it('shortens the second line when two lines are not enough', () => {
    const lines = fitLabel('Service d’intégration au travail de l’Estrie', within(18));
    expect(lines).toEqual(['Service', 'd’intégration au…']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(18);
  });

  it('shortens a first word too long for the room on one line', () => {
    expect(fitLabel('Intégration-Travail-Montréal Nord', within(12))).toBe('Intégration…');
  });
});
