/** Sizes of the generated desks: a demo desk for people, and S / M / L instances for the solver bench. */
export type DeskPreset = 'demo' | 'S' | 'M' | 'L';

export interface PresetConfig {
  analysts: number;
  queues: number;
  days: number;
  sites: number;
  clients: number;
  dedicatedContracts: number;
}

export const PRESETS: Readonly<Record<DeskPreset, PresetConfig>> = {
  demo: { analysts: 60, queues: 16, days: 14, sites: 3, clients: 8, dedicatedContracts: 2 },
  S: { analysts: 40, queues: 6, days: 14, sites: 2, clients: 3, dedicatedContracts: 1 },
  M: { analysts: 150, queues: 20, days: 28, sites: 3, clients: 8, dedicatedContracts: 2 },
  L: { analysts: 500, queues: 60, days: 28, sites: 4, clients: 20, dedicatedContracts: 4 },
};

/** Required analyst-minutes over capacity the generator aims at (tests accept 0.75-0.85). */
export const TARGET_DEMAND_RATIO = 0.8;

/** A fixed Monday; the demo fortnight crosses the US spring-forward on 2026-03-08. */
export const DEFAULT_PERIOD_START = '2026-03-02';
export const DEFAULT_SEED = 20260302;
