import type { ComponentType } from 'react';
import { ScreeningSettingsSection } from '../safeguarding/ScreeningSettingsSection';

/**
 * More sections of the settings page, each its own component with its own form and heading (h2),
 * shown below the organisation's settings in this order. Another area adds its section here (for
 * example safeguarding's screening rule sets) without touching SettingsPage.
 */
export const SETTINGS_SECTIONS: ReadonlyArray<{ id: string; Section: ComponentType }> = [{ id: 'screening', Section: ScreeningSettingsSection }];
