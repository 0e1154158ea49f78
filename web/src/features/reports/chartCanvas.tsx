// The bar chart itself, drawn by chart.js through react-chartjs-2: its own chunk (chart.js is
// most of the dashboard's code), fetched while the dashboard's figures and tables are drawn,
// into the box charts.tsx has already sized.
import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  type ChartOptions,
  Legend,
  LinearScale,
  type Scale,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef, useState } from 'react';
import { Bar } from 'react-chartjs-2';
import { fitLabel } from './chartLabels';
import type { BarChartProps } from './chartProps';
import { awaitTurn } from './chartTurns';

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** Colours with at least 3:1 contrast against the white card (WCAG 1.4.11), told apart also by
 * the legend's order and the table. */
const chartColours = ['#1d4f91', '#a04d00', '#5a6470'] as const;

const measure = document.createElement('canvas').getContext('2d');

/** A horizontal chart's label, within the half of the chart's width chart.js leaves it. */
function fittedLabel(this: Scale, value: string | number) {
  const label = this.getLabelForValue(Number(value));
  if (!measure) return label;
  measure.font = `${ChartJS.defaults.font.size}px ${ChartJS.defaults.font.family}`;
  const room = this.chart.width / 2 - 16;
  return fitLabel(label, (line) => measure.measureText(line).width <= room);
}

export function ChartCanvas(props: BarChartProps) {
  const [turn, setTurn] = useState(false);
  const done = useRef<() => void>(null);
  useEffect(() => {
    done.current = awaitTurn(() => setTurn(true));
    return () => done.current?.();
  }, []);
  // Runs once the chart is drawn: the chart's own effect (a child's) runs before this one.
  useEffect(() => {
    if (turn) done.current?.();
  }, [turn]);
  if (!turn) return null;
  const pct = new Intl.NumberFormat(props.locale, { style: 'percent', maximumFractionDigits: 0 });
  const num = new Intl.NumberFormat(props.locale);
  const valueAxis = props.horizontal ? 'x' : 'y';
  const options: ChartOptions<'bar'> = {
    indexAxis: props.horizontal ? 'y' : 'x',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    locale: props.locale,
    plugins: {
      legend: { display: props.series.length > 1, labels: { color: '#1b1f24' } },
      tooltip: { enabled: true },
    },
    scales: {
      [valueAxis]: {
        beginAtZero: true,
        ticks: {
          color: '#1b1f24',
          precision: 0,
          callback: (v: string | number) =>
            props.percent ? pct.format(Number(v)) : num.format(Number(v)),
        },
        ...(props.percent ? { max: 1 } : {}),
        grid: { color: '#c9d1da' },
      },
      [props.horizontal ? 'y' : 'x']: {
        ticks: {
          color: '#1b1f24',
          autoSkip: !props.horizontal,
          ...(props.horizontal ? { callback: fittedLabel } : {}),
        },
      },
    },
  };
  return (
    <Bar
      role="img"
      aria-label={props.description}
      options={options}
      data={{
        labels: props.labels,
        datasets: props.series.map((s, i) => ({
          label: s.label,
          data: s.data,
          backgroundColor: chartColours[i % chartColours.length],
          borderWidth: 0,
        })),
      }}
    />
  );
}
