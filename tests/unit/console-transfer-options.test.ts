import { describe, expect, it } from 'vitest';
import { transferOptions } from '../../console/lib/transfer-options';

describe('transferOptions', () => {
  it('describes agents by load, away or full, and teams by open or closed', () => {
    const { agents, teams } = transferOptions(
      [
        { id: 'kim', label: 'Kim', online: true, available: true, teams: [], load: 1, capacity: 3 },
        { id: 'max', label: 'Max', online: true, available: false, teams: [], load: 0, capacity: 2 },
        { id: 'ola', label: 'Ola', online: true, available: true, teams: [], load: 2, capacity: 2 },
      ],
      [
        { id: 'support', name: 'Support', open: true },
        { id: 'billing', name: 'Billing', open: false },
      ],
    );
    expect(agents.map((o) => o.text)).toEqual(['Kim (1/3 conversations)', 'Max (0/2 conversations, away)', 'Ola (2/2 conversations, full)']);
    expect(agents[0]).toMatchObject({ value: 'agent:kim', target: { kind: 'agent', id: 'kim', label: 'Kim' } });
    expect(teams.map((o) => o.text)).toEqual(['Support (open)', 'Billing (closed)']);
    expect(teams[1]).toMatchObject({ value: 'team:billing', target: { kind: 'team', id: 'billing', label: 'Billing' } });
  });
});
