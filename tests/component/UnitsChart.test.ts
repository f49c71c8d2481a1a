import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import UnitsChart from '../../src/lib/components/UnitsChart.svelte';

afterEach(() => cleanup());

// The seed's helicopters, by model: 68 + 14 Mi-171, 18 Mi-171Sh, 21 Ansat.
const byModel = [
  { label: 'Mi-171', units: 82, records: 2 },
  { label: 'Ansat', units: 21, records: 1 },
  { label: 'Mi-171Sh', units: 18, records: 1 },
];

describe('UnitsChart', () => {
  test('is a captioned figure whose bars carry their figures as text', () => {
    render(UnitsChart, { series: byModel, by: 'model', onby: () => {} });
    const figure = screen.getByRole('figure', { name: 'Units by model' });
    const items = within(figure).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Mi-171 82 units · 2 records',
      'Ansat 21 units · 1 record',
      'Mi-171Sh 18 units · 1 record',
    ]);
  });

  test('draws bars in proportion, hidden from assistive technology, without inline style attributes', () => {
    const { container } = render(UnitsChart, { series: byModel, by: 'model', onby: () => {} });
    const svgs = [...container.querySelectorAll('svg')];
    expect(svgs.every((svg) => svg.getAttribute('aria-hidden') === 'true')).toBe(true);
    const widths = [...container.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).toBe(100);
    expect(widths[1]).toBeCloseTo((21 / 82) * 100);
    expect(container.querySelector('[style]')).toBeNull();
  });

  test('switches between model and year', async () => {
    const onby = vi.fn();
    render(UnitsChart, { series: byModel, by: 'model', onby });
    expect(screen.getByRole('radio', { name: 'Model' })).toBeChecked();
    await fireEvent.click(screen.getByRole('radio', { name: 'Year' }));
    expect(onby).toHaveBeenCalledWith('year');
  });

  test('captions the year view', () => {
    render(UnitsChart, { series: [{ label: '2019', units: 121, records: 4 }], by: 'year', onby: () => {} });
    expect(screen.getByRole('figure', { name: 'Units by year' })).toHaveTextContent('121 units · 4 records');
    expect(screen.getByRole('radio', { name: 'Year' })).toBeChecked();
  });

  test('says so when there is nothing to chart', () => {
    const { container } = render(UnitsChart, { series: [], by: 'model', onby: () => {} });
    expect(screen.getByText('No units to chart for these filters.')).toBeInTheDocument();
    expect(container.querySelector('svg')).toBeNull();
    cleanup();
    render(UnitsChart, { series: [{ label: 'Ka-52', units: 0, records: 1 }], by: 'model', onby: () => {} });
    expect(screen.getByText('No units to chart for these filters.')).toBeInTheDocument();
  });
});
