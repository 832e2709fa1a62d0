import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from '../../../i18n/i18n';

type Row = { label: string; count: number | null };

/**
 * A bar chart of one question's counts. The table above it carries the numbers for everyone
 * (screen readers included), so the chart is hidden from assistive technology. A suppressed count
 * has no bar and says "fewer than N" beside its label: it is never drawn as 0.
 */
export default function ResultsChart({ rows, threshold }: { rows: Row[]; threshold: number }) {
  const { t, language } = useTranslation();
  const data = rows.map((r) => ({
    name: r.count === null ? `${r.label} (${t('staffSurveys.results.fewerThan', { threshold })})` : r.label,
    count: r.count,
  }));
  const rtl = language === 'ur';
  return (
    <div className="results-chart" aria-hidden="true" style={{ height: Math.max(120, data.length * 44 + 40) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#b1b4b6" />
          <XAxis type="number" allowDecimals={false} reversed={rtl} tick={{ fill: '#0b0c0c' }} />
          <YAxis type="category" dataKey="name" width={200} orientation={rtl ? 'right' : 'left'} tick={{ fill: '#0b0c0c', fontSize: 14 }} />
          <Bar dataKey="count" fill="#1d70b8" isAnimationActive={false}>
            <LabelList dataKey="count" position={rtl ? 'left' : 'right'} fill="#0b0c0c" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
