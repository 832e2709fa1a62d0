import { OnlyForRoles } from '../safeguarding/OnlyForRoles';
import { SettingsPage } from './SettingsPage';

/** /staff/settings: what the organisation decides for itself, for administrators. */
export default function SettingsArea() {
  return (
    <OnlyForRoles roles={['ADMIN']}>
      <SettingsPage />
    </OnlyForRoles>
  );
}
