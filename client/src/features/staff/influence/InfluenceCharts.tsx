import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from '../../../i18n/i18n';
import type { Influence, RepresentationRow } from './influenceQueries';

/**
 * Inputs per month and how many a decision rests on. Hidden from assistive technology: the table
 * beside it has the same figures. Suppressed months have no bars.
 */
export function MonthsChart({ months, label }: { months: Influence['months']; label: (iso: string) => string }) {
  const { t, language } = useTranslation();
  const data = months.map((m) => ({ name: label(m.month), inputs: m.inputs, linked: m.linked }));
  return (
    <div className="trace-chart" aria-hidden="true" style={{ height: 280 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#b1b4b6" />
          <XAxis dataKey="name" reversed={language === 'ur'} tick={{ fill: '#0b0c0c', fontSize: 13 }} />
          <YAxis allowDecimals={false} orientation={language === 'ur' ? 'right' : 'left'} tick={{ fill: '#0b0c0c' }} />
          <Legend />
          <Bar dataKey="inputs" name={t('trace.influence.inputs')} fill="#1d70b8" isAnimationActive={false} />
          <Bar dataKey="linked" name={t('trace.influence.linked')} fill="#00703c" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * The share of each age band's cohort we heard from, so a missing group is a visible gap (an empty
 * row, marked "none"). Hidden from assistive technology: the table beside it says the same.
 */
export function RepresentationChart({ rows }: { rows: RepresentationRow[] }) {
  const { t, language } = useTranslation();
  const data = rows
    .filter((r) => r.cohort)
    .map((r) => ({
      name: t(`trace.ageBandShort.${r.ageBand}`),
      share: r.heard === null ? null : Math.round((1000 * r.heard) / r.cohort!) / 10,
    }));
  if (!data.length) return null;
  return (
    <div className="trace-chart" aria-hidden="true" style={{ height: Math.max(160, data.length * 48 + 40) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#b1b4b6" />
          <XAxis type="number" unit="%" domain={[0, 'auto']} reversed={language === 'ur'} tick={{ fill: '#0b0c0c' }} />
          <YAxis type="category" dataKey="name" width={120} orientation={language === 'ur' ? 'right' : 'left'} tick={{ fill: '#0b0c0c', fontSize: 14 }} />
          <Bar dataKey="share" name={t('trace.representation.share')} fill="#4c2c92" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
