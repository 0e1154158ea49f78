// What a bar chart of the dashboard is given: its labels, series and text alternative.
export interface BarSeries {
  label: string;
  data: number[];
}

export interface BarChartProps {
  labels: string[];
  series: BarSeries[];
  /** The text alternative: what the chart shows. */
  description: string;
  horizontal?: boolean;
  /** Values are fractions shown as percentages. */
  percent?: boolean;
  locale: string;
  height?: number;
}
