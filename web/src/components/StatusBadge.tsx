// A status in words with a tone (colour only repeats the text).
export function StatusBadge(props: { tone: string; children: string }) {
  return <span className={`coord-badge coord-badge--${props.tone}`}>{props.children}</span>;
}
