// The dashboard's charts are drawn one per task: drawn together, the seven take a few hundred
// milliseconds of a phone's main thread in one go, and the page does not answer a tap meanwhile;
// one at a time, it answers between two of them. A chart waits for its turn, is drawn, and gives
// the turn to the next in a new task.
const waiting: (() => void)[] = [];
let busy = false;

function next() {
  const go = waiting.shift();
  busy = go !== undefined;
  go?.();
}

/** The turn goes to the next chart, in a new task. */
function pass() {
  setTimeout(next, 0);
}

/**
 * Calls `go` when it is this chart's turn. The returned function says the chart is done with it
 * (drawn, or gone before): the turn goes on if it had it, and it leaves the line if it had not.
 */
export function awaitTurn(go: () => void): () => void {
  let holding = false;
  const mine = () => {
    holding = true;
    go();
  };
  waiting.push(mine);
  if (!busy) next();
  return () => {
    const i = waiting.indexOf(mine);
    if (i >= 0) waiting.splice(i, 1);
    if (holding) pass();
    holding = false;
  };
}
