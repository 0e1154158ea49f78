// The dashboard's one chart type, a bar chart. Each chart is an image with a text alternative;
// the same numbers are always in a table next to it. The box is sized here, at once, and the
// drawing (chart.js, chartCanvas.tsx) comes in its own chunk: the dashboard's figures and tables
// do not wait for it, and nothing moves when it arrives.
import { lazy, Suspense } from 'react';
import type { BarChartProps } from './chartProps';

const ChartCanvas = lazy(async () => ({ default: (await import('./chartCanvas')).ChartCanvas }));

export function BarChart(props: BarChartProps) {
  const height = props.height ?? (props.horizontal ? Math.max(160, props.labels.length * 34) : 260);
  return (
    <div className="dash-chart" style={{ height }}>
      <Suspense fallback={null}>
        <ChartCanvas {...props} />
      </Suspense>
    </div>
  );
}
