import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';

type QualityChartProps = { bars: Array<{ label: string; value: number }> };

/**
 * Shares of contributions by how they were recorded, as horizontal bars (0–100 %). Decorative:
 * the table beside it carries the same figures for everyone, so the chart takes no focus.
 */
export default function QualityChart({ bars }: QualityChartProps) {
  return (
    <ResponsiveContainer width="100%" height={40 + bars.length * 44}>
      <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <XAxis type="number" domain={[0, 100]} hide />
        <YAxis type="category" dataKey="label" width={150} tickLine={false} axisLine={false} tick={{ fill: '#0b0c0c', fontSize: 15 }} />
        <Bar dataKey="value" fill="#1d70b8" isAnimationActive={false} barSize={24}>
          <LabelList dataKey="value" position="right" formatter={(v: unknown) => `${v}%`} fill="#0b0c0c" fontSize={15} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
