import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LineChart } from '../../../src/components/lessons/widgets/LineChart';

const series = [
  { name: 'xavier', color: '#000', values: [0, 50, 100, 150].map((x) => ({ x, y: 1 / (1 + x) })) },
  { name: 'zeros', color: '#777', dash: '4 3', values: [0, 50, 100, 150].map((x) => ({ x, y: 0.7 })) },
];

describe('lesson line chart', () => {
  it('its legend names each line', () => {
    render(<LineChart series={series} xLabel="step" yLabel="train loss" title="Loss by init" />);
    const legend = screen.getByLabelText('Legend');
    expect(within(legend).getByText('xavier')).toBeInTheDocument();
    expect(within(legend).getByText('zeros')).toBeInTheDocument();
  });

  it('has numbers on the x axis as well as the y axis (issue 11: the x axis had none)', () => {
    const { container } = render(
      <LineChart series={series} xLabel="step" yLabel="train loss" title="Loss by init" />,
    );
    const xTicks = [...container.querySelectorAll('.axis-x text')].map((t) => t.textContent);
    expect(xTicks).toEqual(['0', '50', '100', '150']);
    const yTicks = [...container.querySelectorAll('.axis-y text')].map((t) => t.textContent);
    expect(yTicks).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
  });

  it('a diverged series is labelled 1×10¹¹⁴, not 1e+114, and positions stay finite', () => {
    const wild = [{ name: 'lr 10', color: '#000', values: [0, 1, 2].map((x) => ({ x, y: x * 1e114 })) }];
    const { container } = render(<LineChart series={wild} xLabel="step" yLabel="loss" title="Diverged" />);
    const yTicks = [...container.querySelectorAll('.axis-y text')].map((t) => t.textContent ?? '');
    expect(yTicks).toContain('2×10¹¹⁴');
    for (const t of yTicks) expect(t).not.toMatch(/e\+|NaN/);
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });
});
