// A bar's label where the chart has little room (a phone): chart.js gives the labels beside a
// horizontal chart at most half its width and cuts off whatever is longer at the canvas's left
// edge. The label is put on two lines, broken between words; what still does not fit ends with
// « … » (the table beside the chart has the full names).

/** `label` as it fits: itself, or two lines that each `fit` (the second shortened if need be). */
export function fitLabel(label: string, fits: (line: string) => boolean): string | string[] {
  if (fits(label)) return label;
  const words = label.split(' ');
  let first = '';
  let taken = 0;
  for (const word of words) {
    const longer = first ? `${first} ${word}` : word;
    if (!fits(longer)) break;
    first = longer;
    taken++;
  }
  if (!first) return shorten(label, fits);
  const rest = words.slice(taken).join(' ');
  return [first, fits(rest) ? rest : shorten(rest, fits)];
}

function shorten(text: string, fits: (line: string) => boolean): string {
  for (let n = text.length - 1; n > 1; n--) {
    const cut = `${text.slice(0, n).trimEnd()}…`;
    if (fits(cut)) return cut;
  }
  return `${text.slice(0, 1)}…`;
}
